/**
 * The v4 → v5 upgrade on a filled v4 database: v5 only adds the campaign tables, so every row of every v4 table is
 * still there and equal, the new tables exist and are empty, and a campaign can be made and track a post at once.
 * The v4 rows are made by Castlist itself (readings, a shortlist, a setting, reader events), copied into a database
 * declared at v4 only, as a v4 build left it.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { CastlistDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_V4 } from '../../lib/db/castlist-db';
import { captureMessage, uniqueDatabaseName, watchReadingAt, idOf } from './background-fixtures';

const V4_TABLES = Object.keys(SCHEMA_V4);
const V5_TABLES = ['campaigns', 'campaignCreators', 'trackedPosts', 'campaignResults', 'campaignKpiEntries'];
const NOW = Date.parse('2026-11-03T00:00:00Z');

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Rows of every v4 table, as Castlist's own messages store them. */
async function v4Rows(): Promise<Record<string, unknown[]>> {
  const scratch = new CastlistDatabase(uniqueDatabaseName('v4-rows'));
  opened.push(scratch);
  await scratch.open();
  const send = (message: unknown) => handleBackgroundMessage(message, scratch, NOW);
  expect(await send(captureMessage('visit-1', watchReadingAt('2026-11-01T10:00:00.000Z', 1_000, 4_210_000)))).toMatchObject({ ok: true });
  expect(await send(captureMessage('visit-2', watchReadingAt('2026-11-02T10:00:00.000Z', 2_000, 4_220_000)))).toMatchObject({ ok: true });
  expect(await send({ type: 'reading.capture', visitId: 'bad', reading: { platform: 'youtube' } })).toMatchObject({ ok: false });
  const [creator] = await scratch.creators.toArray();
  const listId = idOf(await send({ type: 'shortlist.create', name: 'Winter' }));
  idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: creator!.key }));
  idOf(await send({ type: 'settings.set', key: 'retention', value: { fullDetailDays: 30, dailyDays: 365, readerEventDays: 60, commentDays: 365 } }));
  await scratch.maintenance.put({ key: 'compaction', dailyThrough: null, weeklyThrough: null, lastRunAt: NOW, lastRemoved: { snapshots: 0, comments: 0, readerEvents: 0 } });
  const rows: Record<string, unknown[]> = {};
  for (const table of V4_TABLES) rows[table] = await scratch.table(table).toArray();
  return rows;
}

describe('upgrading a filled v4 database to v5', () => {
  test('keeps every v4 row as it was and adds the empty campaign tables', async () => {
    const rows = await v4Rows();
    for (const table of V4_TABLES.filter((name) => name !== 'comments')) expect(rows[table], table).not.toHaveLength(0);

    const name = uniqueDatabaseName('migration-v5');
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.open();
    await old.transaction('rw', V4_TABLES, async () => {
      for (const table of V4_TABLES) await old.table(table).bulkAdd(rows[table]!);
    });
    old.close();

    const db = new CastlistDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(5); // later versions run after v5 on the way up
    for (const table of V4_TABLES) expect(await db.table(table).toArray(), table).toEqual(rows[table]);
    for (const table of V5_TABLES) expect(await db.table(table).count(), table).toBe(0);

    const send = (message: unknown) => handleBackgroundMessage(message, db, NOW);
    const [creator] = await db.creators.toArray();
    const [post] = await db.posts.toArray();
    const frame = { start: Date.parse('2026-11-01T00:00:00Z'), end: Date.parse('2026-11-30T00:00:00Z') };
    const campaignId = idOf(
      await send({
        type: 'campaign.create',
        name: 'After the upgrade',
        objective: 'visibility',
        primaryKpi: { kpi: 'video-views', target: 1_000_000, timeFrame: frame },
        supportingKpis: ['reach', 'impressions', 'view-through-rate'].map((kpi) => ({ kpi, target: 1, timeFrame: frame })),
        startsAt: frame.start,
        endsAt: frame.end,
        budget: { amount: 1_000, currency: 'EUR' },
        creators: [{ creatorKey: creator!.key, agreedCost: { amount: 300, currency: 'EUR' } }],
      }),
    );
    idOf(await send({ type: 'campaign.track-post', campaignId, postKey: post!.key }));
    expect(await db.trackedPosts.where('postKey').equals(post!.key).count()).toBe(1);
    expect(await db.campaignCreators.where('[campaignId+creatorKey]').equals([campaignId, creator!.key]).count()).toBe(1);
  });
});
