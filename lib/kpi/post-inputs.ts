/**
 * A stored post made ready for the creator KPIs: its newest counts, when they were read, what its views measure,
 * and the creator's followers at capture time, each with the evidence it came from.
 *
 * Followers at capture time (product.md) = the creator snapshot nearest in time to the reading of the post's counts;
 * the creator row's newest followers only when no snapshot has followers (rows stored without history).
 */
import type { Count } from '../count';
import type { KpiPost } from '../db/creator-summary';
import type { CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import type { Metrics } from './engagement-rate';
import { type ViewsDefinition, viewsDefinitionOf } from './shorts-views';

/** A count with where it came from: the text the page showed, and when it was read. */
export interface CountEvidence {
  value: number;
  min: number;
  max: number;
  exact: boolean;
  text: string;
  readAt: number;
}

export interface FollowersAtCapture {
  count: Count;
  readAt: number;
  /** The creator snapshot it came from; null when it came from the creator row (no snapshot had followers). */
  snapshotId: string | null;
  /** |followers' reading − the post's reading|, so the card can say "read 3 days apart". */
  gapMs: number;
}

export interface PostInput {
  key: string;
  postId: string;
  url: string;
  platform: PostRow['platform'];
  publishedAt: number | null;
  format: PostRow['format'];
  sponsored: boolean | null;
  pinned: boolean;
  lastSeenAt: number;
  metrics: Metrics;
  /** Each count's evidence. */
  counts: Partial<Record<keyof Metrics, CountEvidence>>;
  /** When the post's counts were read (the newest of their readings). */
  readAt: number;
  followers: FollowersAtCapture | null;
  viewsDefinition: ViewsDefinition;
}

/** The creator's follower readings, oldest first, for nearest-in-time lookups. */
export interface FollowerTimeline {
  points: ReadonlyArray<{ readAt: number; count: Count; snapshotId: string }>;
  fallback: { count: Count; readAt: number } | null;
}

export function followerTimeline(creator: Pick<CreatorRow, 'latest'>, creatorSnapshots: readonly SnapshotRow[]): FollowerTimeline {
  const points = creatorSnapshots
    .flatMap((snapshot) => (snapshot.counts.followers ? [{ readAt: snapshot.readAt, count: snapshot.counts.followers, snapshotId: snapshot.id }] : []))
    .sort((a, b) => a.readAt - b.readAt || a.snapshotId.localeCompare(b.snapshotId));
  const latest = creator.latest.followers;
  return { points, fallback: latest ? { count: latest, readAt: latest.readAt } : null };
}

/** The follower reading nearest in time to `at` (ties go to the earlier one). */
export function followersAt(timeline: FollowerTimeline, at: number): FollowersAtCapture | null {
  const { points } = timeline;
  if (points.length === 0) {
    const fallback = timeline.fallback;
    return fallback ? { count: fallback.count, readAt: fallback.readAt, snapshotId: null, gapMs: Math.abs(fallback.readAt - at) } : null;
  }
  // Binary search for the first point read at or after `at`.
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (points[middle]!.readAt < at) low = middle + 1;
    else high = middle;
  }
  const after = points[low];
  const before = points[low - 1];
  const nearest = !after || (before && at - before.readAt <= after.readAt - at) ? before! : after;
  return { count: nearest.count, readAt: nearest.readAt, snapshotId: nearest.snapshotId, gapMs: Math.abs(nearest.readAt - at) };
}

/** A stored post row, or a creator summary's entry for it (lib/db/creator-summary.ts): the KPIs read the same fields of both. */
export function postInputOf(post: KpiPost, timeline: FollowerTimeline): PostInput {
  // The stored counts are used as they are (a stored count is a Count with its text, source and readAt): no copies.
  const metrics: Metrics = post.latest;
  const counts: PostInput['counts'] = post.latest;
  let readAt = post.lastSeenAt;
  let newest = Number.NEGATIVE_INFINITY;
  for (const metric in post.latest) newest = Math.max(newest, post.latest[metric as keyof Metrics]!.readAt);
  if (Number.isFinite(newest)) readAt = newest;
  const viewsReadAt = post.latest.views?.readAt ?? readAt;
  return {
    key: post.key,
    postId: post.postId,
    url: post.url,
    platform: post.platform,
    publishedAt: post.publishedAt,
    format: post.format,
    sponsored: post.sponsored,
    pinned: post.pinned === true,
    lastSeenAt: post.lastSeenAt,
    metrics,
    counts,
    readAt,
    followers: followersAt(timeline, readAt),
    viewsDefinition: viewsDefinitionOf(post.platform, post.format, post.publishedAt, viewsReadAt),
  };
}

/**
 * Newest first: by publish time; posts without one after the dated ones, by when they were last seen; then by key,
 * so that the order (and so the window of the last N posts) never depends on the order rows came out of the database.
 */
export function byRecency(a: Pick<PostInput, 'publishedAt' | 'key' | 'lastSeenAt'>, b: typeof a): number {
  const dated = (post: typeof a) => (post.publishedAt === null ? 0 : 1);
  return (
    dated(b) - dated(a) ||
    (b.publishedAt ?? 0) - (a.publishedAt ?? 0) ||
    b.lastSeenAt - a.lastSeenAt ||
    a.key.localeCompare(b.key)
  );
}
