import { startContentScript } from '../lib/content/start-content-script';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { youtubeAdapter } from '../lib/sites/youtube/youtube-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.youtube],
  runAt: 'document_idle',
  main: (context) => startContentScript(youtubeAdapter, context),
});
