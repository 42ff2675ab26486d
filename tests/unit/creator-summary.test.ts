/**
 * Schema v7's creator summaries (lib/db/creator-summary.ts, kept by lib/db/summary-middleware.ts): the builder, that
 * every write to `posts` keeps them in step (ingest, put, update, delete, clear, a post changing creator), the v6→v7
 * upgrade, backup and restore, and that the casting card and the personal benchmark are the same from a summary as
 * from every post row (property-style, over generated creators).
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import { ingestReading } from '../../lib/background/ingest-reading';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { readBackup } from '../../lib/backup/backup-file';
import { mergeBenchmarks } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import { tierOf } from '../../lib/benchmarks/tiers';
import type { Count } from '../../lib/count';
import { CastlistDatabase, SCHEMA_V6 } from '../../lib/db/castlist-db';
import { type CreatorSummaryRow, STRIDE, SUMMARY_SHAPE, summariesOf, summaryOf, summaryPosts, summaryWith } from '../../lib/db/creator-summary';
import type { PostRow, SnapshotRow } from '../../lib/db/rows';
import { castingCard } from '../../lib/kpi/casting-card';
import { INTERACTION_SETS } from '../../lib/kpi/interaction-sets';
import { engagementEvidence } from '../../lib/panel/casting-evidence';
import { castingRowsOf, peerKpiRecords } from '../../lib/panel/casting-queries';
import { POST_FORMATS, type Platform, type PostMetric, type Reading } from '../../lib/reading/reading';
import { uniqueDatabaseName } from './background-fixtures';
import { creatorRow, creatorSnapshot, DAY, HOUR, postRow, postSnapshot, READ_AT, shown } from './kpi-rows';
import { openTestDatabase, removeTestDatabase } from './test-database';

const SEED = 20_261_207;
const SCALE = Math.max(1, Number(process.env.CASTLIST_PROPERTY_RUNS ?? 1));

let db: CastlistDatabase;
beforeEach(async () => {
  db = await openTestDatabase('summary');
});
afterEach(() => removeTestDatabase(db));

/** What the KPIs read of a post, from a row or a summary entry (text, source and url are the rows' alone). */
function kpiFields(post: Pick<PostRow, 'key' | 'platform' | 'publishedAt' | 'format' | 'sponsored' | 'pinned' | 'lastSeenAt' | 'latest'>) {
  const latest: Record<string, unknown> = {};
  let newest = Number.NEGATIVE_INFINITY;
  for (const count of Object.values(post.latest)) newest = Math.max(newest, count!.readAt);
  for (const [metric, count] of Object.entries(post.latest)) {
    latest[metric] = { value: count!.value, min: count!.min, max: count!.max, exact: count!.exact, readAt: metric === 'views' ? count!.readAt : newest };
  }
  return { key: post.key, platform: post.platform, publishedAt: post.publishedAt, format: post.format, sponsored: post.sponsored, pinned: post.pinned, lastSeenAt: post.lastSeenAt, latest };
}

/** The creator's summary must be exactly what the builder makes of their rows as stored now. */
async function expectInStep(creatorKey: string) {
  const rows = await db.posts.where('creatorKey').equals(creatorKey).toArray();
  const stored = await db.creatorSummaries.get(creatorKey);
  if (rows.length === 0) return expect(stored).toBeUndefined();
  expect(stored).toEqual(summaryOf(creatorKey, rows));
}

const creatorKey = 'youtube:chef';
const post = (id: string, extra: Partial<Parameters<typeof postRow>[2]> = {}) =>
  postRow('youtube', creatorKey, { id, daysAgo: 3, counts: { views: 10_000, likes: 400, comments: 20 }, ...extra });

