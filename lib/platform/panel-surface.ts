/**
 * The toolbar button opens the panel: Firefox toggles its sidebar from the button's click (only a user action may
 * open it); Chrome and Edge open the side panel by a behaviour setting, and then send no click event at all.
 */
import { browserFamilyOf, type ExtensionApis } from './extension-apis';

export function openPanelFromToolbarButton(apis: ExtensionApis): void {
  if (browserFamilyOf(apis) === 'firefox') {
    const { sidebarAction, toolbarButton } = apis;
    if (!sidebarAction || !toolbarButton) {
      console.error('[castlist] Firefox: no toolbar button to open the sidebar from');
      return;
    }
    toolbarButton.onClicked.addListener(() => {
      // Called straight from the click: Firefox only opens the sidebar in response to a user action.
      Promise.resolve(sidebarAction.toggle()).catch((error: unknown) => {
        console.error('[castlist] Firefox: could not toggle the sidebar:', error);
      });
    });
    return;
  }
  if (!apis.sidePanel) {
    console.error('[castlist] Chrome: no sidePanel API; the toolbar button cannot open the side panel');
    return;
  }
  apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('[castlist] Chrome: could not make the toolbar button open the side panel:', error);
  });
}
