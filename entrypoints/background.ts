/**
 * The service worker (Chrome, Edge) or background page (Firefox): the only writer of the database. It answers the
 * messages of this extension's content scripts and side panel, and opens the side panel from the toolbar button.
 * No network requests: everything it stores came from pages the user opened.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundServices, handleBackgroundMessage } from '../lib/background/handle-message';
import { registerShortlistShortcuts, type ShortcutApis } from '../lib/background/shortlist-shortcuts';
import { StorageMaintenance } from '../lib/background/storage-maintenance';
import { castlistDb, type CastlistDatabase } from '../lib/db/castlist-db';
import type { BackgroundReply } from '../lib/messages/background-messages';

export default defineBackground(() => {
  const db = castlistDb();
  // Compaction runs after ingests (at most every few hours) and when the disk is full: no alarm, no permission.
  const services: BackgroundServices = { maintenance: new StorageMaintenance(db) };
  // Registered synchronously, at the top of main: a worker woken by a message must find its listener already there.
  browser.runtime.onMessage.addListener(replyToOwnMessages(db, services));
  registerShortlistShortcuts(browser as unknown as ShortcutApis, db);
  openSidePanelFromToolbarButton();
});

/**
 * Replies through sendResponse (and returns true to keep the channel open) when the browser passes it, which every
 * Chrome and Firefox version does; returning a promise alone is only understood by Firefox and Chrome 144+. Without
 * sendResponse (WXT's fake browser in tests), the promise of the reply is returned instead.
 */
function replyToOwnMessages(db: CastlistDatabase, services: BackgroundServices) {
  return (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse?: (reply: BackgroundReply) => void,
  ): true | Promise<BackgroundReply> | undefined => {
    if (sender.id !== browser.runtime.id) {
      console.warn('[castlist] ignored a message from outside this extension:', sender.id, sender.url);
      return undefined;
    }
    const reply = handleBackgroundMessage(message, db, Date.now(), services, { url: sender.url });
    if (typeof sendResponse !== 'function') return reply;
    reply.then(sendResponse, (error: unknown) => {
      // handleBackgroundMessage replies to every failure itself; this is only reached by a bug in it.
      console.error('[castlist] a message handler threw:', error);
      sendResponse({ ok: false, error: `internal error: ${String(error)}` });
    });
    return true;
  };
}

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/**
 * Firefox has a sidebar (WXT builds the side panel as its sidebar_action), toggled from the action's click; Chrome
 * and Edge open a side panel by behaviour setting. Each API is looked for, not assumed, so one browser's build never
 * calls the other's API. The sidebar is looked for first because it is what the Firefox manifest declares, even if
 * Firefox one day also offers chrome.sidePanel.
 */
function openSidePanelFromToolbarButton(): void {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  // WXT builds Firefox as MV2 unless told otherwise, where the toolbar button is browserAction, not action.
  const toolbarButton = browser.action ?? browser.browserAction;
  if (sidebarAction?.toggle && toolbarButton?.onClicked) {
    toolbarButton.onClicked.addListener(() => {
      // Called straight from the click: Firefox only opens the sidebar in response to a user action.
      Promise.resolve(sidebarAction.toggle()).catch((error: unknown) => {
        console.error('[castlist] could not toggle the sidebar:', error);
      });
    });
    return;
  }
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('[castlist] could not make the toolbar button open the side panel:', error);
    });
  }
}