describe('the summary builder', () => {
  const cases: Array<{ name: string; row: PostRow }> = [
    { name: 'a video with exact counts', row: post('a') },
    { name: 'a rounded count, kept as its range', row: post('b', { counts: { views: shown('1.2M', 1_200_000, 1_150_000, 1_249_999), likes: shown('12K', 12_000, 11_500, 12_499) } }) },
    { name: 'no publish time, no format, sponsorship unknown', row: { ...post('c', { daysAgo: null, sponsored: null }), format: null, pinned: null } },
    { name: 'pinned and sponsored', row: post('d', { pinned: true, sponsored: true }) },
    { name: 'no counts at all', row: post('e', { counts: {} }) },
    { name: 'every metric, the views read before the rest', row: { ...post('f'), latest: { ...Object.fromEntries((['likes', 'comments', 'shares', 'saves', 'reposts', 'quotes', 'bookmarks'] as const).map((metric, index) => [metric, { value: index, min: index, max: index + 1, exact: index % 2 === 0, text: 't', readAt: READ_AT + index }])), views: { value: 9, min: 9, max: 9, exact: true, text: '9', readAt: READ_AT - HOUR } } } },
    { name: 'a YouTube Short', row: post('g', { format: 'short' }) },
  ];
  it.each(cases)('keeps what the KPIs read of $name', ({ row }) => {
    const summary = summaryOf(creatorKey, [row]);
    expect(summary).toMatchObject({ creatorKey, shape: SUMMARY_SHAPE, keys: [row.key] });
    expect(summary.numbers).toHaveLength(STRIDE);
    const [back] = summaryPosts(summary);
    expect(kpiFields(back!)).toEqual(kpiFields({ ...row, pinned: row.pinned }));
    expect(back).toMatchObject({ postId: row.postId, url: '' });
  });

  it('sorts by key, and groups every creator apart (posts without a creator have none)', () => {
    const rows = [post('z'), post('a'), { ...post('m'), creatorKey: 'youtube:other' }, { ...post('n'), creatorKey: null }];
    const summaries = summariesOf(rows);
    expect(summaries.map((summary) => [summary.creatorKey, summary.keys])).toEqual([
      [creatorKey, ['youtube:a', 'youtube:z']],
      ['youtube:other', ['youtube:m']],
    ]);
  });

  it('updates in place: add, replace and remove give what building afresh gives', () => {
    const start = summaryOf(creatorKey, [post('a'), post('b'), post('c')]);
    const changed = { ...post('b', { counts: { views: 99, likes: 1 } }) };
    const next = summaryWith(creatorKey, start, [changed, post('d')], new Set(['youtube:a']));
    expect(next).toEqual(summaryOf(creatorKey, [changed, post('c'), post('d')]));
  });
});

