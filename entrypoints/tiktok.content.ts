import { startContentScript } from '../lib/content/start-content-script';
import { TIKTOK_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { tiktokAdapter } from '../lib/sites/tiktok/tiktok-adapter';

export default defineContentScript({
  matches: [...TIKTOK_HOST_PATTERNS],
  runAt: 'document_idle',
  main: (context) => startContentScript(tiktokAdapter, context),
});
