/**
 * Retention on a filled database: untracked history thinned to one point per entity per day after a week and per
 * week after 90 days, every point of shortlisted creators and their posts kept, reader events and comments bounded,
 * each transaction bounded, and nothing removed twice or by mistake when it runs again.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compactStorage, DELETE_CHUNK, READ_PAGE, RETENTION_TASK } from '../../lib/background/compaction';
import { ingestReading } from '../../lib/background/ingest-reading';
import { DEFAULT_KEEP_SETS, type KeepSet } from '../../lib/background/keep-sets';
import { CHECK_INTERVAL_MS, RUN_INTERVAL_MS, StorageMaintenance } from '../../lib/background/storage-maintenance';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import {
  COMMENTS_PER_POST,
  compactionCutoffs,
  DAY_MS,
  DEFAULT_RETENTION,
  snapshotsToRemove,
  utcDayStart,
  utcWeekStart,
  WEEK_MS,
} from '../../lib/db/retention-policy';
import type { CommentRow, ReaderEventRow, SnapshotRow } from '../../lib/db/rows';
import { captureMessage, exact, uniqueDatabaseName, watchReading } from './background-fixtures';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const HOUR = 3_600_000;
const { daily: DAILY_CUTOFF, weekly: WEEKLY_CUTOFF } = compactionCutoffs(NOW, DEFAULT_RETENTION);

describe('the policy', () => {
  test('UTC days and Monday weeks', () => {
    expect(new Date(utcDayStart(Date.parse('2026-12-06T23:59:59Z'))).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(new Date(utcWeekStart(Date.parse('2026-12-06T10:00:00Z'))).toISOString()).toBe('2026-11-30T00:00:00.000Z'); // a Sunday → its Monday
    expect(new Date(utcWeekStart(Date.parse('2026-11-30T00:00:00Z'))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(new Date(utcWeekStart(Date.parse('2026-11-29T23:59:59Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  test('cutoffs: whole days older than 7 days, whole weeks older than 90 days', () => {
    expect(new Date(DAILY_CUTOFF).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(new Date(WEEKLY_CUTOFF).toISOString()).toBe('2026-09-07T00:00:00.000Z');
  });

  test.each([
    ['one point: kept', [['a', 'e1', 1]], [], []],
    ['two of one entity: the older goes', [['a', 'e1', 1], ['b', 'e1', 2]], [], ['a']],
    ['same time: the greater id stays', [['b', 'e1', 5], ['a', 'e1', 5]], [], ['a']],
    ['each entity keeps its newest', [['a', 'e1', 1], ['b', 'e2', 1], ['c', 'e1', 3], ['d', 'e2', 0]], [], ['a', 'd']],
    ['a kept entity loses nothing', [['a', 'e1', 1], ['b', 'e1', 2], ['c', 'e2', 1], ['d', 'e2', 2]], ['e1'], ['c']],
  ] as const)('%s', (_name, rows, kept, removed) => {
    const window = rows.map(([id, entityKey, readAt]) => ({ id, entityKey, readAt }));
    expect(snapshotsToRemove(window, (key) => (kept as readonly string[]).includes(key)).sort()).toEqual([...removed]);
  });
});

let db: CastlistDatabase;
let deleteBatches: number[];

beforeEach(async () => {
  db = new CastlistDatabase(uniqueDatabaseName('compaction'));
  deleteBatches = [];
  // Records the size of every delete the database receives: compaction must keep each transaction bounded.
  db.use({
    stack: 'dbcore',
    name: 'delete-sizes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => (request.type === 'delete' && (deleteBatches.push(request.keys.length), true) ? table.mutate(request) : table.mutate(request)) };
      },
    }),
  });
  await db.open();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function point(entityKey: string, readAt: number, value = readAt): SnapshotRow {
  const visitId = `visit-${readAt}`;
  return {
    id: `${visitId}:${entityKey}`,
    visitId,
    entityKey,
    kind: entityKey.startsWith('creator:') ? 'creator' : 'post',
    platform: 'youtube',
    readAt,
    pageUrl: 'https://www.youtube.com/results?search_query=travel',
    counts: { views: exact(value % 1_000_000) },
  };
}

/** Four points a day (00:00, 06:00, 12:00, 18:00 UTC) for `days` days up to NOW. */
function history(entityKey: string, days: number): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  for (let time = utcDayStart(NOW) - days * DAY_MS; time <= NOW; time += 6 * HOUR) rows.push(point(entityKey, time));
  return rows;
}