describe('every write to posts keeps the summary in step, in its transaction', () => {
  it('adds, updates, modifies and deletes', async () => {
    await db.posts.bulkAdd([post('a'), post('b'), post('c')]);
    await expectInStep(creatorKey);
    await db.posts.put(post('b', { counts: { views: 20_000, likes: 900 } }));
    await expectInStep(creatorKey);
    await db.posts.update('youtube:c', { pinned: true });
    await expectInStep(creatorKey);
    await db.posts.where('creatorKey').equals(creatorKey).modify((row) => {
      row.sponsored = true;
    });
    await expectInStep(creatorKey);
    await db.posts.delete('youtube:a');
    await expectInStep(creatorKey);
    await db.posts.bulkDelete(['youtube:b', 'youtube:c']);
    await expectInStep(creatorKey);
  });

  it('moves a post between creators, and clears with the table', async () => {
    await db.posts.bulkPut([post('a'), post('b')]);
    await db.posts.put({ ...post('b'), creatorKey: 'youtube:other' });
    await expectInStep(creatorKey);
    await expectInStep('youtube:other');
    await db.posts.where('creatorKey').equals('youtube:other').delete();
    await expectInStep('youtube:other');
    await db.posts.clear();
    expect(await db.creatorSummaries.count()).toBe(0);
  });

  it('knows the creator a row had from what its transaction read, as the ingest reads then puts', async () => {
    await db.posts.bulkPut([post('a'), post('b')]);
    await db.transaction('rw', db.posts, async () => {
      const [stored] = await db.posts.bulkGet(['youtube:b']);
      stored!.creatorKey = 'youtube:other'; // changed in place before the put: the creator it had was kept apart
      await db.posts.bulkPut([stored!, post('c')]);
    });
    await expectInStep(creatorKey);
    await expectInStep('youtube:other');
    expect((await db.creatorSummaries.get(creatorKey))!.keys).toEqual(['youtube:a', 'youtube:c']);
  });

  it('writes nothing when the post write fails: one transaction', async () => {
    await db.posts.add(post('a'));
    await expect(
      db.transaction('rw', db.posts, async () => {
        await db.posts.put(post('b'));
        throw new Error('the reading is refused half-way');
      }),
    ).rejects.toThrow(/half-way/);
    await expectInStep(creatorKey);
    expect((await db.creatorSummaries.get(creatorKey))!.keys).toEqual(['youtube:a']);
  });

  it("follows the background's ingest of readings, visit after visit", async () => {
    const reading = (visit: number, ids: string[]): Reading => ({
      platform: 'tiktok',
      surface: 'profile',
      url: 'https://www.tiktok.com/@cook',
      readAt: new Date(READ_AT + visit * HOUR).toISOString(),
      lang: 'en',
      creator: { handle: 'cook', name: 'Cook', followers: { value: 50_000 + visit, min: 50_000 + visit, max: 50_000 + visit, exact: true, text: String(50_000 + visit) } },
      posts: ids.map((id, index) => ({
        id,
        url: `https://www.tiktok.com/@cook/video/${id}`,
        author: { handle: 'cook', name: 'Cook' },
        publishedAt: new Date(READ_AT - (index + 1) * DAY).toISOString(),
        metrics: { views: { value: 1_000 * (visit + 1), min: 1_000 * (visit + 1), max: 1_000 * (visit + 1), exact: true, text: 'x' }, likes: { value: 50 + visit, min: 50 + visit, max: 50 + visit, exact: true, text: 'y' } },
      })),
      comments: [],
      problems: [],
    });
    await ingestReading(db, { type: 'reading.capture', visitId: 'v1', reading: reading(1, ['1', '2']) }, READ_AT + DAY);
    await expectInStep('tiktok:cook');
    await ingestReading(db, { type: 'reading.capture', visitId: 'v2', reading: reading(2, ['2', '3', '4']) }, READ_AT + DAY);
    await expectInStep('tiktok:cook');
    expect((await db.creatorSummaries.get('tiktok:cook'))!.keys).toEqual(['tiktok:1', 'tiktok:2', 'tiktok:3', 'tiktok:4']);
  });
});

