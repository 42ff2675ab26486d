/**
 * Applies the retention policy (lib/db/retention-policy.ts) to the database, in bounded transactions so that
 * readings keep being stored while it runs, and so that a worker stopped in the middle leaves a consistent
 * database: each transaction deletes at most DELETE_CHUNK rows and reads at most READ_PAGE (or the rows of one instant), and the progress marks in
 * the `maintenance` table only move past a day or week once it is fully compacted.
 *
 *   snapshots      each UTC day older than fullDetailDays → the newest point of each entity that day;
 *                  each UTC week older than dailyDays → the newest point of each entity that week;
 *                  points of kept entities (keep-sets.ts) are never removed
 *   reader events  older than readerEventDays, then the oldest beyond MAX_READER_EVENTS
 *   comments       not seen for commentDays, unless their post is kept
 */
import Dexie, { type Table } from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import {
  compactionCutoffs,
  DAY_MS,
  MAX_READER_EVENTS,
  type RetentionSettings,
  type SnapshotRef,
  snapshotsToRemove,
  utcDayStart,
  utcWeekStart,
  WEEK_MS,
} from '../db/retention-policy';
import type { CommentRow, MaintenanceRow, SnapshotRow } from '../db/rows';
import { retentionSettings } from '../db/settings';
import { entityKeyOf } from '../reading/keys';
import { DEFAULT_KEEP_SETS, type KeepSet, keepSetTables, keptEntityKeys } from './keep-sets';

export const RETENTION_TASK = 'retention';
/** Rows deleted per read-write transaction. */
export const DELETE_CHUNK = 500;
/** Rows read per read-only transaction. */
export const READ_PAGE = 2_000;

export interface CompactionOptions {
  now?: number;
  keepSets?: readonly KeepSet[];
  /** Default: the stored `retention` setting, else DEFAULT_RETENTION. */
  settings?: RetentionSettings;
}

export interface CompactionResult {
  snapshots: number;
  comments: number;
  readerEvents: number;
}

export async function compactStorage(db: CastlistDatabase, options: CompactionOptions = {}): Promise<CompactionResult> {
  const now = options.now ?? Date.now();
  const keepSets = options.keepSets ?? DEFAULT_KEEP_SETS;
  const settings = options.settings ?? (await retentionSettings(db));
  const cutoffs = compactionCutoffs(now, settings);
  const state: MaintenanceRow = (await db.maintenance.get(RETENTION_TASK)) ?? {
    key: RETENTION_TASK,
    dailyThrough: null,
    weeklyThrough: null,
    lastRunAt: null,
    lastRemoved: null,
  };
  const removed: CompactionResult = { snapshots: 0, comments: 0, readerEvents: 0 };

  // Days first: a week is compacted from what its days kept.
  for (let day = await nextWindowStart(db, state.dailyThrough, utcDayStart); day !== null && day < cutoffs.daily; ) {
    removed.snapshots += await compactWindow(db, day, day + DAY_MS, keepSets);
    state.dailyThrough = day + DAY_MS;
    await db.maintenance.put(state);
    day = await nextWindowStart(db, state.dailyThrough, utcDayStart);
  }
  for (let week = await nextWindowStart(db, state.weeklyThrough, utcWeekStart); week !== null && week < cutoffs.weekly; ) {
    removed.snapshots += await compactWindow(db, week, week + WEEK_MS, keepSets);
    state.weeklyThrough = week + WEEK_MS;
    await db.maintenance.put(state);
    week = await nextWindowStart(db, state.weeklyThrough, utcWeekStart);
  }
  removed.readerEvents = await pruneReaderEvents(db, now - settings.readerEventDays * DAY_MS);
  removed.comments = await pruneComments(db, now - settings.commentDays * DAY_MS, keepSets);

  await db.maintenance.put({ ...state, lastRunAt: now, lastRemoved: removed });
  return removed;
}

/** The start of the first window at or after `from` that holds a snapshot (empty stretches are skipped). */
async function nextWindowStart(db: CastlistDatabase, from: number | null, windowStart: (time: number) => number): Promise<number | null> {
  const first = await db.snapshots.where('readAt').aboveOrEqual(from ?? Dexie.minKey).first();
  if (!first) return null;
  return Math.max(windowStart(first.readAt), from ?? -Infinity);
}

