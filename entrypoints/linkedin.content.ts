import { startContentScript } from '../lib/content/start-content-script';
import { LINKEDIN_HOST_PATTERNS } from '../lib/sites/host-patterns';
import { linkedinAdapter } from '../lib/sites/linkedin/linkedin-adapter';

export default defineContentScript({
  matches: [...LINKEDIN_HOST_PATTERNS],
  runAt: 'document_idle',
  main: (context) => startContentScript(linkedinAdapter, context),
});
