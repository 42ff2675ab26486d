/**
 * The background entrypoint as WXT runs it, on WXT's fake browser: messages from this extension are answered and
 * stored, others are ignored, and the toolbar button is wired to the side panel (Chrome) or the sidebar (Firefox).
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background';
import { backupDatabase } from '../../lib/backup/backup-database';
import { CastlistDatabase, castlistDb } from '../../lib/db/castlist-db';
import { CONTENT_SCRIPT_MESSAGE_TYPES } from '../../lib/background/sender-permissions';
import { backgroundMessage, type BackgroundReply } from '../../lib/messages/background-messages';
import { PLATFORMS } from '../../lib/reading/reading';
import { fakePermissions } from '../support/fake-permissions';
import { captureMessage } from './background-fixtures';

/**
 * The fake browser has Firefox's sidebarAction (whose methods throw) and no sidePanel: each test picks a browser. Its
 * permissions API is not implemented: each test gets a fake one, every site granted unless the test says otherwise.
 */
type BrowserApis = { sidePanel?: unknown; sidebarAction?: unknown; permissions?: unknown };
const apis = fakeBrowser as unknown as BrowserApis;
const originalSidebarAction = apis.sidebarAction;
const originalPermissions = apis.permissions;

function actAsChrome() {
  const setPanelBehavior = vi.fn(async (_behavior: { openPanelOnActionClick: boolean }) => undefined);
  apis.sidePanel = { setPanelBehavior };
  delete apis.sidebarAction;
  return setPanelBehavior;
}

function actAsFirefox() {
  const toggle = vi.fn(async () => undefined);
  delete apis.sidePanel;
  apis.sidebarAction = { toggle };
  return toggle;
}

/** The sender's tab: only its id matters here. */
const pageTab = (id: number) => ({ id, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false }) as Browser.tabs.Tab;
/** A content script of this extension, on a page. */
const ownSender = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', tab: pageTab(7) });
/** The side panel: a page of the extension's own origin. */
const panelSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

/** The fake browser implements no context menus or commands (tests/unit/shortlist-shortcuts.test.ts drives them). */
type ShortcutFakes = { contextMenus: unknown; commands: unknown };
const shortcutFakes = fakeBrowser as unknown as ShortcutFakes;
const originalShortcutApis = { contextMenus: shortcutFakes.contextMenus, commands: shortcutFakes.commands };

beforeEach(async () => {
  fakeBrowser.reset();
  shortcutFakes.contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: { addListener: vi.fn() } };
  shortcutFakes.commands = { onCommand: { addListener: vi.fn() } };
  apis.permissions = fakePermissions([...PLATFORMS]);
  await castlistDb().open();
});

afterEach(async () => {
  Object.assign(shortcutFakes, originalShortcutApis);
  delete apis.sidePanel;
  apis.sidebarAction = originalSidebarAction;
  apis.permissions = originalPermissions;
  vi.restoreAllMocks();
  await castlistDb().delete();
});

describe('background entrypoint: messages', () => {
  beforeEach(() => {
    actAsChrome();
    background.main();
  });

  it('answers a capture from a content script with the reply of the handler, and stores its rows', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), ownSender());
    expect(replies).toEqual([{ ok: true, stored: { creators: 1, posts: 1, snapshots: 2, comments: 2 }, badges: expect.any(Object) }]);
    expect(await castlistDb().snapshots.count()).toBe(2);
    expect(await castlistDb().creators.get('youtube:rickastleyyt')).toBeDefined();
  });

  it('replies through sendResponse, keeping the channel open, when the browser passes one (as real browsers do)', async () => {
    const sendResponse = vi.fn((_reply: BackgroundReply) => undefined);
    // The fake's trigger is typed without sendResponse, but passes every argument on to the listener.
    const triggerWithResponse = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const returned = await triggerWithResponse(captureMessage('visit-1'), ownSender(), sendResponse);
    expect(returned).toEqual([true]);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, stored: { creators: 1, posts: 1, snapshots: 2, comments: 2 }, badges: expect.any(Object) });
    expect(await castlistDb().posts.count()).toBe(1);
  });

  it('answers a malformed message with the reason and stores nothing', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'reading.capture', visitId: 'v' }, ownSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: reading: /) });
    expect(await castlistDb().snapshots.count()).toBe(0);
  });

  it('ignores a message whose sender is not this extension', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const replies = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), { id: 'some-other-extension' });
    expect(replies).toEqual([undefined]);
    expect(await castlistDb().snapshots.count()).toBe(0);
  });
});

