/**
 * Adding creators to shortlists from pages: the KPIs frozen by the background when an entry is added, the last-used
 * list (and the list made when there is none), the page badge's message checked against the page's own readings,
 * and the context menu and keyboard command, driven through the listeners the background registers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage, type MessageOrigin } from '../../lib/background/handle-message';
import { FIRST_LIST_NAME, LAST_USED_SETTING } from '../../lib/background/last-used-shortlist';
import { FEEDBACK_MS, registerShortlistShortcuts, type ShortcutApis, type TabFacts } from '../../lib/background/shortlist-shortcuts';
import { ADD_COMMAND, CONTEXT_MENU_ID } from '../../lib/shortlists/shortcut-names';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { readSetting } from '../../lib/db/settings';
import { SUPPORTED_HOST_PATTERNS } from '../../lib/sites/host-patterns';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import { summarizeCreatorComments } from '../../lib/comments';
import { commentQualityOfRows } from '../../lib/shortlists/comment-quality';
import { parseShortlistKpis } from '../../lib/shortlists/shortlist-kpis';
import { WATCH_URL, captureMessage, uniqueDatabaseName, idOf } from './background-fixtures';
import { creatorRow, exact, postRow, postSnapshot } from './kpi-rows';

const RICK = 'youtube:rickastleyyt';
const NOW = Date.parse('2026-11-02T10:05:00Z');
let db: CastlistDatabase;
const send = (message: unknown, origin: MessageOrigin = {}, now = NOW): Promise<BackgroundReply> =>
  handleBackgroundMessage(message, db, now, {}, origin);

beforeEach(async () => {
  db = new CastlistDatabase(uniqueDatabaseName('shortlist-from-page'));
  await db.open();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The watch page of the fixtures, stored as the content script would: creator, post, snapshots, comments.
  expect(await send(captureMessage('visit-1'))).toMatchObject({ ok: true });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('kpisAtAdd', () => {
  it('is computed by the background from the rows stored when the entry is added', async () => {
    const listId = idOf(await send({ type: 'shortlist.create', name: 'Music' }));
    const entryId = idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: RICK }));
    const parsed = parseShortlistKpis((await db.shortlistEntries.get(entryId))!.kpisAtAdd);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.kpis.at).toBe(NOW);
    // 4.21M subscribers, read as the range the page's rounding allows
    expect(parsed.kpis.followers).toEqual({ value: 4_210_000, min: 4_205_000, max: 4_214_999, exact: false, text: '4.21M subscribers' });
    expect(parsed.kpis.tier).toBe('mega');
    // (18M likes + 2,401,118 comments) / 1,623,456,789 views; the likes' rounding makes it a range
    expect(parsed.kpis.erByViews).toMatchObject({ posts: 1, exact: false });
    expect(parsed.kpis.erByViews!.value).toBeCloseTo((18_000_000 + 2_401_118) / 1_623_456_789, 10);
    expect(parsed.kpis.erByViews!.min).toBeCloseTo((17_950_000 + 2_401_118) / 1_623_456_789, 10);
    expect(parsed.kpis.postsRead).toBe(1);
    // the two comments of the fixture's video, labelled by lib/comments (lib/shortlists/comment-quality.ts)
    const comments = await db.comments.toArray();
    expect(parsed.kpis.comments).toEqual({ read: 2, quality: commentQualityOfRows(RICK, comments, summarizeCreatorComments) });
    expect(parsed.kpis.comments.quality?.comments).toBe(comments.filter((comment) => !comment.byCreator).length);
  });

  it('is null for a creator Castlist has not read yet', async () => {
    const listId = idOf(await send({ type: 'shortlist.create', name: 'Music' }));
    const entryId = idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: 'tiktok:notreadyet' }));
    expect((await db.shortlistEntries.get(entryId))!.kpisAtAdd).toBeNull();
  });

  it('makes the list the last-used one, and says which list the entry went to', async () => {
    const first = idOf(await send({ type: 'shortlist.create', name: 'First' }));
    const second = idOf(await send({ type: 'shortlist.create', name: 'Second' }));
    expect(await send({ type: 'shortlist.add', shortlistId: first, creatorKey: RICK })).toMatchObject({ ok: true, shortlist: { id: first, name: 'First' } });
    expect(await readSetting(db, LAST_USED_SETTING)).toEqual({ shortlistId: first });
    await send({ type: 'settings.set', key: LAST_USED_SETTING, value: { shortlistId: second } });
    expect(await readSetting(db, LAST_USED_SETTING)).toEqual({ shortlistId: second });
  });
});

describe('the page badge\'s add (shortlist.add-from-page)', () => {
  it('adds the creator of the sender\'s page to the last-used list, making one when there is none', async () => {
    const reply = await send({ type: 'shortlist.add-from-page', creatorKey: RICK }, { url: WATCH_URL });
    expect(reply).toMatchObject({ ok: true, shortlist: { name: FIRST_LIST_NAME } });
    const [entry] = await db.shortlistEntries.toArray();
    expect(entry).toMatchObject({ creatorKey: RICK, status: 'candidate' });
    expect(parseShortlistKpis(entry!.kpisAtAdd).ok).toBe(true);
  });

  it('adds to the list the panel last used', async () => {
    idOf(await send({ type: 'shortlist.create', name: 'Older' }));
    const chosen = idOf(await send({ type: 'shortlist.create', name: 'Chosen' }));
    idOf(await send({ type: 'shortlist.create', name: 'Newest' }));
    await send({ type: 'settings.set', key: LAST_USED_SETTING, value: { shortlistId: chosen } });
    expect(await send({ type: 'shortlist.add-from-page', creatorKey: RICK }, { url: WATCH_URL })).toMatchObject({ ok: true, shortlist: { id: chosen } });
  });

  it('accepts the author of a feed tile read on that page', async () => {
    const author = creatorRow('tiktok', 'tileauthor', exact(12_000));
    const post = { ...postRow('tiktok', author.key, { id: '7301', daysAgo: 1, counts: { views: 5_000, likes: 300 } }), url: 'https://www.tiktok.com/@tileauthor/video/7301' };
    await db.creators.add(author);
    await db.posts.add(post);
    await db.snapshots.add({ ...postSnapshot(post, 'feed-visit', NOW, { views: exact(5_000) }), pageUrl: 'https://www.tiktok.com/foryou' });
    expect(await send({ type: 'shortlist.add-from-page', creatorKey: author.key }, { url: 'https://www.tiktok.com/foryou' })).toMatchObject({ ok: true });
  });

  it.each([
    ['a creator the page did not show', { creatorKey: 'youtube:someoneelse' }, { url: WATCH_URL }, /youtube:someoneelse is not a creator this page showed/],
    ['a sender without a page', { creatorKey: RICK }, {}, /only accepted from a page/],
    ['a page of a site Castlist does not read', { creatorKey: RICK }, { url: 'https://example.com/' }, /not a creator this page showed/],
  ])('refuses %s, and adds nothing', async (_name, fields, origin, error) => {
    const reply = await send({ type: 'shortlist.add-from-page', ...fields }, origin);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it('says a creator is already on the list, which list, and changes nothing', async () => {
    const first = await send({ type: 'shortlist.add-from-page', creatorKey: RICK }, { url: WATCH_URL });
    const entry = (await db.shortlistEntries.toArray())[0]!;
    const again = await send({ type: 'shortlist.add-from-page', creatorKey: RICK }, { url: WATCH_URL }, NOW + 60_000);
    expect(first).not.toHaveProperty('alreadyListed');
    expect(again).toEqual({ ok: true, id: entry.id, shortlist: { id: entry.shortlistId, name: FIRST_LIST_NAME }, alreadyListed: true });
    expect(await db.shortlistEntries.toArray()).toEqual([entry]);
  });
});

/** A stand-in for the browser's contextMenus, commands, tabs and action, recording what the toolbar button shows. */
function fakeShortcutApis(activeTab: TabFacts) {
  const listeners: { installed?: () => void; clicked?: Parameters<ShortcutApis['contextMenus']['onClicked']['addListener']>[0]; command?: (command: string, tab?: TabFacts) => void } = {};
  const button = new Map<number, { text: string; title: string; color: string }>();
  const shown = (tabId: number) => button.get(tabId) ?? { text: '', title: '', color: '' };
  const apis: ShortcutApis = {
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(async () => undefined),
      onClicked: { addListener: (listener) => void (listeners.clicked = listener) },
    },
    commands: { onCommand: { addListener: (listener) => void (listeners.command = listener) } },
    runtime: { onInstalled: { addListener: (listener) => void (listeners.installed = listener) } },
    tabs: { query: async () => [activeTab] },
    action: {
      setBadgeText: async ({ tabId, text }) => void button.set(tabId, { ...shown(tabId), text }),
      setBadgeBackgroundColor: async ({ tabId, color }) => void button.set(tabId, { ...shown(tabId), color }),
      setTitle: async ({ tabId, title }) => void button.set(tabId, { ...shown(tabId), title }),
    },
  };
  return { apis, listeners, shown };
}

