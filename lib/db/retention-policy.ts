/**
 * What Castlist keeps, and for how long. Plain decisions over rows; lib/background/compaction.ts applies them in
 * bounded transactions.
 *
 * Every snapshot of a kept creator or post stays for ever: a creator on any shortlist and that creator's posts
 * (lib/background/keep-sets.ts; tracked campaign posts join as another keep-set). Everything else is history the
 * user passed by (1,000 feed tiles a visit), kept at decreasing detail:
 *
 *   age ≤ fullDetailDays (7)         every snapshot: the first week is when a campaign manager revisits a post and
 *                                     "views per hour between two snapshots" needs every point;
 *   ≤ dailyDays (90)                  the newest snapshot of each entity per UTC day: growth per day and per week
 *                                     (the house growth figures) stay exact, a day's repeated feed visits go;
 *   older                             the newest snapshot of each entity per UTC week (Monday–Sunday): the curve's
 *                                     shape for benchmarks, at a seventh of the daily cost.
 *
 * Creator and post rows are never removed: they hold each count's latest value and are one row per entity.
 * Comments: at most COMMENTS_PER_POST per post (the least recently seen go first), and comments not seen for
 * commentDays (365) are removed unless their post is kept. Reader events: readerEventDays (30, over the panel's
 * 14-day reader-health window), and at most MAX_READER_EVENTS rows.
 */
import * as z from 'zod/mini';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;

/** A post's comments beyond this many (the least recently seen first) are removed at ingest. */
export const COMMENTS_PER_POST = 1_000;
/** Reader events beyond this many (the oldest first) are removed by compaction, whatever their age. */
export const MAX_READER_EVENTS = 50_000;

export const retentionSettingsSchema = z
  .object({
    fullDetailDays: z.number().check(z.int(), z.minimum(1), z.maximum(3_650)),
    dailyDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)),
    readerEventDays: z.number().check(z.int(), z.minimum(14), z.maximum(3_650)),
    commentDays: z.number().check(z.int(), z.minimum(30), z.maximum(36_500)),
  })
  .check(
    z.refine((settings) => settings.dailyDays >= settings.fullDetailDays, {
      message: 'dailyDays must be at least fullDetailDays (daily detail follows full detail)',
      path: ['dailyDays'],
    }),
  );

export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const DEFAULT_RETENTION: RetentionSettings = {
  fullDetailDays: 7,
  dailyDays: 90,
  readerEventDays: 30,
  commentDays: 365,
};

/** 00:00 UTC of the day `time` falls in. */
export function utcDayStart(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** 00:00 UTC of the Monday of the week `time` falls in (1970-01-01 was a Thursday, 3 days after a Monday). */
export function utcWeekStart(time: number): number {
  const MONDAY_OFFSET = 3 * DAY_MS;
  return Math.floor((time + MONDAY_OFFSET) / WEEK_MS) * WEEK_MS - MONDAY_OFFSET;
}

/**
 * Up to when (exclusive) snapshots are compacted to one per day and to one per week at `now`: whole UTC days
 * (weeks) that ended before the detail they would lose stopped being promised.
 */
export function compactionCutoffs(now: number, settings: RetentionSettings): { daily: number; weekly: number } {
  return {
    daily: utcDayStart(now - settings.fullDetailDays * DAY_MS),
    weekly: utcWeekStart(now - settings.dailyDays * DAY_MS),
  };
}

export interface SnapshotRef {
  id: string;
  entityKey: string;
  readAt: number;
}

/**
 * Which snapshots of one window (a day or a week) go: all but the newest of each entity (ties: the greater id),
 * except those of kept entities.
 */
export function snapshotsToRemove(window: readonly SnapshotRef[], isKept: (entityKey: string) => boolean): string[] {
  const newest = new Map<string, SnapshotRef>();
  for (const snapshot of window) {
    const current = newest.get(snapshot.entityKey);
    if (!current || snapshot.readAt > current.readAt || (snapshot.readAt === current.readAt && snapshot.id > current.id)) {
      newest.set(snapshot.entityKey, snapshot);
    }
  }
  return window
    .filter((snapshot) => newest.get(snapshot.entityKey) !== snapshot && !isKept(snapshot.entityKey))
    .map((snapshot) => snapshot.id);
}
