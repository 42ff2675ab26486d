/**
 * Stores one validated reading, in one read-write transaction (so a reading is stored whole or not at all):
 *   creator and posts    → upserted rows whose `latest` counts only move forward in time (row-merges.ts)
 *   each counted entity  → one snapshot per visit: the point on its history curve
 *   comments             → upserted rows, keyed by platform id or by a hash of author and text; a post keeps at most
 *                          COMMENTS_PER_POST of them, the least recently seen going first (retention-policy.ts)
 *   problems and finds   → reader events, replaced per visit
 *
 * Idempotent per visit: snapshots are keyed `${visitId}:${entityKey}` and reader events are replaced by visit, so a
 * retried message stores nothing twice and a re-read as the page fills in updates the visit's point instead of
 * adding one. A new visitId adds a new point: that is how every visit becomes a timestamped data point.
 */
import type { SourcedCount } from '../count';
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import { COMMENTS_PER_POST } from '../db/retention-policy';
import type { CommentRow, EntityKind, PostRow, ReaderEventRow, SnapshotRow } from '../db/rows';
import type { CaptureReadingMessage } from '../messages/background-messages';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../reading/keys';
import { CREATOR_METRICS, type CommentReading, type PostReading, type Reading } from '../reading/reading';
import { commentKeyOf } from './comment-key';
import { countsPresent, storedCountOf } from './latest-counts';
import { readerEventsOf } from './reader-events';
import { creatorKeyOfPost, mergeCommentRow, mergeCreatorRow, mergePostRow, storablePosts, type Visit } from './row-merges';

export interface IngestResult {
  creators: number;
  posts: number;
  snapshots: number;
  comments: number;
}

/**
 * How far past the background's clock a reading may be dated. Content scripts share the machine's clock, so more
 * than this is a broken or hostile message, and a reading dated in the future would stay "latest" for ever.
 */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;

/** A reading that passed the schema but cannot be stored as it is. */
export class RejectedReadingError extends Error {
  override name = 'RejectedReadingError';
}

export async function ingestReading(
  db: CastlistDatabase,
  message: CaptureReadingMessage,
  now: number = Date.now(),
): Promise<IngestResult> {
  const reading: Reading = message.reading;
  const readAt = Date.parse(reading.readAt);
  if (Number.isNaN(readAt)) throw new RejectedReadingError(`readAt is not a date: "${reading.readAt}"`);
  if (readAt > now + MAX_FUTURE_SKEW_MS) {
    throw new RejectedReadingError(
      `the reading is dated ${reading.readAt}, after the background's clock (${new Date(now).toISOString()})`,
    );
  }
  const visit: Visit = { platform: reading.platform, visitId: message.visitId, readAt, pageUrl: reading.url };
  const pageCreatorKey = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
  const posts = postsByKey(reading);
  const comments = commentsByKey(reading);
  const readerEvents = readerEventsOf(reading, visit.visitId, readAt);

  return db.transaction('rw', [db.creators, db.posts, db.snapshots, db.comments, db.readerEvents], async () => {
    const snapshots: SnapshotRow[] = [];

    let creatorsWritten = 0;
    if (reading.creator && pageCreatorKey) {
      const stored = await db.creators.get(pageCreatorKey);
      await db.creators.put(mergeCreatorRow(stored, pageCreatorKey, reading.creator, visit));
      creatorsWritten = 1;
      const counts = countsPresent(reading.creator, CREATOR_METRICS);
      pushSnapshot(snapshots, 'creator', pageCreatorKey, counts, visit);
    }

    const storedPosts = await db.posts.bulkGet([...posts.keys()]);
    const postRows: PostRow[] = [...posts].map(([key, post], index) => {
      const creatorKey = creatorKeyOfPost(reading.platform, post, reading.creator, pageCreatorKey);
      pushSnapshot(snapshots, 'post', key, post.metrics, visit);
      return mergePostRow(storedPosts[index], key, post, creatorKey, visit);
    });
    await db.posts.bulkPut(postRows);

    const storedComments = await db.comments.bulkGet([...comments.keys()]);
    const commentRows: CommentRow[] = [...comments].map(([key, { postKey, comment }], index) =>
      mergeCommentRow(storedComments[index], key, postKey, comment, visit),
    );
    await db.comments.bulkPut(commentRows);
    await trimCommentsOfPosts(db, new Set(commentRows.map((row) => row.postKey)));

    const snapshotsWritten = await putSnapshotsUnlessNewer(db, snapshots);
    await replaceReaderEventsOfVisit(db, readerEvents, visit);

    return {
      creators: creatorsWritten,
      posts: postRows.length,
      snapshots: snapshotsWritten,
      comments: commentRows.length,
    };
  });
}

