/**
 * The v5 campaign messages, sent as the side panel sends them: a campaign is made only when the campaign model
 * accepts it (its sentences come back), creators join with codes and utm_content that stay theirs, a tracked post
 * must be a read post of a campaign creator, a results file that cannot be read stores nothing, and retention keeps
 * every snapshot of a tracked post.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { readBackup } from '../../lib/backup/backup-file';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { campaignPostsAndCreators, DEFAULT_KEEP_SETS, keptEntityKeys } from '../../lib/background/keep-sets';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { base64FromBytes } from '../../lib/messages/base64';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import { entityKeyOf } from '../../lib/reading/keys';
import { captureMessage, uniqueDatabaseName, watchReadingAt, idOf } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const DAY = 86_400_000;
const START = Date.parse('2026-11-01T00:00:00Z');
const END = START + 30 * DAY;
const NOW = START + 2 * DAY;

let db: CastlistDatabase;
const send = (message: unknown, now = NOW): Promise<BackgroundReply> => handleBackgroundMessage(message, db, now);

beforeEach(async () => {
  db = await openTestDatabase('campaign-messages', ['warn', 'error']);
});

afterEach(() => removeTestDatabase(db));

const frame = { start: START, end: END };
const engagementCampaign = {
  type: 'campaign.create',
  name: 'Winter launch',
  objective: 'engagement',
  primaryKpi: { kpi: 'engagement-rate', target: 0.04, timeFrame: frame },
  supportingKpis: [
    { kpi: 'likes', target: 50_000, timeFrame: frame },
    { kpi: 'comments', target: 2_000, timeFrame: frame },
    { kpi: 'shares', target: 500, timeFrame: frame },
  ],
  startsAt: START,
  endsAt: END,
  budget: { amount: 5_000, currency: 'EUR' },
  creators: [] as unknown[],
};

/** Stores a visit to the fixture's YouTube watch page; returns its creator and post keys. */
async function visitWatchPage(visitId = 'visit-1', readAt = '2026-11-02T10:00:00.000Z', views = 1_000): Promise<{ creatorKey: string; postKey: string }> {
  expect(await send(captureMessage(visitId, watchReadingAt(readAt, views)))).toMatchObject({ ok: true });
  const [creator] = await db.creators.toArray();
  const [post] = await db.posts.toArray();
  return { creatorKey: creator!.key, postKey: post!.key };
}

async function campaignWithCreator(): Promise<{ campaignId: string; creatorKey: string; postKey: string }> {
  const keys = await visitWatchPage();
  const campaignId = idOf(await send({ ...engagementCampaign, creators: [{ creatorKey: keys.creatorKey, agreedCost: { amount: 1_200, currency: 'EUR' } }] }));
  return { campaignId, ...keys };
}

