/**
 * A creator's shortlist KPIs from the rows stored now: the casting card (lib/kpi/casting-card.ts) of the creator's
 * posts and creator snapshots, in the shortlist's shape. The same card the background froze at adding, so "when
 * added" and "now" differ only by what was read in between.
 *
 * Views per hour (post snapshots) are not part of a shortlist's figures, so their rows are not read for it; the
 * comments are, for their count and label shares (lib/shortlists/comment-quality.ts).
 */
import type { BenchmarkSet } from '../benchmarks/benchmark-schema';
import type { CommentRow, CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import { castingCard } from '../kpi/casting-card';
import { type CommentSummarizer, commentQualityOfRows } from './comment-quality';
import { type ShortlistKpis, shortlistKpisOf } from './shortlist-kpis';

export interface CreatorKpiInput {
  creator: CreatorRow;
  posts: readonly PostRow[];
  creatorSnapshots: readonly SnapshotRow[];
  /** The comments read on the creator's posts: their count, and lib/comments' label shares over them. */
  comments: readonly CommentRow[];
}

/** `summarize` is lib/comments' summarizeCreatorComments (the caller's to import or load: comment-quality.ts). */
export function kpisNowOf(input: CreatorKpiInput, benchmarks: readonly BenchmarkSet[], now: number, summarize: CommentSummarizer): ShortlistKpis {
  const card = castingCard({ creator: input.creator, posts: input.posts, creatorSnapshots: input.creatorSnapshots, postSnapshots: [], comments: [], benchmarks, now });
  return shortlistKpisOf(card, { read: input.comments.length, quality: commentQualityOfRows(input.creator.key, input.comments, summarize) }, now);
}

/**
 * What the figures depend on, in a few numbers: when it is unchanged since the last computation, so are the KPIs
 * (a live query hands back new objects on every change of any creator; only the changed ones are computed again).
 */
export function kpiInputSignature(input: CreatorKpiInput): string {
  let postsSeen = 0;
  for (const post of input.posts) postsSeen = Math.max(postsSeen, post.lastSeenAt);
  let snapshotsRead = 0;
  for (const snapshot of input.creatorSnapshots) snapshotsRead = Math.max(snapshotsRead, snapshot.readAt);
  let commentsSeen = 0;
  for (const comment of input.comments) commentsSeen = Math.max(commentsSeen, comment.lastSeenAt);
  return [input.creator.lastSeenAt, input.posts.length, postsSeen, input.creatorSnapshots.length, snapshotsRead, input.comments.length, commentsSeen].join('|');
}