describe('background entrypoint: panel-only messages', () => {
  let emptyBackup = '';
  beforeAll(async () => {
    const scratch = new CastlistDatabase(`castlist-empty-backup-${Math.random().toString(36).slice(2)}`);
    emptyBackup = await backupDatabase(scratch);
    await scratch.delete();
  });
  beforeEach(() => {
    actAsChrome();
    background.main();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  /** The rows a forged message could change. */
  type Ids = { shortlistId: string; entryId: string; campaignId: string; creatorKey: string; postKey: string; resultsId: string; kpiEntryId: string };
  const fromPanel = async (message: Record<string, unknown>): Promise<string> => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, panelSender());
    if (!(reply as unknown as BackgroundReply).ok) throw new Error(`${String(message.type)} from the panel failed: ${JSON.stringify(reply)}`);
    return (reply as unknown as { id: string }).id;
  };
  const joinCampaign = ({ campaignId, creatorKey }: Ids) => fromPanel({ type: 'campaign.add-creator', campaignId, creatorKey, agreedCost: { amount: 10, currency: 'EUR' } });
  const ordersFile = (promoCode: string) => ({ name: 'orders.csv', base64: btoa(`Order ID,Discount Code,Total\n1,${promoCode},10.00\n`) });
  const frame = { start: 0, end: 86_400_000 };

  /** Every message type the background knows, from its schema: a new one is covered without editing this test. */
  const panelOnlyExamples: Record<string, (ids: Ids) => Record<string, unknown>> = {
    'shortlist.create': () => ({ name: 'Forged' }),
    'shortlist.rename': ({ shortlistId }) => ({ shortlistId, name: 'Forged' }),
    'shortlist.delete': ({ shortlistId }) => ({ shortlistId }),
    'shortlist.add': ({ shortlistId }) => ({ shortlistId, creatorKey: 'youtube:forged' }),
    'shortlist.update-entry': ({ entryId }) => ({ entryId, notes: 'forged' }),
    'shortlist.remove-entry': ({ entryId }) => ({ entryId }),
    'settings.set': () => ({ key: 'retention', value: { fullDetailDays: 1, dailyDays: 1, readerEventDays: 14, commentDays: 30 } }),
    'settings.reset': () => ({ key: 'retention' }),
    'csv.import': () => ({ text: 'handle,platform\nforged,tiktok\n', shortlistName: 'Forged' }),
    // a real backup (of an empty database), so that the panel's restore of it is carried out
    'backup.restore': () => ({ text: emptyBackup }),
    'campaign.create': () => ({
      name: 'Forged',
      objective: 'visibility',
      primaryKpi: { kpi: 'reach', target: 1, timeFrame: frame },
      supportingKpis: ['impressions', 'video-views', 'view-through-rate'].map((kpi) => ({ kpi, target: 1, timeFrame: frame })),
      startsAt: frame.start,
      endsAt: frame.end,
      budget: { amount: 1, currency: 'EUR' },
      creators: [],
    }),
    'campaign.update': ({ campaignId }) => ({ campaignId, name: 'Forged' }),
    'campaign.delete': ({ campaignId }) => ({ campaignId }),
    'campaign.add-creator': ({ campaignId, creatorKey }) => ({ campaignId, creatorKey, agreedCost: { amount: 1, currency: 'EUR' } }),
    'campaign.update-creator': ({ campaignId, creatorKey }) => ({ campaignId, creatorKey, promoCode: 'FORGED' }),
    'campaign.remove-creator': ({ campaignId, creatorKey }) => ({ campaignId, creatorKey }),
    'campaign.track-post': ({ campaignId, postKey }) => ({ campaignId, postKey }),
    'campaign.untrack-post': ({ campaignId, postKey }) => ({ campaignId, postKey }),
    'campaign.import-results': ({ campaignId }) => ({ campaignId, orders: ordersFile('FORGED') }),
    'campaign.delete-results': ({ campaignId, resultsId }) => ({ campaignId, resultsId }),
    'campaign.record-kpi': ({ campaignId }) => ({ campaignId, kpi: 'reach', at: 1_000, value: 5 }),
    'campaign.delete-kpi': ({ campaignId, kpiEntryId }) => ({ campaignId, entryId: kpiEntryId }),
  };
  /** What must be stored before the panel's own message can be carried out (a creator in the campaign, a tracked post…). */
  const preparations: Record<string, (ids: Ids) => Promise<Partial<Ids>>> = {
    'campaign.update-creator': async (ids) => (await joinCampaign(ids), {}),
    'campaign.remove-creator': async (ids) => (await joinCampaign(ids), {}),
    'campaign.track-post': async (ids) => (await joinCampaign(ids), {}),
    'campaign.untrack-post': async (ids) => {
      await joinCampaign(ids);
      await fromPanel({ type: 'campaign.track-post', campaignId: ids.campaignId, postKey: ids.postKey });
      return {};
    },
    'campaign.import-results': async (ids) => (await joinCampaign(ids), {}),
    'campaign.delete-results': async (ids) => {
      await joinCampaign(ids);
      const [creator] = await castlistDb().campaignCreators.toArray();
      return { resultsId: await fromPanel({ type: 'campaign.import-results', campaignId: ids.campaignId, orders: ordersFile(creator!.promoCode) }) };
    },
    'campaign.delete-kpi': async (ids) => ({ kpiEntryId: await fromPanel({ type: 'campaign.record-kpi', campaignId: ids.campaignId, kpi: 'reach', at: 1_000, value: 1 }) }),
  };
  const panelOnlyTypes = backgroundMessage._zod.def.options.map((option) => option._zod.def.shape.type._zod.def.values[0] as string).filter((type) => !CONTENT_SCRIPT_MESSAGE_TYPES.has(type));

  it('knows an example of every panel-only message type (so that none goes untested)', () => {
    expect(panelOnlyTypes.length).toBeGreaterThan(0);
    expect(Object.keys(panelOnlyExamples).sort()).toEqual([...panelOnlyTypes].sort());
  });

  it.each(panelOnlyTypes)('refuses %s from a content script, changes nothing, and says why', async (type) => {
    const shortlistId = await fromPanel({ type: 'shortlist.create', name: 'Mine' });
    const entryId = await fromPanel({ type: 'shortlist.add', shortlistId, creatorKey: 'youtube:rickastleyyt' });
    // A stored setting, so that a forged reset would have something to remove.
    await castlistDb().settings.put({ key: 'retention', value: { fullDetailDays: 14, dailyDays: 120, readerEventDays: 30, commentDays: 365 }, updatedAt: 1 });
    // A read creator and post, and a campaign, for the campaign messages to act on.
    const [captured] = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), ownSender());
    expect(captured).toMatchObject({ ok: true });
    const [creator] = await castlistDb().creators.toArray();
    const [post] = await castlistDb().posts.toArray();
    const campaignId = await fromPanel({ type: 'campaign.create', ...panelOnlyExamples['campaign.create']!({} as Ids), name: 'Mine' });
    let ids: Ids = { shortlistId, entryId, campaignId, creatorKey: creator!.key, postKey: post!.key, resultsId: 'none', kpiEntryId: 'none' };
    ids = { ...ids, ...(await preparations[type]?.(ids)) };
    const db = castlistDb();
    const tables = [db.shortlists, db.shortlistEntries, db.settings, db.campaigns, db.campaignCreators, db.trackedPosts, db.campaignResults, db.campaignKpiEntries];
    const stored = async () => Promise.all(tables.map((table) => table.toArray()));
    const before = await stored();

    const message = { type, ...panelOnlyExamples[type]!(ids) };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, ownSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${type.replace('.', '\\.')} refused: only the Castlist panel may send it, not a content script \\(sent from https://www\\.youtube\\.com/`)) });
    expect(await stored()).toEqual(before);

    // The same message from the panel is carried out.
    const [carriedOut] = await fakeBrowser.runtime.onMessage.trigger(message, panelSender());
    expect(carriedOut).toMatchObject({ ok: true });
  });

  it('refuses a message of a type it does not know from a content script before reading it (default deny)', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings.update', retentionDays: 0 }, ownSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^settings\.update refused: only the Castlist panel/) });
  });

  it('refuses a content script whose page URL merely contains the extension URL', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: `https://www.youtube.com/${fakeBrowser.runtime.getURL('/sidepanel.html')}` };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.create', name: 'Forged' }, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(await castlistDb().shortlists.count()).toBe(0);
  });

  it('accepts panel messages from the panel opened in a tab (sidepanel.html?url=…)', async () => {
    const sender = { ...panelSender(), url: fakeBrowser.runtime.getURL('/sidepanel.html?url=https%3A%2F%2Fx.com%2Fana'), tab: pageTab(3) };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.create', name: 'Q1' }, sender);
    expect(reply).toMatchObject({ ok: true, id: expect.any(String) });
  });

  it("takes the page badge's add from a content script only for a creator that page's readings named", async () => {
    await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), ownSender());
    const [forged] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.add-from-page', creatorKey: 'youtube:forged' }, ownSender());
    expect(forged).toEqual({ ok: false, error: expect.stringContaining('youtube:forged is not a creator this page showed') });
    expect(await castlistDb().shortlistEntries.count()).toBe(0);
    const [added] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.add-from-page', creatorKey: 'youtube:rickastleyyt' }, ownSender());
    expect(added).toMatchObject({ ok: true });
    expect((await castlistDb().shortlistEntries.toArray()).map((entry) => entry.creatorKey)).toEqual(['youtube:rickastleyyt']);
  });

  it('still takes readings from content scripts', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(captureMessage('visit-1'), ownSender());
    expect(reply).toMatchObject({ ok: true });
  });
});