async function pointsOf(entityKey: string): Promise<SnapshotRow[]> {
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
}

async function shortlist(creatorKey: string): Promise<void> {
  await db.shortlists.add({ id: 'list', name: 'Kept', createdAt: NOW, updatedAt: NOW });
  await db.shortlistEntries.add({ id: `entry-${creatorKey}`, shortlistId: 'list', creatorKey, status: 'candidate', notes: '', tags: [], fields: { rate: null, email: null, agency: null }, kpisAtAdd: null, addedAt: NOW, updatedAt: NOW });
}

describe('snapshots', () => {
  const untracked = 'post:youtube:untracked01';
  const keptPost = 'post:youtube:keptvideo01';
  const keptCreator = 'creator:youtube:keptchannel';

  beforeEach(async () => {
    await db.snapshots.bulkAdd([...history(untracked, 120), ...history(keptPost, 120), ...history(keptCreator, 120)]);
    await db.posts.add({ key: 'youtube:keptvideo01', platform: 'youtube', postId: 'keptvideo01', creatorKey: 'youtube:keptchannel', url: 'https://www.youtube.com/watch?v=keptvideo01', title: null, caption: null, publishedAt: null, format: 'video', sponsored: null, pinned: null, firstSeenAt: NOW, lastSeenAt: NOW, latest: {} });
    await shortlist('youtube:keptchannel');
  });

  test('untracked: every point of the last week, the newest of each day until 90 days, the newest of each week before', async () => {
    const before = await pointsOf(untracked);
    const removed = await compactStorage(db, { now: NOW });
    const after = await pointsOf(untracked);

    const recent = before.filter((row) => row.readAt >= DAILY_CUTOFF);
    expect(after.filter((row) => row.readAt >= DAILY_CUTOFF)).toEqual(recent);

    const daily = after.filter((row) => row.readAt >= WEEKLY_CUTOFF && row.readAt < DAILY_CUTOFF);
    const days = new Set(before.filter((row) => row.readAt >= WEEKLY_CUTOFF && row.readAt < DAILY_CUTOFF).map((row) => utcDayStart(row.readAt)));
    expect(daily.map((row) => utcDayStart(row.readAt))).toEqual([...days]);
    expect(daily.every((row) => new Date(row.readAt).getUTCHours() === 18)).toBe(true); // the newest of its day

    const weekly = after.filter((row) => row.readAt < WEEKLY_CUTOFF);
    const weeks = new Set(before.filter((row) => row.readAt < WEEKLY_CUTOFF).map((row) => utcWeekStart(row.readAt)));
    expect(weekly.map((row) => utcWeekStart(row.readAt))).toEqual([...weeks]);
    for (const row of weekly) {
      const newestOfWeek = Math.max(...before.filter((candidate) => utcWeekStart(candidate.readAt) === utcWeekStart(row.readAt)).map((candidate) => candidate.readAt));
      expect(row.readAt).toBe(newestOfWeek);
    }
    // What stays is what was: the kept points are the same rows, untouched.
    for (const row of after) expect(before).toContainEqual(row);
    expect(removed.snapshots).toBe(before.length - after.length);
  });

  test('a shortlisted creator and its posts keep every point', async () => {
    const creatorBefore = await pointsOf(keptCreator);
    const postBefore = await pointsOf(keptPost);
    await compactStorage(db, { now: NOW });
    expect(await pointsOf(keptCreator)).toEqual(creatorBefore);
    expect(await pointsOf(keptPost)).toEqual(postBefore);
  });

  test('the keep rule takes more keep-sets (tracked campaign posts, later)', async () => {
    const trackedPosts: KeepSet = { name: 'tracked posts', tables: [], entityKeys: async () => [untracked] };
    const before = await pointsOf(untracked);
    await compactStorage(db, { now: NOW, keepSets: [...DEFAULT_KEEP_SETS, trackedPosts] });
    expect(await pointsOf(untracked)).toEqual(before);
  });

  test('runs again without removing anything more; remembers how far it got', async () => {
    const first = await compactStorage(db, { now: NOW });
    expect(first.snapshots).toBeGreaterThan(0);
    const count = await db.snapshots.count();
    expect(await compactStorage(db, { now: NOW })).toEqual({ snapshots: 0, comments: 0, readerEvents: 0 });
    expect(await db.snapshots.count()).toBe(count);
    expect(await db.maintenance.get(RETENTION_TASK)).toMatchObject({ dailyThrough: DAILY_CUTOFF, weeklyThrough: WEEKLY_CUTOFF, lastRunAt: NOW, lastRemoved: { snapshots: 0 } });
  });

  test('a day later, only the day that left the full-detail week is compacted', async () => {
    await compactStorage(db, { now: NOW });
    const before = await pointsOf(untracked);
    const removed = await compactStorage(db, { now: NOW + DAY_MS });
    expect(removed.snapshots).toBe(3 * 1); // that day's three older points of the untracked post; kept ones stay
    const after = await pointsOf(untracked);
    expect(before.length - after.length).toBe(3);
    expect(after.filter((row) => utcDayStart(row.readAt) === DAILY_CUTOFF)).toHaveLength(1);
  });

  test('the retention setting moves the horizons', async () => {
    await db.settings.put({ key: 'retention', value: { ...DEFAULT_RETENTION, fullDetailDays: 30 }, updatedAt: NOW });
    await compactStorage(db, { now: NOW });
    const after = await pointsOf(untracked);
    const month = utcDayStart(NOW - 30 * DAY_MS);
    expect(after.filter((row) => row.readAt >= month)).toHaveLength((await db.snapshots.where('readAt').aboveOrEqual(month).toArray()).filter((row) => row.entityKey === untracked).length);
    expect(after.filter((row) => row.readAt >= month).length).toBeGreaterThan(4 * 29);
  });
});

