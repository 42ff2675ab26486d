/**
 * Creator ER (product.md, "House definitions"): the median of the per-post rates over the last N posts read
 * (default 12), the mean beside it, each with the range its inputs' precision allows (ranged-stats.ts says how).
 *
 *   window   the N newest posts (by publish time) that have a rate; a post without one is left out and listed with
 *            why, and the window reaches one post further back instead, so the median always stands on N posts
 *            when the creator has that many: "N shown" is the number the median is taken over.
 *   left out pinned posts (always, wherever they are: they stay at the top of the profile whatever their date and
 *            collect more than a typical post), posts whose likes were not shown (hidden likes would make the rate
 *            falsely low), posts without the denominator (no views: not a video; no follower count read).
 *   outliers rates far from the creator's usual (unusual-values.ts) are flagged and listed, but stay in: the median
 *            is the house's defence against them, and dropping them too would bias it. The mean moves with them,
 *            which is why the card shows both and lists the outliers.
 */
import type { EngagementRate } from './engagement-rate';
import { type InteractionSet, type RateBasis, HOUSE_INTERACTIONS, describeFormula, engagementRate } from './interaction-sets';
import { type CountEvidence, type PostInput, byRecency } from './post-inputs';
import type { RangedValue } from './ranged-ratio';
import { rangedMean, rangedMedian } from './ranged-stats';
import { type ViewsComparability, viewsComparability } from './shorts-views';
import { unusualValues } from './unusual-values';

export const DEFAULT_WINDOW = 12;

export interface EngagementOptions {
  /** N: how many posts the median is taken over. */
  windowSize: number;
  interactions: InteractionSet;
}

export const DEFAULT_ENGAGEMENT_OPTIONS: EngagementOptions = { windowSize: DEFAULT_WINDOW, interactions: HOUSE_INTERACTIONS };

