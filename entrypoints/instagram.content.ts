import { startContentScript } from '../lib/content/start-content-script';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { instagramAdapter } from '../lib/sites/instagram/instagram-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.instagram],
  runAt: 'document_idle',
  main: (context) => startContentScript(instagramAdapter, context),
});