test('a feed day of 2,100 tiles read twice: 2,100 points removed, in bounded transactions', async () => {
  // One visit's tiles share their readAt, and there are more of them than READ_PAGE: paging must not stall on them.
  expect(2_100).toBeGreaterThan(READ_PAGE);
  const day = utcDayStart(NOW - 20 * DAY_MS);
  const tiles = Array.from({ length: 2_100 }, (_, index) => `post:youtube:tile${String(index).padStart(7, '0')}`);
  await db.snapshots.bulkAdd([...tiles.map((key) => point(key, day + 9 * HOUR)), ...tiles.map((key) => point(key, day + 21 * HOUR))]);
  const removed = await compactStorage(db, { now: NOW });
  expect(removed.snapshots).toBe(2_100);
  expect(await db.snapshots.count()).toBe(2_100);
  expect(await db.snapshots.where('readAt').equals(day + 21 * HOUR).count()).toBe(2_100); // the evening visit stays
  const snapshotDeletes = deleteBatches.filter((size) => size > 0);
  expect(snapshotDeletes.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...snapshotDeletes)).toBeLessThanOrEqual(DELETE_CHUNK);
});

describe('reader events and comments', () => {
  function event(at: number): ReaderEventRow {
    return { platform: 'youtube', surface: 'post', reader: 'youtube.watch', field: '*', outcome: 'found', code: null, detail: 'post.views', at, pageUrl: 'https://www.youtube.com/watch?v=x' };
  }

  function comment(key: string, postKey: string, lastSeenAt: number): CommentRow {
    return { key, platform: 'youtube', postKey, commentId: key, author: 'someone', authorName: null, text: 'Nice', publishedAt: null, publishedText: null, likes: null, replies: null, byCreator: false, creatorReplied: false, firstSeenAt: lastSeenAt, lastSeenAt };
  }

  test('reader events older than 30 days go, newer ones stay', async () => {
    await db.readerEvents.bulkAdd([event(NOW - 31 * DAY_MS), event(NOW - 29 * DAY_MS), event(NOW)]);
    expect((await compactStorage(db, { now: NOW })).readerEvents).toBe(1);
    expect((await db.readerEvents.toArray()).map((row) => row.at)).toEqual([NOW - 29 * DAY_MS, NOW]);
  });

  test('comments not seen for a year go, unless their post is kept', async () => {
    await db.posts.add({ key: 'youtube:keptvideo01', platform: 'youtube', postId: 'keptvideo01', creatorKey: 'youtube:keptchannel', url: 'https://www.youtube.com/watch?v=keptvideo01', title: null, caption: null, publishedAt: null, format: 'video', sponsored: null, pinned: null, firstSeenAt: NOW, lastSeenAt: NOW, latest: {} });
    await shortlist('youtube:keptchannel');
    const old = NOW - 400 * DAY_MS;
    // More old comments of the kept post than one page, in front of the untracked ones in the index.
    const keptComments = Array.from({ length: DELETE_CHUNK + 20 }, (_, index) => comment(`kept-${index}`, 'youtube:keptvideo01', old - DAY_MS));
    await db.comments.bulkAdd([...keptComments, comment('old', 'youtube:other', old), comment('recent', 'youtube:other', NOW - DAY_MS)]);
    expect((await compactStorage(db, { now: NOW })).comments).toBe(1);
    expect(await db.comments.get('old')).toBeUndefined();
    expect(await db.comments.get('recent')).toBeDefined();
    expect(await db.comments.where('postKey').equals('youtube:keptvideo01').count()).toBe(keptComments.length);
  });

  test(`a post keeps at most ${COMMENTS_PER_POST} comments: an ingest removes the least recently seen beyond it`, async () => {
    const postKey = 'youtube:dQw4w9WgXcQ';
    const seen = Date.parse('2026-10-01T00:00:00Z');
    await db.comments.bulkAdd(Array.from({ length: COMMENTS_PER_POST }, (_, index) => comment(`${postKey}:c${String(index).padStart(4, '0')}`, postKey, seen + index)));
    await ingestReading(db, captureMessage('visit-1', watchReading()), NOW);
    expect(await db.comments.where('postKey').equals(postKey).count()).toBe(COMMENTS_PER_POST);
    // The reading's two comments are in; the two least recently seen are out.
    expect(await db.comments.get(`${postKey}:c0000`)).toBeUndefined();
    expect(await db.comments.get(`${postKey}:c0001`)).toBeUndefined();
    expect(await db.comments.get(`${postKey}:c0002`)).toBeDefined();
    expect(await db.comments.get(`${postKey}:UgzB6vXkZ9`)).toBeDefined();
  });
});