describe('the context menu and the keyboard command', () => {
  const tab = { id: 7, url: WATCH_URL };

  it('creates the menu entry on install, on the five sites\' pages and links only (their host patterns)', async () => {
    const { apis, listeners } = fakeShortcutApis(tab);
    registerShortlistShortcuts(apis, db, () => NOW);
    listeners.installed!();
    await vi.waitFor(() => expect(apis.contextMenus.create).toHaveBeenCalledTimes(1));
    const [properties] = vi.mocked(apis.contextMenus.create).mock.calls[0]!;
    expect(properties).toMatchObject({ id: CONTEXT_MENU_ID, contexts: ['page', 'link'] });
    expect(properties.documentUrlPatterns).toEqual([...SUPPORTED_HOST_PATTERNS]);
    expect(properties.targetUrlPatterns).toEqual([...SUPPORTED_HOST_PATTERNS]);
  });

  it('the command adds the creator of the active tab, and the toolbar button says so, then clears', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { apis, listeners, shown } = fakeShortcutApis(tab);
      registerShortlistShortcuts(apis, db, () => NOW);
      listeners.command!(ADD_COMMAND, tab);
      await vi.waitFor(async () => expect(await db.shortlistEntries.count()).toBe(1));
      await vi.waitFor(() => expect(shown(7)).toEqual({ text: '✓', color: '#1a7f37', title: `Castlist: ${RICK} added to "${FIRST_LIST_NAME}"` }));
      vi.advanceTimersByTime(FEEDBACK_MS);
      await vi.waitFor(() => expect(shown(7)).toMatchObject({ text: '', title: 'Open Castlist' }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('the command on a page with no single creator adds nothing and says why', async () => {
    const feed = { id: 8, url: 'https://www.youtube.com/feed/subscriptions' };
    const { apis, listeners, shown } = fakeShortcutApis(feed);
    registerShortlistShortcuts(apis, db, () => NOW);
    listeners.command!(ADD_COMMAND, feed);
    await vi.waitFor(() => expect(shown(8).text).toBe('!'));
    expect(shown(8).title).toMatch(/^Castlist: not added: this YouTube page shows no single creator/);
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it('the menu on a link adds the linked creator; on the page, the page\'s', async () => {
    const { apis, listeners } = fakeShortcutApis(tab);
    registerShortlistShortcuts(apis, db, () => NOW);
    listeners.clicked!({ menuItemId: CONTEXT_MENU_ID, pageUrl: WATCH_URL, linkUrl: 'https://www.youtube.com/@SomeChannel' }, tab);
    await vi.waitFor(async () => expect(await db.shortlistEntries.count()).toBe(1));
    listeners.clicked!({ menuItemId: CONTEXT_MENU_ID, pageUrl: WATCH_URL }, tab);
    await vi.waitFor(async () => expect(await db.shortlistEntries.count()).toBe(2));
    expect((await db.shortlistEntries.toArray()).map((entry) => entry.creatorKey).sort()).toEqual([RICK, 'youtube:somechannel']);
  });

  it('ignores other menu entries and other commands', async () => {
    const { apis, listeners } = fakeShortcutApis(tab);
    registerShortlistShortcuts(apis, db, () => NOW);
    listeners.clicked!({ menuItemId: 'another-entry', pageUrl: WATCH_URL }, tab);
    listeners.command!('_execute_action', tab);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.shortlistEntries.count()).toBe(0);
  });
});