export const LEFT_OUT_REASONS = ['pinned', 'likes-not-shown', 'no-followers', 'no-views', 'zero-denominator'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface PostRef {
  key: string;
  postId: string;
  url: string;
  publishedAt: number | null;
}

export interface UsedPost extends PostRef {
  rate: EngagementRate;
  sponsored: boolean | null;
  /** The counts the rate was computed from, by name, and its denominator (followers with the snapshot they came from). */
  inputs: Partial<Record<string, CountEvidence>>;
  denominator: CountEvidence & { snapshotId: string | null };
}

export interface LeftOutPost extends PostRef {
  reason: LeftOutReason;
  detail: string;
}

export interface OutlierPost extends PostRef {
  direction: 'high' | 'low';
  /** The post's rate / the window's median. */
  factor: number;
  detail: string;
}

export interface CreatorEngagement {
  basis: RateBasis;
  interactions: InteractionSet;
  /** The formula in words. */
  formula: string;
  /** N asked for; postsUsed.length is how many the median stands on (fewer when the creator has fewer posts read). */
  windowSize: number;
  median: RangedValue | null;
  mean: RangedValue | null;
  postsUsed: UsedPost[];
  postsLeftOut: LeftOutPost[];
  outliers: OutlierPost[];
  /** Posts older than the window (pinned ones aside), whether or not they have a rate: they were not looked at. */
  postsOlderThanWindow: number;
  /** Used posts without a publish time (placed after the dated ones, by when they were seen). */
  undatedPostsUsed: number;
  /** By views: whether the view counts measure one thing (YouTube Shorts before/after 2025-03-31). */
  viewsComparability: ViewsComparability | null;
}

const LEFT_OUT_DETAIL: Record<LeftOutReason, string> = {
  pinned: 'pinned by the creator: it stays at the top of the profile whatever its date, so its counts are not those of a typical post',
  'likes-not-shown': 'the page showed no like count (hidden by the owner, or not read): a rate without likes would read falsely low',
  'no-followers': 'no follower count of the creator has been read',
  'no-views': 'no view count (not a video, or the page showed none)',
  'zero-denominator': 'the denominator may be zero',
};

export function refOf(post: PostInput): PostRef {
  return { key: post.key, postId: post.postId, url: post.url, publishedAt: post.publishedAt };
}

/** One post's rate in a formula, or why it has none. Pinned posts are the caller's to set aside. */
export function postRateOf(post: PostInput, basis: RateBasis, interactions: InteractionSet): EngagementRate | LeftOutReason {
  if (!post.metrics.likes) return 'likes-not-shown';
  if (basis === 'followers') {
    if (!post.followers) return 'no-followers';
    return engagementRate(post.metrics, 'followers', post.followers.count, interactions) ?? 'zero-denominator';
  }
  if (!post.metrics.views) return 'no-views';
  return engagementRate(post.metrics, 'views', null, interactions) ?? 'zero-denominator';
}

/** The count a post's rate was divided by, with where it came from. */
function denominatorOf(post: PostInput, basis: RateBasis): UsedPost['denominator'] {
  if (basis === 'views') return { ...post.counts.views!, snapshotId: null };
  const { count, readAt, snapshotId } = post.followers!;
  return { value: count.value, min: count.min, max: count.max, exact: count.exact, text: count.text, readAt, snapshotId };
}

export function leftOut(post: PostInput, reason: LeftOutReason): LeftOutPost {
  return { ...refOf(post), reason, detail: LEFT_OUT_DETAIL[reason] };
}

export function creatorEngagement(
  posts: readonly PostInput[],
  basis: RateBasis,
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): CreatorEngagement {
  const windowSize = Math.max(1, Math.floor(options.windowSize));
  const sorted = [...posts].sort(byRecency);
  const postsUsed: UsedPost[] = [];
  const postsLeftOut: LeftOutPost[] = [];
  const usedInputs: PostInput[] = [];
  let postsOlderThanWindow = 0;
  for (const post of sorted) {
    if (post.pinned) {
      postsLeftOut.push(leftOut(post, 'pinned'));
      continue;
    }
    if (postsUsed.length >= windowSize) {
      postsOlderThanWindow += 1;
      continue;
    }
    const rate = postRateOf(post, basis, options.interactions);
    if (typeof rate === 'string') {
      postsLeftOut.push(leftOut(post, rate));
      continue;
    }
    const inputs: UsedPost['inputs'] = {};
    for (const metric of rate.numerator) inputs[metric] = post.counts[metric];
    postsUsed.push({ ...refOf(post), rate, sponsored: post.sponsored, inputs, denominator: denominatorOf(post, basis) });
    usedInputs.push(post);
  }

  const unusual = unusualValues(postsUsed.map((post) => post.rate.value));
  const outliers: OutlierPost[] = [...unusual].map(([index, found]) => {
    const post = postsUsed[index]!;
    const times = found.factor >= 1 ? `${found.factor.toFixed(1)}× the window's median rate` : `1/${(1 / found.factor).toFixed(1)} of the window's median rate`;
    return {
      key: post.key,
      postId: post.postId,
      url: post.url,
      publishedAt: post.publishedAt,
      direction: found.direction,
      factor: found.factor,
      detail: `${times} (robust z ${Number.isFinite(found.z) ? found.z.toFixed(1) : found.z > 0 ? '+∞' : '−∞'} on a log scale); kept in: the median resists it, the mean does not`,
    };
  });

  return {
    basis,
    interactions: options.interactions,
    formula: describeFormula(basis, options.interactions),
    windowSize,
    median: rangedMedian(postsUsed.map((post) => post.rate)),
    mean: rangedMean(postsUsed.map((post) => post.rate)),
    postsUsed,
    postsLeftOut,
    outliers,
    postsOlderThanWindow,
    undatedPostsUsed: postsUsed.filter((post) => post.publishedAt === null).length,
    viewsComparability: basis === 'views' ? viewsComparability(usedInputs) : null,
  };
}
