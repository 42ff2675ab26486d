import { startContentScript } from '../lib/content/start-content-script';
import { YOUTUBE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { youtubeAdapter } from '../lib/sites/youtube/youtube-adapter';

export default defineContentScript({
  matches: [...YOUTUBE_HOST_PATTERNS],
  runAt: 'document_idle',
  main: (context) => startContentScript(youtubeAdapter, context),
});
