/**
 * The KPIs an export shows for a creator. This is the one place that decides them: when lib/kpi gives creator KPIs
 * (tier, benchmark band, comment quality), this function switches to them and every preset follows.
 *
 * Today it uses what lib/kpi and lib/panel offer: per-post engagement rates, combined by the house definition of
 * creator ER (the median over the creator's last posts read, each end of the range the median of that end), and
 * followers per day from the creator's snapshots.
 */
import type { CreatorRow, PostRow } from '../db/rows';
import { engagementRateByFollowers, engagementRateByViews, type EngagementRate } from '../kpi/engagement-rate';
import type { CountPoint } from '../panel/growth';
import { followersPerDay } from '../panel/growth';
import type { CreatorKpis } from './export-row';

/** The house default: the median over the last 12 posts read (product.md, "Creator ER"). */
export const CREATOR_ER_POSTS = 12;

/**
 * @param posts the creator's posts, any order (the newest CREATOR_ER_POSTS by publish time count)
 * @param snapshots the creator's snapshots, any order
 */
export function creatorKpisOf(creator: CreatorRow, posts: readonly PostRow[], snapshots: readonly CountPoint[]): CreatorKpis {
  const growth = followersPerDay(snapshots);
  return {
    engagementRate: creatorEngagementRate(creator, posts),
    tier: null,
    benchmark: null,
    commentQuality: null,
    followerGrowthPerDay: growth ? { value: growth.value, min: growth.min, max: growth.max, exact: growth.exact } : null,
  };
}

/**
 * The median of the per-post rates of the newest posts. By views when at least as many of them have a rate by
 * views as by followers (video platforms), else by followers: two formulas are never mixed in one median.
 */
function creatorEngagementRate(creator: CreatorRow, posts: readonly PostRow[]): CreatorKpis['engagementRate'] {
  const time = (post: PostRow) => post.publishedAt ?? post.lastSeenAt;
  const newest = [...posts].sort((a, b) => time(b) - time(a) || a.key.localeCompare(b.key)).slice(0, CREATOR_ER_POSTS);
  const byViews = newest.flatMap((post) => orNone(engagementRateByViews(post.latest)));
  const byFollowers = newest.flatMap((post) => orNone(engagementRateByFollowers(post.latest, creator.latest.followers)));
  const rates = byViews.length >= byFollowers.length ? byViews : byFollowers;
  if (rates.length === 0) return null;
  return {
    value: median(rates.map((rate) => rate.value)),
    min: median(rates.map((rate) => rate.min)),
    max: median(rates.map((rate) => rate.max)),
    exact: rates.every((rate) => rate.exact),
    formula: rates[0]!.formula,
    posts: rates.length,
  };
}

function orNone(rate: EngagementRate | null): EngagementRate[] {
  return rate ? [rate] : [];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
