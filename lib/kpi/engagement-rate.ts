/**
 * The house engagement-rate formulas (product.md, "House definitions"), each returning its inputs so the UI can
 * show them beside the number.
 *   ER by views (video)      = (likes + comments + shares) / views   (reposts where a site shows no shares: X, LinkedIn)
 *   ER by followers (post)   = (likes + comments [+ shares + saves where shown]) / followers at capture time
 *                              (bookmarks where a site shows no saves: X)
 *
 * The badges put this file in every content script, so it stays small (every byte here is paid five times); the
 * switch of which interactions count (likes only, likes + comments) is lib/kpi/interaction-sets.ts, built on these.
 */
import type { Count } from '../count';
import type { PostMetric } from '../reading/reading';
import { type RangedValue, rangedRatio } from './ranged-ratio';

export type Metrics = Partial<Record<PostMetric, Count>>;

export interface EngagementRate extends RangedValue {
  formula: 'by-views' | 'by-followers';
  /** The counts that went into the numerator, by name, and the denominator's name. */
  numerator: PostMetric[];
  denominator: 'views' | 'followers';
  /** Counts the formula uses that the page did not show (e.g. hidden likes). */
  missing: PostMetric[];
}

const BY_FOLLOWERS_CORE: PostMetric[] = ['likes', 'comments'];

/** Sites without a share count show reposts (X, LinkedIn): those are their shares; bookmarks are X's saves. */
function sharesOf(metrics: Metrics): PostMetric {
  return !metrics.shares && metrics.reposts ? 'reposts' : 'shares';
}

/** Null when there are no views, or no likes: engagement without likes would read as falsely low. */
export function engagementRateByViews(metrics: Metrics): EngagementRate | null {
  const views = metrics.views;
  if (!views || !metrics.likes) return null;
  const formula: PostMetric[] = ['likes', 'comments', sharesOf(metrics)];
  const numerator = formula.filter((metric) => metrics[metric]);
  const ratio = rangedRatio(numerator.map((metric) => metrics[metric]!), views);
  if (!ratio) return null;
  return { ...ratio, formula: 'by-views', numerator, denominator: 'views', missing: formula.filter((metric) => !metrics[metric]) };
}

export function engagementRateByFollowers(metrics: Metrics, followers: Count | undefined | null): EngagementRate | null {
  if (!followers || !metrics.likes) return null;
  const saves: PostMetric = !metrics.saves && metrics.bookmarks ? 'bookmarks' : 'saves';
  const numerator = [...BY_FOLLOWERS_CORE, sharesOf(metrics), saves].filter((metric) => metrics[metric]);
  const ratio = rangedRatio(numerator.map((metric) => metrics[metric]!), followers);
  if (!ratio) return null;
  return { ...ratio, formula: 'by-followers', numerator, denominator: 'followers', missing: BY_FOLLOWERS_CORE.filter((metric) => !metrics[metric]) };
}
