/**
 * The one place where Castlist's code meets the APIs that differ between Firefox and Chrome (and Edge). Everything
 * that branches on the browser goes through lib/platform/, and each branch is chosen by looking for the API, never
 * by reading the user agent:
 *
 * | what                 | Chrome / Edge                                  | Firefox                                          |
 * | -------------------- | ---------------------------------------------- | ------------------------------------------------ |
 * | panel surface        | side panel: sidePanel.setPanelBehavior         | sidebar: sidebarAction.toggle() on the click     |
 * | site access (MV3)    | granted at install; the user may restrict it   | the user's choice: may be withheld at install    |
 * | background           | service worker, stopped when idle              | event page, suspended when idle                  |
 * | page bridge          | content_scripts[].world = "MAIN"               | the same (Firefox 128+, MV3 only)                |
 *
 * The last two need no branch in our code: WXT writes `background.service_worker` or `background.scripts` into each
 * manifest, listeners are registered synchronously at the top of the background's main (both wake it by event), and
 * readings wait in the content script's outbox until the background acknowledges them. Both are tested in each
 * browser by the end-to-end suites (tests/e2e/*.e2e.ts in Chromium, tests/e2e/firefox/ in Firefox).
 *
 * The interfaces below are the narrow parts of the WebExtension APIs Castlist calls, so each side can be faked.
 */
import { browser } from 'wxt/browser';

export interface ApiEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** Origins are match patterns (lib/sites/host-patterns.ts). */
export interface PermissionSet {
  origins?: string[];
  permissions?: string[];
}

export interface PermissionsApi {
  contains(permissions: PermissionSet): Promise<boolean>;
  /** Only from a user action (a click), called synchronously in its handler: Firefox refuses it otherwise. */
  request(permissions: PermissionSet): Promise<boolean>;
  onAdded: ApiEvent<(permissions: PermissionSet) => void>;
  onRemoved: ApiEvent<(permissions: PermissionSet) => void>;
}

/** The toolbar button: `action` in MV3 (both browsers), `browserAction` in a Firefox MV2 build. */
export interface ToolbarButtonApi {
  onClicked: ApiEvent<() => void>;
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** Firefox's sidebar (WXT builds the side panel as its sidebar_action). */
export interface SidebarActionApi {
  toggle(): Promise<void>;
}

/** Chrome's and Edge's side panel. */
export interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

export interface ExtensionApis {
  permissions?: PermissionsApi;
  toolbarButton?: ToolbarButtonApi;
  sidebarAction?: SidebarActionApi;
  sidePanel?: SidePanelApi;
}

/** The browser this code runs in, told by its panel API: what the Firefox manifest declares is looked for first. */
export type BrowserFamily = 'firefox' | 'chromium';

export function browserFamilyOf(apis: ExtensionApis): BrowserFamily {
  return typeof apis.sidebarAction?.toggle === 'function' ? 'firefox' : 'chromium';
}

/** The running browser's APIs (wxt/browser), each present only where the browser offers it. */
export function extensionApis(): ExtensionApis {
  const api = browser as unknown as {
    permissions?: PermissionsApi;
    action?: ToolbarButtonApi;
    browserAction?: ToolbarButtonApi;
    sidebarAction?: SidebarActionApi;
    sidePanel?: SidePanelApi;
  };
  return {
    ...(api.permissions ? { permissions: api.permissions } : {}),
    ...(api.action || api.browserAction ? { toolbarButton: (api.action ?? api.browserAction)! } : {}),
    ...(api.sidebarAction ? { sidebarAction: api.sidebarAction } : {}),
    ...(api.sidePanel ? { sidePanel: api.sidePanel } : {}),
  };
}