describe('StorageMaintenance: after ingests, at most every few hours; at once when the disk is full', () => {
  test('runs after the first ingest, not again within its interval (even in a new worker), again after it', async () => {
    let now = NOW;
    await db.snapshots.bulkAdd(history('post:youtube:untracked01', 30));
    const maintenance = new StorageMaintenance(db, { now: () => now });
    maintenance.afterIngest();
    await maintenance.idle();
    expect((await db.maintenance.get(RETENTION_TASK))?.lastRunAt).toBe(NOW);

    // A new worker (new instance) an hour later: the stored lastRunAt says it is not due.
    now = NOW + HOUR;
    const woken = new StorageMaintenance(db, { now: () => now });
    woken.afterIngest();
    await woken.idle();
    expect((await db.maintenance.get(RETENTION_TASK))?.lastRunAt).toBe(NOW);

    // The same worker looks again only after CHECK_INTERVAL_MS: not even the maintenance row is read before.
    const reads = vi.spyOn(db.maintenance, 'get');
    now += CHECK_INTERVAL_MS - 1;
    woken.afterIngest();
    await woken.idle();
    expect(reads).not.toHaveBeenCalled();

    now = NOW + RUN_INTERVAL_MS + 1;
    woken.afterIngest();
    await woken.idle();
    expect((await db.maintenance.get(RETENTION_TASK))?.lastRunAt).toBe(now);
  });

  test('a compaction that fails is logged, and the next one runs', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const maintenance = new StorageMaintenance(db, { now: () => NOW });
    vi.spyOn(db.maintenance, 'get').mockRejectedValueOnce(new Error('read failed'));
    maintenance.afterIngest();
    await maintenance.idle();
    expect(logged).toHaveBeenCalledWith('[castlist] storage compaction failed:', expect.any(Error));
  });
});
