/**
 * Which interactions an engagement rate counts, switchable because vendors disagree (market.md b2):
 *   'likes'           likes / followers or views (Modash: median likes / followers on Instagram, likes / views on
 *                     TikTok and YouTube)
 *   'likes+comments'  (likes + comments) / … (HypeAuditor, minter.io, GRIN)
 *   'all'             the house formula of each basis (engagement-rate.ts): + shares + saves where shown by
 *                     followers, + shares by views. The default.
 *
 * Built on the house formulas by handing them only the counts a set allows, so there is one formula, not three;
 * the house file stays as small as the content scripts need it.
 */
import type { Count } from '../count';
import type { PostMetric } from '../reading/reading';
import { type EngagementRate, type Metrics, engagementRateByFollowers, engagementRateByViews } from './engagement-rate';

export const INTERACTION_SETS = ['likes', 'likes+comments', 'all'] as const;
export type InteractionSet = (typeof INTERACTION_SETS)[number];
export const HOUSE_INTERACTIONS: InteractionSet = 'all';

export type RateBasis = 'views' | 'followers';

const ALLOWED: Record<Exclude<InteractionSet, 'all'>, readonly PostMetric[]> = {
  likes: ['likes'],
  'likes+comments': ['likes', 'comments'],
};

/** One post's engagement rate in a basis and interaction set; null when the house formula has none. */
export function engagementRate(
  metrics: Metrics,
  basis: RateBasis,
  followers: Count | null | undefined,
  interactions: InteractionSet = HOUSE_INTERACTIONS,
): EngagementRate | null {
  if (interactions === 'all') return basis === 'views' ? engagementRateByViews(metrics) : engagementRateByFollowers(metrics, followers);
  const allowed = ALLOWED[interactions];
  const kept: Metrics = { views: metrics.views };
  for (const metric of allowed) kept[metric] = metrics[metric];
  const rate = basis === 'views' ? engagementRateByViews(kept) : engagementRateByFollowers(kept, followers);
  if (rate) rate.missing = rate.missing.filter((metric) => allowed.includes(metric));
  return rate;
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
