/**
 * Two ways to add a creator without opening the panel: the context-menu entry "Add creator to Castlist shortlist"
 * (on a page of the five sites, or on a link to a profile or post there) and the keyboard command `add-to-shortlist`
 * (Alt+Shift+S unless the user changes it at chrome://extensions/shortcuts). Both add to the last-used list; the
 * toolbar button then shows ✓ (the title says which list) or ! (the title says why not) on that tab for a few
 * seconds.
 *
 * The browser APIs are passed in, so that tests drive the same listeners the extension registers.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { ADD_COMMAND, CONTEXT_MENU_ID, CONTEXT_MENU_TITLE, TOOLBAR_TITLE } from '../shortlists/shortcut-names';
import { SUPPORTED_HOST_PATTERNS } from '../sites/host-patterns';
import { addToLastUsedShortlist } from './add-from-page';
import { creatorOfLink, creatorOfPage } from '../shortlists/page-creator';
import { ShortlistError } from './shortlists';

/** How long the ✓ or ! stays on the toolbar button. */
export const FEEDBACK_MS = 4_000;

interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
}

export interface TabFacts {
  id?: number;
  url?: string;
}

export interface ShortcutApis {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['page', 'link']; documentUrlPatterns: string[]; targetUrlPatterns: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: BrowserEvent<(info: { menuItemId: string | number; pageUrl?: string; linkUrl?: string }, tab?: TabFacts) => void>;
  };
  commands: { onCommand: BrowserEvent<(command: string, tab?: TabFacts) => void> };
  runtime: { onInstalled: BrowserEvent<() => void> };
  tabs: { query(query: { active: true; lastFocusedWindow: true }): Promise<TabFacts[]> };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
}

export type AddOutcome = { ok: true; creatorKey: string; shortlistName: string } | { ok: false; error: string };

/** Registers the listeners (call synchronously at the worker's start) and, on install or update, the menu entry. */
export function registerShortlistShortcuts(apis: ShortcutApis, db: CastlistDatabase, now: () => number = Date.now): void {
  apis.runtime.onInstalled.addListener(() => {
    // Menu entries persist across worker restarts; an update re-creates them from scratch so the id never clashes.
    apis.contextMenus
      .removeAll()
      .then(() =>
        apis.contextMenus.create({
          id: CONTEXT_MENU_ID,
          title: CONTEXT_MENU_TITLE,
          contexts: ['page', 'link'],
          documentUrlPatterns: [...SUPPORTED_HOST_PATTERNS],
          targetUrlPatterns: [...SUPPORTED_HOST_PATTERNS],
        }),
      )
      .catch((error: unknown) => console.error(`[castlist] could not create the context-menu entry "${CONTEXT_MENU_TITLE}":`, error));
  });
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID) return;
    void addAndTell(apis, tab, () => addFromContextMenu(db, info, tab, now()));
  });
  apis.commands.onCommand.addListener((command, tab) => {
    if (command !== ADD_COMMAND) return;
    void addAndTell(apis, tab, async () => {
      const target = tab?.url !== undefined ? tab : (await apis.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      return addCreatorOfPage(db, target?.url, now());
    });
  });
}

/** A link's creator when the menu was opened on a link, else the page's. */
export function addFromContextMenu(db: CastlistDatabase, info: { pageUrl?: string; linkUrl?: string }, tab: TabFacts | undefined, now: number): Promise<AddOutcome> {
  if (info.linkUrl) {
    const linked = creatorOfLink(info.linkUrl);
    if (linked.ok) return addCreator(db, linked.creatorKey, now);
  }
  return addCreatorOfPage(db, info.pageUrl ?? tab?.url, now);
}

export async function addCreatorOfPage(db: CastlistDatabase, pageUrl: string | undefined, now: number): Promise<AddOutcome> {
  const creator = await creatorOfPage(db, pageUrl);
  if (!creator.ok) return creator;
  return addCreator(db, creator.creatorKey, now);
}

async function addCreator(db: CastlistDatabase, creatorKey: string, now: number): Promise<AddOutcome> {
  try {
    const added = await addToLastUsedShortlist(db, creatorKey, now);
    return { ok: true, creatorKey, shortlistName: added.shortlist.name };
  } catch (error) {
    // A refusal (already on the list) is the user's answer, shown on the button; anything else is logged too.
    if (!(error instanceof ShortlistError)) console.error(`[castlist] adding ${creatorKey} to the last-used shortlist failed:`, error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function addAndTell(apis: ShortcutApis, tab: TabFacts | undefined, add: () => Promise<AddOutcome>): Promise<void> {
  const outcome = await add().catch((error: unknown): AddOutcome => {
    console.error('[castlist] adding the creator of the tab to a shortlist failed:', error);
    return { ok: false, error: String(error) };
  });
  const tabId = tab?.id ?? (await apis.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const title = outcome.ok ? `Castlist: ${outcome.creatorKey} added to "${outcome.shortlistName}"` : `Castlist: not added: ${outcome.error}`;
  try {
    await apis.action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1a7f37' : '#b42318' });
    await apis.action.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' });
    await apis.action.setTitle({ tabId, title });
  } catch (error) {
    // The tab closed in the meantime: there is no button left to tell.
    console.warn('[castlist] could not show the shortlist result on the toolbar button:', error);
    return;
  }
  setTimeout(() => {
    apis.action.setBadgeText({ tabId, text: '' }).catch(() => undefined /* the tab closed: nothing to clear */);
    apis.action.setTitle({ tabId, title: TOOLBAR_TITLE }).catch(() => undefined /* the tab closed: nothing to reset */);
  }, FEEDBACK_MS);
}