describe('schema v7', () => {
  it('upgrades a v6 database with rows: every summary built from the stored posts, every other row as it was', async () => {
    const name = uniqueDatabaseName('v6-to-v7');
    const old = new Dexie(name);
    old.version(6).stores(SCHEMA_V6);
    const chef = creatorRow('youtube', 'chef', { value: 10_000, min: 10_000, max: 10_000, exact: true, text: '10K' });
    const rows = [post('a'), post('b', { pinned: true }), { ...post('c'), creatorKey: 'youtube:other' }, { ...post('d'), creatorKey: null }];
    const snapshot = creatorSnapshot(chef, 'v1', READ_AT, { value: 10_000, min: 10_000, max: 10_000, exact: true, text: '10K' });
    await old.table('creators').add(chef);
    await old.table('posts').bulkAdd(rows);
    await old.table('snapshots').add(snapshot);
    old.close();

    const upgraded = new CastlistDatabase(name);
    await upgraded.open();
    try {
      expect(upgraded.verno).toBe(7);
      expect(await upgraded.posts.orderBy('key').toArray()).toEqual(rows);
      expect(await upgraded.creators.toArray()).toEqual([chef]);
      expect(await upgraded.snapshots.toArray()).toEqual([snapshot]);
      const summaries = await upgraded.creatorSummaries.orderBy('creatorKey').toArray();
      expect(summaries).toEqual(summariesOf(rows));
      expect(summaries.map((summary) => summary.keys)).toEqual([['youtube:a', 'youtube:b'], ['youtube:c']]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('backups leave the summaries out, and a restore rebuilds them', () => {
  it('round trip', async () => {
    await db.posts.bulkAdd([post('a'), post('b'), { ...post('c'), creatorKey: 'youtube:other' }]);
    const text = await backupDatabase(db);
    const backup = readBackup(text);
    expect(backup.database.data.tables.map((table) => table.name)).not.toContain('creatorSummaries');
    const target = await openTestDatabase('summary-restore');
    try {
      await target.creatorSummaries.put({ ...summaryOf('youtube:gone', [post('x')]) });
      const result = await restoreBackup(target, backup);
      expect(result.tables.creatorSummaries).toBe(2);
      expect(await target.creatorSummaries.orderBy('creatorKey').toArray()).toEqual(await db.creatorSummaries.orderBy('creatorKey').toArray());
    } finally {
      await target.delete();
    }
  });

  it('restores a v6 backup (which has no summaries) with its summaries built', async () => {
    const name = uniqueDatabaseName('v6-backup');
    const old = new Dexie(name);
    old.version(6).stores(SCHEMA_V6);
    await old.table('posts').bulkAdd([post('a'), post('b')]);
    const text = await backupDatabase(old);
    old.close();
    await Dexie.delete(name);
    const result = await restoreBackup(db, readBackup(text));
    expect(result).toMatchObject({ fromSchemaVersion: 6, upgraded: true });
    await expectInStep(creatorKey);
  });

  it('ignores summaries in a file that has them (they are rebuilt)', async () => {
    await db.posts.bulkAdd([post('a')]);
    const json = JSON.parse(await backupDatabase(db));
    const bogus = { creatorKey: 'youtube:bogus', shape: 1, keys: ['youtube:zz'], numbers: [] };
    json.database.data.tables.push({ name: 'creatorSummaries', schema: 'creatorKey', rowCount: 1 });
    json.database.data.data.push({ tableName: 'creatorSummaries', inbound: true, rows: [bogus] });
    const target = await openTestDatabase('summary-ignored');
    try {
      await restoreBackup(target, readBackup(JSON.stringify(json)));
      expect(await target.creatorSummaries.toArray()).toEqual(await db.creatorSummaries.toArray());
    } finally {
      await target.delete();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The card from the summary is the card from the rows.

const countArbitrary: fc.Arbitrary<Count> = fc
  // mostly ordinary counts, now and then one far above (breakouts, outliers)
  .tuple(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 5_000 }), weight: 8 }, { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 1 }), fc.integer({ min: 0, max: 2_000 }), fc.boolean())
  .map(([value, spread, isExact]) =>
    isExact ? { value, min: value, max: value, exact: true, text: String(value) } : { value, min: Math.max(0, value - spread), max: value + spread, exact: false, text: `~${value}` },
  );

const postSpecArbitrary = fc.record({
  daysAgo: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  hours: fc.integer({ min: 0, max: 23 }),
  counts: fc.record(
    { views: countArbitrary, likes: countArbitrary, comments: countArbitrary, shares: countArbitrary, saves: countArbitrary, reposts: countArbitrary, bookmarks: countArbitrary },
    { requiredKeys: [] },
  ),
  pinned: fc.constantFrom(true, false, false, false, false),
  sponsored: fc.constantFrom(true, false, null),
  format: fc.constantFrom(...POST_FORMATS),
  lastSeenDays: fc.integer({ min: 0, max: 30 }),
  readHours: fc.integer({ min: 0, max: 2_000 }),
});

const creatorArbitrary = fc.record({
  platform: fc.constantFrom<Platform>('youtube', 'tiktok', 'instagram'),
  posts: fc.array(postSpecArbitrary, { minLength: 0, maxLength: 40 }),
  followers: fc.array(fc.tuple(countArbitrary, fc.integer({ min: 0, max: 60 })), { minLength: 0, maxLength: 4 }),
  history: fc.array(fc.tuple(fc.nat({ max: 39 }), countArbitrary, fc.integer({ min: 1, max: 500 })), { maxLength: 12 }),
  windowSize: fc.integer({ min: 1, max: 15 }),
  interactions: fc.constantFrom(...INTERACTION_SETS),
  peers: fc.array(fc.tuple(fc.integer({ min: 1_000, max: 2_000_000 }), fc.array(postSpecArbitrary, { maxLength: 6 })), { maxLength: 3 }),
});

type Generated = typeof creatorArbitrary extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(platform: Platform, key: string, prefix: string, specs: Generated['posts']): PostRow[] {
  return specs.map((spec, index) => {
    const row = postRow(platform, key, {
      id: `${prefix}${index}`,
      daysAgo: spec.daysAgo,
      counts: spec.counts as Partial<Record<PostMetric, Count>>,
      pinned: spec.pinned,
      sponsored: spec.sponsored,
      format: spec.format,
      readAt: READ_AT - spec.readHours * HOUR,
    });
    return {
      ...row,
      publishedAt: row.publishedAt === null ? null : row.publishedAt - spec.hours * HOUR,
      lastSeenAt: READ_AT - spec.lastSeenDays * DAY,
      title: `Title ${index}`,
      latest: Object.fromEntries(Object.entries(row.latest).map(([metric, count]) => [metric, { ...count, source: 'state' as const }])),
    };
  });
}

async function seed(generated: Generated): Promise<{ key: string; platform: Platform }> {
  const { platform } = generated;
  const newest = generated.followers.at(-1)?.[0] ?? null;
  const creator = creatorRow(platform, 'subject', newest);
  const snapshots: SnapshotRow[] = generated.followers.map(([count, daysAgo], index) => creatorSnapshot(creator, `c${index}`, READ_AT - daysAgo * DAY, count));
  const posts = rowsOf(platform, creator.key, 'p', generated.posts);
  const history = generated.history.flatMap(([index, views, hoursAgo], visit) => {
    const target = posts[index % Math.max(1, posts.length)];
    return target ? [postSnapshot(target, `h${visit}`, READ_AT - hoursAgo * HOUR, { views })] : [];
  });
  const peers = generated.peers.map(([followers, specs], index) => {
    const peer = creatorRow(platform, `peer${index}`, { value: followers, min: followers, max: followers, exact: true, text: String(followers) });
    return { peer, posts: rowsOf(platform, peer.key, `q${index}-`, specs) };
  });
  await db.transaction('rw', [db.creators, db.posts, db.snapshots], async () => {
    await db.creators.bulkPut([creator, ...peers.map(({ peer }) => peer)]);
    await db.posts.bulkPut([...posts, ...peers.flatMap((entry) => entry.posts)]);
    await db.snapshots.bulkPut([...snapshots, ...history]);
  });
  return { key: creator.key, platform };
}

async function cardOf(key: string, platform: Platform, generated: Generated) {
  const options = { windowSize: generated.windowSize, interactions: generated.interactions };
  const rows = (await castingRowsOf(db, key, options.windowSize))!;
  const followers = rows.creator.latest.followers;
  const peers = followers ? await peerKpiRecords(db, platform, tierOf(followers).tiers, key, options) : null;
  const card = castingCard({ ...rows, benchmarks: mergeBenchmarks(BENCHMARK_DATA).sets, peers, options, now: READ_AT });
  const evidence = [engagementEvidence(card.engagement.byFollowers, rows), engagementEvidence(card.engagement.byViews, rows)];
  // every post the card shows in detail has its row read (the panel shows its title, link and sources)
  const listed = [
    ...[card.engagement.byFollowers, card.engagement.byViews].flatMap((engagement) => [...engagement.postsUsed, ...engagement.postsLeftOut]),
    ...card.breakouts.breakouts,
    ...card.growth.viewsPerHour.map((velocity) => ({ key: velocity.postKey })),
  ].map((post) => post.key);
  return { rows, card, evidence, peers, listedRead: listed.every((postKey) => rows.postRows.has(postKey)) };
}

test('the card, its evidence and the personal benchmark are the same from the summary as from every post row', async () => {
  const shapes = { breakouts: 0, beyondWindow: 0 };
  await fc.assert(
    fc.asyncProperty(creatorArbitrary, async (generated) => {
      await Promise.all(db.tables.map((table) => table.clear()));
      const { key, platform } = await seed(generated);
      const fromSummary = await cardOf(key, platform, generated);
      expect(fromSummary.rows.fromSummary).toBe(true);
      expect(fromSummary.listedRead).toBe(true);
      // the same database without summaries: every read falls back to the post rows
      await db.creatorSummaries.clear();
      const fromRows = await cardOf(key, platform, generated);
      expect(fromRows.rows.fromSummary).toBe(generated.posts.length === 0);
      expect(fromSummary.card).toEqual(fromRows.card);
      expect(fromSummary.evidence).toEqual(fromRows.evidence);
      expect(fromSummary.peers).toEqual(fromRows.peers);
      expect(fromSummary.rows.postSnapshots).toEqual(fromRows.rows.postSnapshots);
      shapes.breakouts += fromSummary.card.breakouts.breakouts.length > 0 ? 1 : 0;
      shapes.beyondWindow += fromSummary.card.engagement.byFollowers.postsOlderThanWindow > 0 ? 1 : 0;
    }),
    { seed: SEED, numRuns: 60 * SCALE },
  );
  // the generated creators do reach what the summary must get right: breakouts, posts beyond the window
  expect(shapes.breakouts).toBeGreaterThan(0);
  expect(shapes.beyondWindow).toBeGreaterThan(0);
}, 120_000);

describe('a summary out of step with the rows is not used', () => {
  async function seeded() {
    const chef = creatorRow('youtube', 'chef', { value: 10_000, min: 10_000, max: 10_000, exact: true, text: '10K' });
    await db.creators.add(chef);
    await db.posts.bulkAdd([post('a'), post('b'), post('c', { daysAgo: 9 })]);
    return (await db.creatorSummaries.get(creatorKey))!;
  }

  it('counting another number of posts than the rows', async () => {
    const summary = await seeded();
    await db.creatorSummaries.put(summaryWith(creatorKey, summary, [], new Set(['youtube:c'])));
    const rows = (await castingRowsOf(db, creatorKey))!;
    expect(rows.fromSummary).toBe(false);
    expect(rows.posts).toHaveLength(3);
  });

  it('saying another time a listed post was seen than its row', async () => {
    const summary = await seeded();
    await db.creatorSummaries.put(summaryWith(creatorKey, summary, [{ ...post('a'), lastSeenAt: 1 }], new Set()));
    expect((await castingRowsOf(db, creatorKey))!.fromSummary).toBe(false);
  });

  it('of another shape', async () => {
    const summary = await seeded();
    await db.creatorSummaries.put({ ...summary, shape: 0 } as CreatorSummaryRow);
    expect((await castingRowsOf(db, creatorKey))!.fromSummary).toBe(false);
    await db.posts.put(post('d'));
    // a write to the creator's posts builds a usable one again
    expect((await castingRowsOf(db, creatorKey))!.fromSummary).toBe(true);
  });
});
