import { startContentScript } from '../lib/content/start-content-script';
import { X_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { xAdapter } from '../lib/sites/x/x-adapter';

export default defineContentScript({
  matches: [...X_HOST_PATTERNS],
  runAt: 'document_idle',
  main: (context) => startContentScript(xAdapter, context),
});
