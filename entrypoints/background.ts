/**
 * The service worker (Chrome, Edge) or background page (Firefox): the only writer of the database. It answers the
 * messages of this extension's content scripts and side panel, opens the side panel from the toolbar button, and
 * shows on that button when the user has not granted Castlist some of the five sites.
 * No network requests: everything it stores came from pages the user opened.
 */
// First: zod must know it may not compile before any schema parses (lib/platform/zod-jitless.ts).
import '../lib/platform/zod-jitless';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundServices, handleBackgroundMessage } from '../lib/background/handle-message';
import { registerShortlistShortcuts, type ShortcutApis } from '../lib/background/shortlist-shortcuts';
import { StorageMaintenance } from '../lib/background/storage-maintenance';
import { refusalOf } from '../lib/background/sender-permissions';
import { castlistDb, type CastlistDatabase } from '../lib/db/castlist-db';
import type { BackgroundReply } from '../lib/messages/background-messages';
import { extensionApis } from '../lib/platform/extension-apis';
import { openPanelFromToolbarButton } from '../lib/platform/panel-surface';
import { toolbarBadgeOf } from '../lib/platform/toolbar-badge';
import { keepToolbarSiteAccessCurrent } from '../lib/platform/toolbar-site-access';
import { TrackingReminderBadge } from '../lib/background/tracking-reminder-badge';

export default defineBackground(() => {
  const db = castlistDb();
  // Compaction runs after ingests (at most every few hours) and when the disk is full: no alarm, no permission.
  const services: BackgroundServices = { maintenance: new StorageMaintenance(db) };
  // Registered synchronously, at the top of main: a worker woken by a message must find its listener already there.
  browser.runtime.onMessage.addListener(replyToOwnMessages(db, services));
  registerShortlistShortcuts(shortcutApis(), db);
  // Browser differences (sidebar or side panel, site access) live in lib/platform/.
  const apis = extensionApis();
  if (apis.toolbarButton) {
    // The reminder shares the button with missing site access (lib/platform/toolbar-badge.ts says which shows first).
    services.trackingReminder = new TrackingReminderBadge(db, toolbarBadgeOf(apis.toolbarButton));
    void services.trackingReminder.refresh();
  }
  openPanelFromToolbarButton(apis);
  if (apis.permissions && apis.toolbarButton) void keepToolbarSiteAccessCurrent(apis.permissions, apis.toolbarButton);
  else console.error('[castlist] no permissions or toolbar button API: missing site access cannot be shown on the toolbar');
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
    // Panel-only messages from a content script (a page may have found a way to drive it) are refused, and said so.
    const refusal = refusalOf(message, sender, browser.runtime.getURL('/'));
    if (refusal) console.warn('[castlist]', refusal);
    const reply: Promise<BackgroundReply> = refusal
      ? Promise.resolve({ ok: false, error: refusal })
      : handleBackgroundMessage(message, db, Date.now(), services, { url: sender.url });
    if (typeof sendResponse !== 'function') return reply;
    reply.then(sendResponse, (error: unknown) => {
      // handleBackgroundMessage replies to every failure itself; this is only reached by a bug in it.
      console.error('[castlist] a message handler threw:', error);
      sendResponse({ ok: false, error: `internal error: ${String(error)}` });
    });
    return true;
  };
}

/** The context-menu, command and toolbar-button APIs the shortlist shortcuts use (`browserAction` in a Firefox MV2 build). */
function shortcutApis(): ShortcutApis {
  const api = browser as unknown as Omit<ShortcutApis, 'action'> & { action?: ShortcutApis['action']; browserAction?: ShortcutApis['action'] };
  return { contextMenus: api.contextMenus, commands: api.commands, runtime: api.runtime, tabs: api.tabs, action: (api.action ?? api.browserAction)! };
}
