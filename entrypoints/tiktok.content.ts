import { startContentScript } from '../lib/content/start-content-script';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { tiktokAdapter } from '../lib/sites/tiktok/tiktok-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.tiktok],
  runAt: 'document_idle',
  main: (context) => startContentScript(tiktokAdapter, context),
});
