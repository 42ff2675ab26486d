/**
 * Growth and velocity from snapshots (product.md): followers gained per day and per week, views per hour between two
 * snapshots of a post. The arithmetic (differences of ranged counts, per unit of time) is lib/panel/growth.ts's, the
 * one the panel's snapshot table already uses; this adds which snapshots a figure came from.
 *
 *   followers per day / per week   between the oldest and the newest creator snapshot with followers: the longest
 *                                  baseline, so rounded counts ("6.2M") blur the rate least. Null with fewer than two
 *                                  snapshots, or when they span less than an hour (a daily rate from minutes is noise).
 *   views per hour                 between a post's newest snapshot with views and the newest one at least a minute
 *                                  before it (the panel's rule): how fast it grows now.
 */
import type { SnapshotRow } from '../db/rows';
import { type GrowthRate, latestRate, rateBetween, rateSeries } from '../panel/growth';
import { DAY_MS, HOUR_MS } from '../panel/format';
import type { Platform, PostFormat } from '../reading/reading';
import { SHORTS_VIEWS_CHANGED_AT } from './shorts-views';

export const WEEK_MS = 7 * DAY_MS;
export const MIN_GROWTH_SPAN_MS = HOUR_MS;

export interface SnapshotRef {
  snapshotId: string;
  readAt: number;
  value: number;
  min: number;
  max: number;
  text: string;
}

export interface FollowerGrowth {
  from: SnapshotRef;
  to: SnapshotRef;
  perDay: GrowthRate;
  perWeek: GrowthRate;
  /** Every creator snapshot with followers, oldest first, with the daily rate since the one before (chart data). */
  series: Array<SnapshotRef & { perDay: GrowthRate | null }>;
}

function refOf(snapshot: SnapshotRow, metric: 'followers' | 'views'): SnapshotRef {
  const count = snapshot.counts[metric]!;
  return { snapshotId: snapshot.id, readAt: snapshot.readAt, value: count.value, min: count.min, max: count.max, text: count.text };
}

function withMetric(snapshots: readonly SnapshotRow[], metric: 'followers' | 'views'): SnapshotRow[] {
  return snapshots.filter((snapshot) => snapshot.counts[metric]).sort((a, b) => a.readAt - b.readAt || a.id.localeCompare(b.id));
}

export function followerGrowth(creatorSnapshots: readonly SnapshotRow[]): FollowerGrowth | null {
  const points = withMetric(creatorSnapshots, 'followers');
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.readAt - first.readAt < MIN_GROWTH_SPAN_MS) return null;
  const perDay = rateBetween(first, last, 'followers', DAY_MS);
  const perWeek = rateBetween(first, last, 'followers', WEEK_MS);
  if (!perDay || !perWeek) return null;
  const daily = rateSeries(points, 'followers', DAY_MS);
  return {
    from: refOf(first, 'followers'),
    to: refOf(last, 'followers'),
    perDay,
    perWeek,
    series: points.map((point, index) => ({ ...refOf(point, 'followers'), perDay: daily[index] ?? null })),
  };
}

export interface ViewsVelocity {
  postKey: string;
  perHour: GrowthRate;
  from: SnapshotRef;
  to: SnapshotRef;
  /** A YouTube Short whose two snapshots lie either side of 2025-03-31: the two counts measure different things. */
  notComparable: string | null;
}

export function viewsVelocity(
  post: { key: string; platform: Platform; format: PostFormat | null },
  postSnapshots: readonly SnapshotRow[],
): ViewsVelocity | null {
  const points = withMetric(postSnapshots, 'views');
  const perHour = latestRate(points, 'views', HOUR_MS);
  if (!perHour) return null;
  const from = points.find((point) => point.readAt === perHour.from)!;
  const to = points.findLast((point) => point.readAt === perHour.to)!;
  const straddles = post.platform === 'youtube' && post.format === 'short' && from.readAt < SHORTS_VIEWS_CHANGED_AT && to.readAt >= SHORTS_VIEWS_CHANGED_AT;
  return {
    postKey: post.key,
    perHour,
    from: refOf(from, 'views'),
    to: refOf(to, 'views'),
    notComparable: straddles ? 'the two readings lie either side of 2025-03-31, when YouTube changed what a Shorts view is' : null,
  };
}
