/**
 * The house engagement-rate formulas (product.md, "House definitions"), each returning its inputs so the UI can
 * show them beside the number.
 *   ER by views (video)      = (likes + comments + shares) / views   (reposts where a site shows no shares: X, LinkedIn)
 *   ER by followers (post)   = (likes + comments [+ shares + saves where shown]) / followers at capture time
 *                              (bookmarks are X's saves, as reposts are its shares)
 *
 * Which interactions count is switchable, because vendors disagree (market.md b2): 'likes' (Modash's median likes /
 * followers on Instagram, likes / views on TikTok and YouTube), 'likes+comments' (HypeAuditor, minter.io, GRIN), and
 * 'all', the house formula of each basis: + shares + saves by followers, + shares by views. 'all' is the default.
 */
import type { Count } from '../count';
import type { PostMetric } from '../reading/reading';
import { type RangedValue, rangedRatio } from './ranged-ratio';

export type Metrics = Partial<Record<PostMetric, Count>>;

export const INTERACTION_SETS = ['likes', 'likes+comments', 'all'] as const;
export type InteractionSet = (typeof INTERACTION_SETS)[number];
export const HOUSE_INTERACTIONS: InteractionSet = 'all';

export type RateBasis = 'views' | 'followers';

export interface EngagementRate extends RangedValue {
  formula: 'by-views' | 'by-followers';
  /** The counts that went into the numerator, by name, and the denominator's name. */
  numerator: PostMetric[];
  denominator: 'views' | 'followers';
  /** Counts the formula uses that the page did not show (e.g. comments turned off). */
  missing: PostMetric[];
}

/** Sites without a share count show reposts (X, LinkedIn): those are their shares. */
function sharesOf(metrics: Metrics): PostMetric {
  return !metrics.shares && metrics.reposts ? 'reposts' : 'shares';
}

/** Sites without a save count show bookmarks (X): those are their saves. */
function savesOf(metrics: Metrics): PostMetric {
  return !metrics.saves && metrics.bookmarks ? 'bookmarks' : 'saves';
}

const LIKES: readonly PostMetric[] = ['likes'];
const LIKES_COMMENTS: readonly PostMetric[] = ['likes', 'comments'];
const NONE: readonly PostMetric[] = [];

/**
 * The interactions a formula counts for this post, and which of them are "where shown" (left out without being
 * reported missing when the site does not show them: shares and saves by followers).
 */
function interactionsOf(metrics: Metrics, basis: RateBasis, interactions: InteractionSet): { counted: readonly PostMetric[]; optional: readonly PostMetric[] } {
  if (interactions === 'likes') return { counted: LIKES, optional: NONE };
  if (interactions === 'likes+comments') return { counted: LIKES_COMMENTS, optional: NONE };
  if (basis === 'views') return { counted: ['likes', 'comments', sharesOf(metrics)], optional: NONE };
  const shares = sharesOf(metrics);
  const saves = savesOf(metrics);
  return { counted: ['likes', 'comments', shares, saves], optional: [shares, saves] };
}

function rateOf(metrics: Metrics, denominator: Count, basis: RateBasis, interactions: InteractionSet): EngagementRate | null {
  const { counted, optional } = interactionsOf(metrics, basis, interactions);
  const numerator: PostMetric[] = [];
  const counts: Count[] = [];
  const missing: PostMetric[] = [];
  for (const metric of counted) {
    const count = metrics[metric];
    if (count) {
      numerator.push(metric);
      counts.push(count);
    } else if (!optional.includes(metric)) {
      missing.push(metric);
    }
  }
  const ratio = rangedRatio(counts, denominator);
  if (!ratio) return null;
  // Fields listed, not spread: V8 spreads small objects ~25× slower, and a card computes this for every post read.
  const { value, min, max, exact } = ratio;
  return { value, min, max, exact, formula: basis === 'views' ? 'by-views' : 'by-followers', numerator, denominator: basis, missing };
}

/** Null when there are no views, or no likes: engagement without likes would read as falsely low. */
export function engagementRateByViews(metrics: Metrics, interactions: InteractionSet = HOUSE_INTERACTIONS): EngagementRate | null {
  if (!metrics.views || !metrics.likes) return null;
  return rateOf(metrics, metrics.views, 'views', interactions);
}

/** Null without followers, or without likes (hidden likes would make the rate falsely low). */
export function engagementRateByFollowers(
  metrics: Metrics,
  followers: Count | undefined | null,
  interactions: InteractionSet = HOUSE_INTERACTIONS,
): EngagementRate | null {
  if (!followers || !metrics.likes) return null;
  return rateOf(metrics, followers, 'followers', interactions);
}

/** "(likes + comments + shares + saves) / followers": the formula in words, for the card and the report. */
export function describeFormula(basis: RateBasis, interactions: InteractionSet): string {
  const terms =
    interactions === 'likes'
      ? ['likes']
      : interactions === 'likes+comments'
        ? ['likes', 'comments']
        : basis === 'views'
          ? ['likes', 'comments', 'shares (reposts where a site shows no shares)']
          : ['likes', 'comments', 'shares', 'saves where shown (reposts and bookmarks on X and LinkedIn)'];
  const denominator = basis === 'views' ? 'views' : 'followers at capture time';
  return `(${terms.join(' + ')}) / ${denominator}`;
}
