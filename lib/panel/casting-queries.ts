/**
 * The Dexie reads behind the casting card (lib/kpi/casting-card.ts): a creator's rows, and the KPI records of the
 * other creators of the same platform and tier for the personal benchmark. Plain Dexie queries, as in queries.ts, so
 * components can run them in useLiveQuery; the CLI's `report` runs them too.
 *
 * What is read, and why not more: the creator's summary (schema v7, lib/db/creator-summary.ts: the numbers the KPIs
 * use of every post, in one packed row) instead of every post row, and the post rows only of the posts the card lists
 * with their details (postsListedByCard: the creator ER's posts used, left out and flagged, the breakouts, the posts
 * with views per hour), so every number the card shows stays traceable to its row and snapshots; every creator
 * snapshot (followers at capture time, growth), and the newest RECENT_POST_SNAPSHOTS snapshots of only the newest
 * posts with views (postsNeedingHistory: views per hour needs the newest two a minute apart). A post's full history is
 * read when the panel opens that post.
 *
 * Fallback: a creator with no usable summary (none, another shape), or one that disagrees with the rows (it counts
 * another number of posts than the creatorKey index holds, or a listed post's row is missing, belongs to someone
 * else or was seen at another time than the summary says), is read from every post row as before v7. The summary is
 * kept in step by lib/db/summary-middleware.ts on every write to `posts`, so this should not happen; if some write
 * ever slips past it, the card is slower, never wrong.
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import { type CreatorSummaryRow, type KpiPost, SUMMARY_SHAPE, isUsableSummary, summaryPosts } from '../db/creator-summary';
import type { CommentRow, CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import type { CreatorKpiRecord } from '../benchmarks/personal-benchmark';
import { type Tier, spanOfTiers } from '../benchmarks/tiers';
import { postsListedByCard, postsNeedingHistory } from '../kpi/casting-card';
import { DEFAULT_ENGAGEMENT_OPTIONS, type EngagementOptions } from '../kpi/creator-engagement';
import { creatorKpiRecord } from '../kpi/kpi-record';
import { entityKeyOf } from '../reading/keys';
import type { Platform } from '../reading/reading';

export interface CastingRows {
  creator: CreatorRow;
  /** Every post of the creator as the KPIs read it: its stored row where read (postRows), else its summary's entry. */
  posts: KpiPost[];
  /** The post rows read: those of the posts the card lists, or every post's when the creator had no usable summary. */
  postRows: ReadonlyMap<string, PostRow>;
  /** Whether the posts' numbers came from the creator's summary (false: from every post row, the fallback). */
  fromSummary: boolean;
  /** The window (N) the rows were read for: the posts the card lists in a window of this size have their rows. */
  windowSize: number;
  creatorSnapshots: SnapshotRow[];
  postSnapshots: SnapshotRow[];
  comments: CommentRow[];
}

/** Snapshots kept per post for views per hour: the newest two a minute apart are nearly always among five. */
export const RECENT_POST_SNAPSHOTS = 5;

/** Every snapshot of one creator or post, oldest first. */
function snapshotsOf(db: CastlistDatabase, entityKey: string): Promise<SnapshotRow[]> {
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
}

/** The newest `limit` snapshots of one post, newest first. */
function newestSnapshotsOf(db: CastlistDatabase, entityKey: string, limit: number): Promise<SnapshotRow[]> {
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).reverse().limit(limit).toArray();
}

/**
 * The creator's newest dated post rows, newest first, through the [creatorKey+publishedAt] index: one request. They
 * are nearly always the posts the card lists (its window is the newest posts) and the posts postsNeedingHistory picks,
 * so their snapshots can be read beside the summary, and only the listed posts outside them (an old pinned post, an
 * old breakout) are read one by one after it. Every request is a round trip to IndexedDB's backend: a dozen `get`s
 * of single rows cost as much as one read of the newest twenty.
 */
function newestDatedPosts(db: CastlistDatabase, creatorKey: string, limit: number): Promise<PostRow[]> {
  return db.posts.where('[creatorKey+publishedAt]').between([creatorKey, Dexie.minKey], [creatorKey, Dexie.maxKey]).reverse().limit(limit).toArray();
}

/** Rows read beyond the window with the newest ones: posts left out of the window (no likes shown, no views) push it back. */
export const NEWEST_ROWS_BEYOND_WINDOW = 8;

/**
 * The creator's summary when it can stand for their rows: usable, and counting as many posts as the index holds. A
 * creator without posts has no summary row (the middleware deletes an empty one): an empty summary stands for none.
 */
function summaryIfCurrent(creatorKey: string, summary: CreatorSummaryRow | undefined, postCount: number): CreatorSummaryRow | null {
  if (!summary && postCount === 0) return { creatorKey, shape: SUMMARY_SHAPE, keys: [], numbers: new Float64Array(0) };
  return isUsableSummary(summary) && summary.keys.length === postCount ? summary : null;
}

