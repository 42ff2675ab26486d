/**
 * The Dexie reads behind the casting card (lib/kpi/casting-card.ts): a creator's rows, and the KPI records of the
 * other creators of the same platform and tier for the personal benchmark. Plain Dexie queries, as in queries.ts, so
 * components can run them in useLiveQuery; the CLI's `report` runs them too.
 *
 * What is read, and why not more: every post row of the creator (their `latest` counts are what the KPIs use), every
 * creator snapshot (followers at capture time, growth), and the newest RECENT_POST_SNAPSHOTS snapshots of only the
 * newest posts with views (postsNeedingHistory: views per hour needs the newest two a minute apart). A post's full
 * history is read when the panel opens that post.
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CommentRow, CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import type { CreatorKpiRecord } from '../benchmarks/personal-benchmark';
import { type Tier, spanOfTiers } from '../benchmarks/tiers';
import { postsNeedingHistory } from '../kpi/casting-card';
import { DEFAULT_ENGAGEMENT_OPTIONS, type EngagementOptions } from '../kpi/creator-engagement';
import { creatorKpiRecord } from '../kpi/kpi-record';
import { entityKeyOf } from '../reading/keys';
import type { Platform } from '../reading/reading';

export interface CastingRows {
  creator: CreatorRow;
  posts: PostRow[];
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
 * The keys of the creator's newest dated posts, newest first, from the [creatorKey+publishedAt] index alone (no post
 * row is read): nearly always the posts postsNeedingHistory picks, so their snapshots can be read beside the rows.
 */
function newestDatedPostKeys(db: CastlistDatabase, creatorKey: string, limit: number): Promise<string[]> {
  return db.posts.where('[creatorKey+publishedAt]').between([creatorKey, Dexie.minKey], [creatorKey, Dexie.maxKey]).reverse().limit(limit).primaryKeys();
}

/** A creator's rows for the card; null when the creator is not in the database. */
export async function castingRowsOf(
  db: CastlistDatabase,
  creatorKey: string,
  historyPosts: number = DEFAULT_ENGAGEMENT_OPTIONS.windowSize,
): Promise<CastingRows | null> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments], async () => {
    // First round, all at once: the rows that need only the creator's key, and the newest snapshots of the newest
    // dated posts (found by index), which are the posts needing history unless some of them have no views or are
    // undated. Waiting for the 500 post rows before asking for those snapshots made the card's reads two rounds.
    // Plain promise chains, as elsewhere in this scope: no native async function inside the transaction's zone.
    const guessedHistory = newestDatedPostKeys(db, creatorKey, historyPosts).then((keys) =>
      Promise.all(keys.map((key) => newestSnapshotsOf(db, entityKeyOf('post', key), RECENT_POST_SNAPSHOTS))).then(
        (lists) => new Map(keys.map((key, index) => [key, lists[index]!])),
      ),
    );
    const [creator, posts, creatorSnapshots, guessed] = await Promise.all([
      db.creators.get(creatorKey),
      db.posts.where('creatorKey').equals(creatorKey).toArray(),
      snapshotsOf(db, entityKeyOf('creator', creatorKey)),
      guessedHistory,
    ]);
    if (!creator) return null;
    // Second round: the comments, and the snapshots of any post needing history that the guess missed. Only the
    // posts postsNeedingHistory names are kept, in its order, so the rows are the same whatever was guessed.
    const withHistory = postsNeedingHistory(posts, historyPosts);
    const [postSnapshots, comments] = await Promise.all([
      Promise.all(withHistory.map((post) => guessed.get(post.key) ?? newestSnapshotsOf(db, entityKeyOf('post', post.key), RECENT_POST_SNAPSHOTS))).then((lists) => lists.flat()),
      posts.length ? db.comments.where('postKey').anyOf(posts.map((post) => post.key)).toArray() : Promise.resolve([]),
    ]);
    return { creator, posts, creatorSnapshots, postSnapshots, comments };
  });
}

/**
 * The KPI records of every creator read on `platform` whose followers lie in `tiers` (the [platform+followersValue]
 * index), the creator `excludeKey` left out: what the personal benchmark ranks a creator among.
 */
export async function peerKpiRecords(
  db: CastlistDatabase,
  platform: Platform,
  tiers: readonly Tier[],
  excludeKey: string | null,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): Promise<CreatorKpiRecord[]> {
  const span = spanOfTiers(tiers);
  return db.transaction('r', [db.creators, db.posts, db.snapshots], async () => {
    const creators = await db.creators
      .where('[platform+followersValue]')
      .between([platform, span.min], [platform, span.max ?? Dexie.maxKey], true, false)
      .filter((creator) => creator.key !== excludeKey)
      .toArray();
    const records = await Promise.all(
      creators.map(async (creator) => {
        const [posts, snapshots] = await Promise.all([
          db.posts.where('creatorKey').equals(creator.key).toArray(),
          snapshotsOf(db, entityKeyOf('creator', creator.key)),
        ]);
        return creatorKpiRecord(creator, posts, snapshots, options);
      }),
    );
    return records.filter((record): record is CreatorKpiRecord => record !== null);
  });
}