describe('background entrypoint: the toolbar button', () => {
  it('on Chrome, makes the action open the side panel', () => {
    const setPanelBehavior = actAsChrome();
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('logs, rather than drops, a failure to set the panel behaviour', async () => {
    const setPanelBehavior = actAsChrome();
    setPanelBehavior.mockRejectedValueOnce(new Error('side_panel missing from manifest'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    background.main();
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    expect(String(logged.mock.calls[0]?.[1])).toContain('side_panel missing from manifest');
  });

  it('on Firefox, toggles the sidebar when the action is clicked', async () => {
    const toggle = actAsFirefox();
    background.main();
    expect(toggle).not.toHaveBeenCalled();
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never, undefined as never);
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('on Firefox MV2 (WXT\'s default Firefox build), toggles the sidebar from browserAction', () => {
    const toggle = actAsFirefox();
    const clickListeners: Array<() => void> = [];
    const mv2 = fakeBrowser as unknown as { action?: unknown; browserAction?: unknown };
    const { action, browserAction } = mv2;
    delete mv2.action;
    mv2.browserAction = {
      onClicked: { addListener: (listener: () => void) => clickListeners.push(listener) },
      setBadgeText: async () => undefined,
      setTitle: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
    };
    try {
      background.main();
    } finally {
      mv2.action = action;
      mv2.browserAction = browserAction;
    }
    expect(clickListeners).toHaveLength(1);
    clickListeners[0]?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('registers nothing for the button where the browser has neither API', async () => {
    delete apis.sidePanel;
    delete apis.sidebarAction;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => background.main()).not.toThrow();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/no sidePanel API; the toolbar button cannot open the side panel/));
    // The message listener is still there.
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shortlist.create', name: 'Q1' }, panelSender());
    expect(reply).toMatchObject({ ok: true, id: expect.any(String) });
  });
});

describe('background entrypoint: site access on the toolbar button', () => {
  it('on Firefox installed without the five sites, the button shows "!" and names them', async () => {
    actAsFirefox();
    apis.permissions = fakePermissions([]);
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Castlist cannot read YouTube, TikTok, Instagram, X and LinkedIn: click to open Castlist and allow access',
    );
  });

  it('on Chrome with every site granted, the button keeps its title and no badge', async () => {
    actAsChrome();
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toBe('Open Castlist'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
