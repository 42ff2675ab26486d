/**
 * How a reading of a creator, a post or a comment merges into the row already stored for it.
 *   - Seen times widen: firstSeenAt is the earliest reading, lastSeenAt the latest.
 *   - Counts follow mergeLatestCounts: each replaced only by a reading at least as recent as the stored one.
 *   - Other fields (name, caption, …) are replaced when the reading has them and is not older than the row; a field
 *     the reading does not show never erases what an earlier reading found.
 */
import type { CommentRow, CreatorRow, PostRow } from '../db/rows';
import { creatorKeyOf } from '../reading/keys';
import {
  CREATOR_METRICS,
  type CommentReading,
  type CreatorReading,
  type Platform,
  type PostReading,
  type Reading,
} from '../reading/reading';
import { countsPresent, mergeLatestCounts, storedCountOf } from './latest-counts';

/** When and where a reading was made; every row written from it carries these. */
export interface Visit {
  platform: Platform;
  visitId: string;
  readAt: number;
  pageUrl: string;
}

/**
 * Picks between a field the reading shows and the stored one. A reading older than the row only fills gaps.
 */
function fieldMerger(isNotOlder: boolean) {
  return <T>(incoming: T | null | undefined, stored: T | null | undefined): T | null =>
    incoming !== undefined && incoming !== null && (isNotOlder || stored === undefined || stored === null)
      ? incoming
      : (stored ?? null);
}

function seenTimes(stored: { firstSeenAt: number; lastSeenAt: number } | undefined, readAt: number) {
  return {
    firstSeenAt: Math.min(stored?.firstSeenAt ?? readAt, readAt),
    lastSeenAt: Math.max(stored?.lastSeenAt ?? readAt, readAt),
  };
}

export function isoToEpoch(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const epoch = Date.parse(iso);
  return Number.isNaN(epoch) ? null : epoch;
}

export function mergeCreatorRow(
  stored: CreatorRow | undefined,
  key: string,
  creator: CreatorReading,
  visit: Visit,
): CreatorRow {
  const newer = fieldMerger(!stored || visit.readAt >= stored.lastSeenAt);
  const latest = mergeLatestCounts(stored?.latest ?? {}, countsPresent(creator, CREATOR_METRICS), visit.readAt);
  return {
    key,
    platform: visit.platform,
    // Part of the key (creatorKeyOf): a row never changes kind.
    kind: creator.kind ?? 'person',
    handle: newer(creator.handle?.replace(/^@/, '').trim() || null, stored?.handle),
    name: newer(creator.name, stored?.name),
    platformId: newer(creator.id, stored?.platformId),
    url: newer(creator.url, stored?.url),
    verified: newer(creator.verified, stored?.verified),
    ...seenTimes(stored, visit.readAt),
    latest,
    followersValue: latest.followers?.value ?? null,
  };
}

/**
 * Whose post this is: its author's, and no one else's. The reading names each post's author (lib/sites/
 * post-attribution.ts, where the page's surface is known); a post without one is never taken for the page creator's,
 * whatever the page, since a page that lists a post does not make it its creator's (recommendations, tagged posts,
 * shelves of other channels).
 */
export function creatorKeyOfPost(
  platform: Platform,
  post: PostReading,
  pageCreator: CreatorReading | null,
  pageCreatorKey: string | null,
): string | null {
  const authorKey = post.author ? creatorKeyOf(platform, post.author) : null;
  if (!authorKey) return null;
  // The page may name its creator by handle and the post's author by id only (or the other way round).
  if (post.author?.id && pageCreator?.id === post.author.id) return pageCreatorKey;
  return authorKey;
}

/**
 * The posts of a reading that are stored: every post whose author the database can key, and on a post page the
 * page's own post (the reading's first) even without one, stored under nobody. Any other post without an author
 * is a tile nothing attributes: it is not stored at all.
 */
export function storablePosts(reading: Reading): PostReading[] {
  return reading.posts.filter(
    (post, index) => (post.author && creatorKeyOf(reading.platform, post.author) !== null) || (reading.surface === 'post' && index === 0),
  );
}

export function mergePostRow(
  stored: PostRow | undefined,
  key: string,
  post: PostReading,
  creatorKey: string | null,
  visit: Visit,
): PostRow {
  const newer = fieldMerger(!stored || visit.readAt >= stored.lastSeenAt);
  return {
    key,
    platform: visit.platform,
    postId: post.id,
    creatorKey: newer(creatorKey, stored?.creatorKey),
    url: newer(post.url, stored?.url) ?? post.url,
    title: newer(post.title, stored?.title),
    caption: newer(post.caption, stored?.caption),
    publishedAt: newer(isoToEpoch(post.publishedAt), stored?.publishedAt),
    format: newer(post.format, stored?.format),
    sponsored: newer(post.sponsored, stored?.sponsored),
    pinned: newer(post.pinned, stored?.pinned),
    ...seenTimes(stored, visit.readAt),
    latest: mergeLatestCounts(stored?.latest ?? {}, post.metrics, visit.readAt),
  };
}

export function mergeCommentRow(
  stored: CommentRow | undefined,
  key: string,
  postKey: string,
  comment: CommentReading,
  visit: Visit,
): CommentRow {
  const newer = fieldMerger(!stored || visit.readAt >= stored.lastSeenAt);
  return {
    key,
    platform: visit.platform,
    postKey,
    commentId: newer(comment.id, stored?.commentId),
    author: newer(comment.author, stored?.author) ?? comment.author,
    authorName: newer(comment.authorName, stored?.authorName),
    text: newer(comment.text, stored?.text) ?? comment.text,
    publishedAt: newer(isoToEpoch(comment.publishedAt), stored?.publishedAt),
    publishedText: newer(comment.publishedText, stored?.publishedText),
    likes: newer(comment.likes && storedCountOf(comment.likes), stored?.likes),
    replies: newer(comment.replies && storedCountOf(comment.replies), stored?.replies),
    // Once seen, these stay: a creator's reply may be collapsed on the next visit, but it happened.
    byCreator: (comment.byCreator ?? false) || (stored?.byCreator ?? false),
    creatorReplied: (comment.creatorReplied ?? false) || (stored?.creatorReplied ?? false),
    ...seenTimes(stored, visit.readAt),
  };
}
