import { startContentScript } from '../lib/content/start-content-script';
import { SITE_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { linkedinAdapter } from '../lib/sites/linkedin/linkedin-adapter';

export default defineContentScript({
  matches: [...SITE_HOST_PATTERNS.linkedin],
  runAt: 'document_idle',
  main: (context) => startContentScript(linkedinAdapter, context),
});
