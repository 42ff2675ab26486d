/**
 * The toolbar button shows missing site access: a "!" badge and a tooltip naming the sites, kept current as the user
 * grants or revokes access. Run from the background on every start (a Chrome service worker or a Firefox event page
 * starts many times a session; the badge is the browser's, so setting it again is harmless).
 */
import type { Platform } from '../reading/reading';
import type { PermissionsApi, ToolbarButtonApi } from './extension-apis';
import { missingAccessToolbarTitle, onSiteAccessChange, sitesWithoutAccess } from './site-access';

/** The manifest's action.default_title (wxt.config.ts), restored once every site is granted. */
export const TOOLBAR_DEFAULT_TITLE = 'Open Castlist';
export const MISSING_ACCESS_BADGE = '!';
const MISSING_ACCESS_BADGE_COLOR = '#d4a72c';

export async function showSiteAccessOnToolbar(toolbarButton: ToolbarButtonApi, missing: readonly Platform[]): Promise<void> {
  if (missing.length === 0) {
    await Promise.all([toolbarButton.setBadgeText({ text: '' }), toolbarButton.setTitle({ title: TOOLBAR_DEFAULT_TITLE })]);
    return;
  }
  await Promise.all([
    toolbarButton.setBadgeBackgroundColor({ color: MISSING_ACCESS_BADGE_COLOR }),
    toolbarButton.setBadgeText({ text: MISSING_ACCESS_BADGE }),
    toolbarButton.setTitle({ title: missingAccessToolbarTitle(missing) }),
  ]);
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