/** A page can list one post twice (pinned and in the grid): one row, with what both listings showed. */
function postsByKey(reading: Reading): Map<string, PostReading> {
  const posts = new Map<string, PostReading>();
  for (const post of storablePosts(reading)) {
    const key = postKeyOf(reading.platform, post.id);
    const earlier = posts.get(key);
    posts.set(key, earlier ? { ...earlier, ...definedFields(post), metrics: { ...earlier.metrics, ...post.metrics } } : post);
  }
  return posts;
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as Partial<T>;
}

function commentsByKey(reading: Reading): Map<string, { postKey: string; comment: CommentReading }> {
  const comments = new Map<string, { postKey: string; comment: CommentReading }>();
  const occurrences = new Map<string, number>();
  for (const comment of reading.comments) {
    const postKey = postKeyOf(reading.platform, comment.postId);
    const baseKey = commentKeyOf(postKey, comment);
    // With an id, a repeat is the same comment listed twice; without one, it is a second identical comment.
    const occurrence = comment.id ? 1 : (occurrences.get(baseKey) ?? 0) + 1;
    occurrences.set(baseKey, occurrence);
    comments.set(commentKeyOf(postKey, comment, occurrence), { postKey, comment });
  }
  return comments;
}

function pushSnapshot(
  snapshots: SnapshotRow[],
  kind: EntityKind,
  key: string,
  counts: Partial<Record<string, SourcedCount>>,
  visit: Visit,
): void {
  const stored: SnapshotRow['counts'] = {};
  for (const [metric, count] of Object.entries(counts)) {
    if (count) stored[metric as keyof SnapshotRow['counts']] = storedCountOf(count);
  }
  if (Object.keys(stored).length === 0) return; // nothing read: no point on the curve
  const entityKey = entityKeyOf(kind, key);
  snapshots.push({
    id: `${visit.visitId}:${entityKey}`,
    visitId: visit.visitId,
    entityKey,
    kind,
    platform: visit.platform,
    readAt: visit.readAt,
    pageUrl: visit.pageUrl,
    counts: stored,
  });
}

/** Keeps each post's comments within COMMENTS_PER_POST: the least recently seen beyond it are removed. */
async function trimCommentsOfPosts(db: CastlistDatabase, postKeys: ReadonlySet<string>): Promise<void> {
  for (const postKey of postKeys) {
    const excess = (await db.comments.where('postKey').equals(postKey).count()) - COMMENTS_PER_POST;
    if (excess <= 0) continue;
    const oldest = await db.comments
      .where('[postKey+lastSeenAt]')
      .between([postKey, Dexie.minKey], [postKey, Dexie.maxKey])
      .limit(excess)
      .primaryKeys();
    await db.comments.bulkDelete(oldest);
  }
}

/** A visit's point is replaced by a re-read of the visit, but not by an older read of it that arrives late. */
async function putSnapshotsUnlessNewer(db: CastlistDatabase, snapshots: SnapshotRow[]): Promise<number> {
  const stored = await db.snapshots.bulkGet(snapshots.map((snapshot) => snapshot.id));
  const toWrite = snapshots.filter((snapshot, index) => {
    const existing = stored[index];
    return !existing || snapshot.readAt >= existing.readAt;
  });
  await db.snapshots.bulkPut(toWrite);
  return toWrite.length;
}

/**
 * The events of a visit say what its latest read found and missed: re-ingesting the visit deletes the events it
 * wrote before (found through the v3 [visitId+pageUrl] index) and writes the new ones, unless a newer read of the
 * visit is already stored.
 */
async function replaceReaderEventsOfVisit(db: CastlistDatabase, events: ReaderEventRow[], visit: Visit): Promise<void> {
  const previous = await db.readerEvents.where('[visitId+pageUrl]').equals([visit.visitId, visit.pageUrl]).toArray();
  if (previous.some((event) => event.at > visit.readAt)) return;
  await db.readerEvents.bulkDelete(previous.flatMap((event) => (event.id === undefined ? [] : [event.id])));
  await db.readerEvents.bulkAdd(events);
}
