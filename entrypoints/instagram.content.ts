import { startContentScript } from '../lib/content/start-content-script';
import { INSTAGRAM_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { instagramAdapter } from '../lib/sites/instagram/instagram-adapter';

export default defineContentScript({
  matches: [...INSTAGRAM_HOST_PATTERNS],
  runAt: 'document_idle',
  main: (context) => startContentScript(instagramAdapter, context),
});