/** A creator's rows for the card; null when the creator is not in the database. */
export async function castingRowsOf(
  db: CastlistDatabase,
  creatorKey: string,
  historyPosts: number = DEFAULT_ENGAGEMENT_OPTIONS.windowSize,
): Promise<CastingRows | null> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments, db.creatorSummaries], async () => {
    // First round, all at once: the rows that need only the creator's key (the summary, and how many post rows the
    // index holds to check it against), and the newest snapshots of the newest dated posts (found by index), which are
    // the posts needing history unless some of them have no views or are undated.
    // Plain promise chains, as elsewhere in this scope: no native async function inside the transaction's zone.
    const newestRows = newestDatedPosts(db, creatorKey, historyPosts + NEWEST_ROWS_BEYOND_WINDOW);
    const guessedHistory = newestRows.then((rows) => {
      const keys = rows.slice(0, historyPosts).map((row) => row.key);
      return Promise.all(keys.map((key) => newestSnapshotsOf(db, entityKeyOf('post', key), RECENT_POST_SNAPSHOTS))).then(
        (lists) => new Map(keys.map((key, index) => [key, lists[index]!])),
      );
    });
    const [creator, storedSummary, postCount, creatorSnapshots, newest, guessed] = await Promise.all([
      db.creators.get(creatorKey),
      db.creatorSummaries.get(creatorKey),
      db.posts.where('creatorKey').equals(creatorKey).count(),
      snapshotsOf(db, entityKeyOf('creator', creatorKey)),
      newestRows,
      guessedHistory,
    ]);
    if (!creator) return null;
    const summary = summaryIfCurrent(creatorKey, storedSummary, postCount);
    const historyOf = (posts: readonly KpiPost[]) =>
      Promise.all(
        postsNeedingHistory(posts, historyPosts).map((post) => guessed.get(post.key) ?? newestSnapshotsOf(db, entityKeyOf('post', post.key), RECENT_POST_SNAPSHOTS)),
      ).then((lists) => lists.flat());
    const commentsOf = (keys: readonly string[]) => (keys.length ? db.comments.where('postKey').anyOf([...keys]).toArray() : Promise.resolve([]));

    if (summary) {
      // Second round: the rows of the posts the card lists, the comments, and the snapshots of any post needing
      // history that the guess missed.
      const fromSummary = summaryPosts(summary);
      const listed = [...postsListedByCard(creator, fromSummary, creatorSnapshots, historyPosts)];
      const postRows = new Map<string, PostRow>(newest.map((row) => [row.key, row]));
      const [otherRows, postSnapshots, comments] = await Promise.all([
        db.posts.bulkGet(listed.filter((key) => !postRows.has(key))),
        historyOf(fromSummary),
        commentsOf(summary.keys),
      ]);
      otherRows.forEach((row) => row && postRows.set(row.key, row));
      const byKey = new Map(fromSummary.map((post) => [post.key, post]));
      const agrees =
        listed.every((key) => postRows.has(key)) &&
        [...postRows.values()].every((row) => row.creatorKey === creatorKey && row.lastSeenAt === byKey.get(row.key)?.lastSeenAt);
      if (agrees) {
        return { creator, posts: fromSummary.map((post) => postRows.get(post.key) ?? post), postRows, fromSummary: true, windowSize: historyPosts, creatorSnapshots, postSnapshots, comments };
      }
    }
    // No usable summary (or one out of step with the rows): every post row, as before schema v7.
    const posts = await db.posts.where('creatorKey').equals(creatorKey).toArray();
    const [postSnapshots, comments] = await Promise.all([historyOf(posts), commentsOf(posts.map((post) => post.key))]);
    return { creator, posts, postRows: new Map(posts.map((post) => [post.key, post])), fromSummary: false, windowSize: historyPosts, creatorSnapshots, postSnapshots, comments };
  });
}

/**
 * The KPI records of every creator read on `platform` whose followers lie in `tiers` (the [platform+followersValue]
 * index), the creator `excludeKey` left out: what the personal benchmark ranks a creator among. Each from the
 * creator's summary (a record is numbers only), or from their post rows when they have no usable summary.
 */
export async function peerKpiRecords(
  db: CastlistDatabase,
  platform: Platform,
  tiers: readonly Tier[],
  excludeKey: string | null,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): Promise<CreatorKpiRecord[]> {
  const span = spanOfTiers(tiers);
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.creatorSummaries], async () => {
    const creators = await db.creators
      .where('[platform+followersValue]')
      .between([platform, span.min], [platform, span.max ?? Dexie.maxKey], true, false)
      .filter((creator) => creator.key !== excludeKey)
      .toArray();
    const records = await Promise.all(
      creators.map(async (creator) => {
        const [summary, postCount, snapshots] = await Promise.all([
          db.creatorSummaries.get(creator.key),
          db.posts.where('creatorKey').equals(creator.key).count(),
          snapshotsOf(db, entityKeyOf('creator', creator.key)),
        ]);
        const current = summaryIfCurrent(creator.key, summary, postCount);
        const posts = current ? summaryPosts(current) : await db.posts.where('creatorKey').equals(creator.key).toArray();
        return creatorKpiRecord(creator, posts, snapshots, options);
      }),
    );
    return records.filter((record): record is CreatorKpiRecord => record !== null);
  });
}