/** Compacts one day or week: reads it page by page, then deletes what the policy removes, chunk by chunk. */
async function compactWindow(db: CastlistDatabase, start: number, end: number, keepSets: readonly KeepSet[]): Promise<number> {
  const window: SnapshotRef[] = [];
  for await (const page of pagesOf(db, db.snapshots, 'readAt', start, end)) {
    for (const { id, entityKey, readAt } of page) window.push({ id, entityKey, readAt });
  }
  // Decided on the whole window without keep-sets; each chunk re-checks them next to its deletes.
  const candidates = snapshotsToRemove(window, () => false);
  let removed = 0;
  for (let index = 0; index < candidates.length; index += DELETE_CHUNK) {
    const chunk = candidates.slice(index, index + DELETE_CHUNK);
    removed += await db.transaction('rw', [db.snapshots, ...keepSetTables(keepSets).map((name) => db.table(name))], async () => {
      const kept = await keptEntityKeys(db, keepSets);
      const current = await db.snapshots.bulkGet(chunk);
      // A point re-read since (same visit, newer time) is no longer the point that was judged: it stays.
      const ids = current.flatMap((snapshot) =>
        snapshot && snapshot.readAt >= start && snapshot.readAt < end && !kept.has(snapshot.entityKey) ? [snapshot.id] : [],
      );
      await db.snapshots.bulkDelete(ids);
      return ids.length;
    });
  }
  return removed;
}

async function pruneReaderEvents(db: CastlistDatabase, olderThan: number): Promise<number> {
  let removed = 0;
  for (;;) {
    const deleted = await db.transaction('rw', db.readerEvents, async () => {
      const ids = await db.readerEvents.where('at').below(olderThan).limit(DELETE_CHUNK).primaryKeys();
      await db.readerEvents.bulkDelete(ids);
      return ids.length;
    });
    removed += deleted;
    if (deleted < DELETE_CHUNK) break;
  }
  for (;;) {
    const deleted = await db.transaction('rw', db.readerEvents, async () => {
      const excess = (await db.readerEvents.count()) - MAX_READER_EVENTS;
      if (excess <= 0) return 0;
      const ids = await db.readerEvents.orderBy('at').limit(Math.min(excess, DELETE_CHUNK)).primaryKeys();
      await db.readerEvents.bulkDelete(ids);
      return ids.length;
    });
    removed += deleted;
    if (deleted === 0) break;
  }
  return removed;
}

/** Comments last seen before `olderThan`, oldest first, page by page; those of kept posts stay. */
async function pruneComments(db: CastlistDatabase, olderThan: number, keepSets: readonly KeepSet[]): Promise<number> {
  let removed = 0;
  for await (const page of pagesOf(db, db.comments, 'lastSeenAt', Dexie.minKey as number, olderThan)) {
    const keys = page.map((comment) => comment.key);
    for (let index = 0; index < keys.length; index += DELETE_CHUNK) {
      const chunk = keys.slice(index, index + DELETE_CHUNK);
      removed += await db.transaction('rw', [db.comments, ...keepSetTables(keepSets).map((name) => db.table(name))], async () => {
        const kept = await keptEntityKeys(db, keepSets);
        // Seen again since it was read for this page: no longer old.
        const current = await db.comments.bulkGet(chunk);
        const doomed = current.flatMap((comment) =>
          comment && comment.lastSeenAt < olderThan && !kept.has(entityKeyOf('post', comment.postKey)) ? [comment.key] : [],
        );
        await db.comments.bulkDelete(doomed);
        return doomed.length;
      });
    }
  }
  return removed;
}

/**
 * The rows whose `index` (a number) lies in [lower, upper), in index order, a page at a time, each page read in a
 * read-only transaction of its own. Pages continue from the last value read (never by offset, which IndexedDB walks
 * row by row); a run of rows sharing one value longer than a page (one visit's 1,000 tiles share their readAt) is
 * read whole, as one page.
 */
async function* pagesOf<Row extends SnapshotRow | CommentRow>(
  db: CastlistDatabase,
  table: Table<Row, string>,
  index: 'readAt' | 'lastSeenAt',
  lower: number,
  upper: number,
): AsyncGenerator<Row[]> {
  const valueOf = (row: Row) => (row as unknown as Record<typeof index, number>)[index];
  let from = lower;
  let includeFrom = true;
  for (;;) {
    const page = await db.transaction('r', table, () => table.where(index).between(from, upper, includeFrom, false).limit(READ_PAGE).toArray());
    if (page.length < READ_PAGE) {
      if (page.length) yield page;
      return;
    }
    const last = valueOf(page[page.length - 1]!);
    const before = page.filter((row) => valueOf(row) < last);
    if (before.length) {
      yield before; // the rows at `last` start the next page
      from = last;
      includeFrom = true;
    } else {
      yield await db.transaction('r', table, () => table.where(index).equals(last).toArray());
      from = last;
      includeFrom = false;
    }
  }
}
