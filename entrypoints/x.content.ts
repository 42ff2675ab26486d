import { startContentScript } from '../lib/content/start-content-script';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { xAdapter } from '../lib/sites/x/x-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.x],
  runAt: 'document_idle',
  main: (context) => startContentScript(xAdapter, context),
});
