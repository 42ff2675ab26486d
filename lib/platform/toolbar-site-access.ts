/**
 * The toolbar button shows missing site access: a "!" badge and a tooltip naming the sites, kept current as the user
 * grants or revokes access. Run from the background on every start (a Chrome service worker or a Firefox event page
 * starts many times a session; the badge is the browser's, so setting it again is harmless). The button is shared
 * with the tracking reminder: toolbar-badge.ts draws both, site access first.
 */
import type { Platform } from '../reading/reading';
import type { PermissionsApi, ToolbarButtonApi } from './extension-apis';
import { onSiteAccessChange, sitesWithoutAccess } from './site-access';
import { toolbarBadgeOf } from './toolbar-badge';

export { MISSING_ACCESS_BADGE, TOOLBAR_DEFAULT_TITLE } from './toolbar-badge';

export function showSiteAccessOnToolbar(toolbarButton: ToolbarButtonApi, missing: readonly Platform[]): Promise<void> {
  return toolbarBadgeOf(toolbarButton).showSiteAccess(missing);
}

/**
 * Shows the current access now and after every change. The listeners are added synchronously, so that a Firefox event
 * page or a Chrome worker woken by a permission change finds them. Resolves once the first state is shown.
 */
export function keepToolbarSiteAccessCurrent(permissions: PermissionsApi, toolbarButton: ToolbarButtonApi): Promise<void> {
  const refresh = () =>
    sitesWithoutAccess(permissions)
      .then((missing) => showSiteAccessOnToolbar(toolbarButton, missing))
      .catch((error: unknown) => {
        // The badge is a hint; the panel checks access itself. Say why the hint may be stale.
        console.error('[castlist] could not show site access on the toolbar button:', error);
      });
  onSiteAccessChange(permissions, () => void refresh());
  return refresh();
}
