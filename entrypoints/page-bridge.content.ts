import { installPageBridge } from '../lib/page-bridge/install-page-bridge';
import { SUPPORTED_HOST_PATTERNS } from '../lib/sites/host-patterns';

// The page's own world, before the site's scripts run: see lib/page-bridge/install-page-bridge.ts.
export default defineContentScript({
  matches: [...SUPPORTED_HOST_PATTERNS],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installPageBridge(window);
  },
});