describe('making and changing campaigns', () => {
  it('stores a campaign with its creator, a promo code and utm_content given at once', async () => {
    const { campaignId, creatorKey } = await campaignWithCreator();
    const campaign = await db.campaigns.get(campaignId);
    expect(campaign).toMatchObject({ name: 'Winter launch', objective: 'engagement', links: { base: null, utmCampaign: 'winter-launch', utmMedium: 'influencer' } });
    const [creator] = await db.campaignCreators.toArray();
    expect(creator).toMatchObject({ campaignId, creatorKey, handle: 'RickAstleyYT', agreedCost: { amount: 1_200, currency: 'EUR' }, kind: 'person' });
    expect(creator!.promoCode).toMatch(/^[A-Z0-9]+$/);
    expect(creator!.utmContent).toMatch(/^[a-z0-9_-]+$/);
  });

  it.each([
    ['two supporting KPIs', { supportingKpis: engagementCampaign.supportingKpis.slice(0, 2) }, /3 to 6 supporting KPIs besides its primary one; this one has 2/],
    ['a KPI of another family', { primaryKpi: { kpi: 'orders', target: 10, timeFrame: frame } }, /Orders is a conversion KPI; a engagement campaign takes its KPIs from engagement/],
    ['an end before the start', { endsAt: START - DAY }, /the campaign must end after it starts/],
    ['a time frame outside the dates', { primaryKpi: { kpi: 'engagement-rate', target: 0.04, timeFrame: { start: START, end: END + DAY } } }, /time frame must lie within the campaign's dates/],
  ])('refuses %s with the model’s sentence, storing nothing', async (_name, change, error) => {
    const reply = await send({ ...engagementCampaign, ...change });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await db.campaigns.count()).toBe(0);
  });

  it('refuses a creator Castlist has never read, and a malformed currency before any rule', async () => {
    expect(await send({ ...engagementCampaign, creators: [{ creatorKey: 'youtube:nobody', agreedCost: { amount: 1, currency: 'EUR' } }] })).toEqual({
      ok: false,
      error: expect.stringMatching(/has not read the creator youtube:nobody/),
    });
    expect(await send({ ...engagementCampaign, budget: { amount: 1, currency: 'euro' } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^invalid message: .*three-letter ISO code/),
    });
    expect(await db.campaigns.count()).toBe(0);
  });

  it('updates only the fields given, and keeps a creator’s code when the campaign is renamed', async () => {
    const { campaignId } = await campaignWithCreator();
    const [before] = await db.campaignCreators.toArray();
    idOf(await send({ type: 'campaign.update', campaignId, name: 'Winter launch II', budget: { amount: 6_000, currency: 'EUR' } }, NOW + 1));
    const campaign = await db.campaigns.get(campaignId);
    expect(campaign).toMatchObject({ name: 'Winter launch II', budget: { amount: 6_000 }, links: { utmCampaign: 'winter-launch' }, updatedAt: NOW + 1 });
    expect((await db.campaignCreators.toArray())[0]).toEqual(before);
    expect(await send({ type: 'campaign.update', campaignId, supportingKpis: [] })).toEqual({ ok: false, error: expect.stringMatching(/this one has 0/) });
    expect((await db.campaigns.get(campaignId))?.supportingKpis).toHaveLength(3);
  });

  it('sets a creator’s code on purpose, refusing one another creator has', async () => {
    const { campaignId, creatorKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.update-creator', campaignId, creatorKey, promoCode: 'RICK10', agreedCost: { amount: 900, currency: 'EUR' } }));
    expect((await db.campaignCreators.toArray())[0]).toMatchObject({ promoCode: 'RICK10', agreedCost: { amount: 900 } });
    expect(await send({ type: 'campaign.add-creator', campaignId, creatorKey, agreedCost: { amount: 1, currency: 'EUR' } })).toEqual({
      ok: false,
      error: expect.stringMatching(/already in the campaign/),
    });
  });

  it('deletes a campaign with its creators, tracked posts and imports, leaving the snapshots', async () => {
    const { campaignId, postKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    const snapshots = await db.snapshots.count();
    idOf(await send({ type: 'campaign.delete', campaignId }));
    expect([await db.campaigns.count(), await db.campaignCreators.count(), await db.trackedPosts.count()]).toEqual([0, 0, 0]);
    expect(await db.snapshots.count()).toBe(snapshots);
  });
});

describe('tracking posts', () => {
  it('tracks a read post of a campaign creator once, and retention keeps its snapshots and its creator’s', async () => {
    const { campaignId, postKey, creatorKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    expect(await db.trackedPosts.toArray()).toEqual([expect.objectContaining({ campaignId, postKey, creatorKey, addedAt: NOW })]);
    expect(await send({ type: 'campaign.track-post', campaignId, postKey })).toEqual({ ok: false, error: expect.stringMatching(/already tracked/) });
    expect(DEFAULT_KEEP_SETS).toContain(campaignPostsAndCreators);
    const kept = await keptEntityKeys(db, [campaignPostsAndCreators]);
    expect([...kept].sort()).toEqual([entityKeyOf('creator', creatorKey), entityKeyOf('post', postKey)].sort());
  });

  it('stores every later visit to a tracked post as a snapshot of its own', async () => {
    const { campaignId, postKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    await visitWatchPage('visit-2', '2026-11-02T20:00:00.000Z', 2_500);
    const views = (await db.snapshots.where('entityKey').equals(entityKeyOf('post', postKey)).sortBy('readAt')).map((row) => row.counts.views?.value);
    expect(views).toEqual([1_000, 2_500]);
  });

  it('refuses a post never read, and a post by someone outside the campaign', async () => {
    const keys = await visitWatchPage();
    const campaignId = idOf(await send(engagementCampaign));
    expect(await send({ type: 'campaign.track-post', campaignId, postKey: 'youtube:nothing' })).toEqual({ ok: false, error: expect.stringMatching(/has not read the post/) });
    expect(await send({ type: 'campaign.track-post', campaignId, postKey: keys.postKey })).toEqual({ ok: false, error: expect.stringMatching(/who is not in the campaign/) });
    expect(await db.trackedPosts.count()).toBe(0);
  });

  it('untracks a post, and removing a creator untracks their posts', async () => {
    const { campaignId, postKey, creatorKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    idOf(await send({ type: 'campaign.untrack-post', campaignId, postKey }));
    expect(await db.trackedPosts.count()).toBe(0);
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    idOf(await send({ type: 'campaign.remove-creator', campaignId, creatorKey }));
    expect([await db.trackedPosts.count(), await db.campaignCreators.count()]).toEqual([0, 0]);
  });
});

describe('importing results and entering values', () => {
  const csv = (text: string) => base64FromBytes(new TextEncoder().encode(text));

  it('imports an orders file joined to the creators, with the unmatched rows and why', async () => {
    const { campaignId } = await campaignWithCreator();
    const [creator] = await db.campaignCreators.toArray();
    const orders = `Order ID,Discount Code,Total,Currency\n1001,${creator!.promoCode},60.00,EUR\n1002,${creator!.promoCode},40.00,EUR\n1003,SOMEONEELSE,25.00,EUR\n`;
    const id = idOf(await send({ type: 'campaign.import-results', campaignId, orders: { name: 'orders.csv', base64: csv(orders) } }));
    const row = await db.campaignResults.get(id);
    expect(row?.orders).toMatchObject({ name: 'orders.csv', format: 'plain', dataRows: 3 });
    const [result] = row!.results.creators;
    expect(result).toMatchObject({ handle: 'RickAstleyYT', orders: 2, revenue: 100, currency: 'EUR', cost: 1_200, cpa: 600, aov: 50 });
    expect(row!.results.unmatched).toHaveLength(1);
  });

  it('stores nothing from a file that cannot be read, and says which file and why', async () => {
    const { campaignId } = await campaignWithCreator();
    const reply = await send({ type: 'campaign.import-results', campaignId, orders: { name: 'notes.csv', base64: csv('just some words\nand more words\n') } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/the orders file "notes.csv" cannot be used: .+\. Nothing was imported\./) });
    expect(await db.campaignResults.count()).toBe(0);
  });

  it('takes entered values only for the campaign’s manual KPIs, never dated in the future', async () => {
    const keys = await visitWatchPage();
    const visibility = {
      ...engagementCampaign,
      objective: 'visibility',
      primaryKpi: { kpi: 'reach', target: 1_000_000, timeFrame: frame },
      supportingKpis: [
        { kpi: 'impressions', target: 2_000_000, timeFrame: frame },
        { kpi: 'video-views', target: 500_000, timeFrame: frame },
        { kpi: 'view-through-rate', target: 0.3, timeFrame: frame },
      ],
      creators: [{ creatorKey: keys.creatorKey, agreedCost: { amount: 100, currency: 'EUR' } }],
    };
    const campaignId = idOf(await send(visibility));
    idOf(await send({ type: 'campaign.record-kpi', campaignId, kpi: 'reach', at: NOW - DAY, value: 120_000 }));
    expect(await send({ type: 'campaign.record-kpi', campaignId, kpi: 'video-views', at: NOW, value: 1 })).toEqual({
      ok: false,
      error: expect.stringMatching(/Video views comes from the visits to the tracked posts/),
    });
    expect(await send({ type: 'campaign.record-kpi', campaignId, kpi: 'likes', at: NOW, value: 1 })).toEqual({ ok: false, error: expect.stringMatching(/not one of the KPIs/) });
    expect(await send({ type: 'campaign.record-kpi', campaignId, kpi: 'reach', at: NOW + 1, value: 1 })).toEqual({ ok: false, error: expect.stringMatching(/future/) });
    expect((await db.campaignKpiEntries.toArray()).map((entry) => entry.value)).toEqual([120_000]);
  });
});

describe('backups', () => {
  it('take the campaign tables along, and restore them as they were', async () => {
    const { campaignId, postKey } = await campaignWithCreator();
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey }));
    const [creator] = await db.campaignCreators.toArray();
    const orders = base64FromBytes(new TextEncoder().encode(`Order ID,Discount Code,Total\n1,${creator!.promoCode},10.00\n`));
    idOf(await send({ type: 'campaign.import-results', campaignId, orders: { name: 'orders.csv', base64: orders } }));
    const target = new CastlistDatabase(uniqueDatabaseName('campaign-restore'));
    await target.open();
    try {
      await restoreBackup(target, readBackup(await backupDatabase(db, new Date(NOW))));
      for (const table of ['campaigns', 'campaignCreators', 'trackedPosts', 'campaignResults', 'campaignKpiEntries'] as const) {
        expect(await target[table].toArray(), table).toEqual(await db[table].toArray());
      }
      expect(await target.campaignResults.count()).toBe(1);
    } finally {
      await target.delete();
    }
  });
});

describe('the tracking reminder', () => {
  it('is refreshed after every stored reading and campaign change', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const services = { trackingReminder: { refresh } };
    await handleBackgroundMessage(captureMessage('v', watchReadingAt('2026-11-02T10:00:00.000Z', 10)), db, NOW, services);
    await handleBackgroundMessage({ ...engagementCampaign }, db, NOW, services);
    await handleBackgroundMessage({ type: 'shortlist.create', name: 'x' }, db, NOW, services);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
