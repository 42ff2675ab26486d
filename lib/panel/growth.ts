/**
 * Growth and velocity from snapshots (product.md, "Growth and velocity"): views per hour between two snapshots of a
 * post, followers gained per day between two snapshots of a creator. A count read from a rounded display is a range,
 * so a difference of two such counts is a range too: (later.min − earlier.max) … (later.max − earlier.min).
 */
import type { Count } from '../count';
import type { RangedValue } from '../kpi/ranged-ratio';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './format';

/** Anything with a time and counts by name: a SnapshotRow, or a test's literal. */
export interface CountPoint {
  readAt: number;
  counts: Partial<Record<string, Count>>;
}

export interface GrowthRate extends RangedValue {
  /** Change per `unitMs` (value, min and max, all per unit). */
  unitMs: number;
  /** The two points it was computed between. */
  from: number;
  to: number;
  intervalMs: number;
  /** The plain difference of the two counts, with its range. */
  change: RangedValue;
}

export interface GrowthOptions {
  /** Points closer than this to the later one are skipped: a rate over seconds is noise. Default one minute. */
  minIntervalMs?: number;
}

const DEFAULT_MIN_INTERVAL = MINUTE_MS;

/** The rate of change of one count between two points, per unit of time; null when it cannot be told. */
export function rateBetween(earlier: CountPoint, later: CountPoint, metric: string, unitMs: number): GrowthRate | null {
  const a = earlier.counts[metric];
  const b = later.counts[metric];
  const intervalMs = later.readAt - earlier.readAt;
  if (!a || !b || !(intervalMs > 0) || !(unitMs > 0)) return null;
  const change: RangedValue = {
    value: b.value - a.value,
    min: b.min - a.max,
    max: b.max - a.min,
    exact: a.exact && b.exact,
  };
  const per = unitMs / intervalMs;
  return {
    value: change.value * per,
    min: change.min * per,
    max: change.max * per,
    exact: change.exact,
    unitMs,
    from: earlier.readAt,
    to: later.readAt,
    intervalMs,
    change,
  };
}

/** Points that have the metric, oldest first. */
function withMetric<T extends CountPoint>(points: readonly T[], metric: string): T[] {
  return points.filter((point) => point.counts[metric] !== undefined).sort((a, b) => a.readAt - b.readAt);
}

/**
 * The rate between the newest point that has the metric and the newest earlier one at least `minIntervalMs` before
 * it. Null with fewer than two such points.
 */
export function latestRate(points: readonly CountPoint[], metric: string, unitMs: number, options: GrowthOptions = {}): GrowthRate | null {
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL;
  const sorted = withMetric(points, metric);
  const later = sorted.at(-1);
  if (!later) return null;
  for (let index = sorted.length - 2; index >= 0; index -= 1) {
    const earlier = sorted[index]!;
    if (later.readAt - earlier.readAt >= minInterval) return rateBetween(earlier, later, metric, unitMs);
  }
  return null;
}

/**
 * For each point, in the order given, the rate since the previous point (in time) that has the metric and lies at
 * least `minIntervalMs` before it; null for the first point, points without the metric, and points too close.
 */
export function rateSeries<T extends CountPoint>(
  points: readonly T[],
  metric: string,
  unitMs: number,
  options: GrowthOptions = {},
): Array<GrowthRate | null> {
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL;
  const sorted = withMetric(points, metric);
  return points.map((point) => {
    if (point.counts[metric] === undefined) return null;
    let earlier: T | undefined;
    for (const candidate of sorted) {
      if (point.readAt - candidate.readAt >= minInterval) earlier = candidate;
      else break;
    }
    return earlier ? rateBetween(earlier, point, metric, unitMs) : null;
  });
}

/** Views per hour between the last two snapshots of a post. */
export function viewsPerHour(points: readonly CountPoint[], options?: GrowthOptions): GrowthRate | null {
  return latestRate(points, 'views', HOUR_MS, options);
}

/** Followers gained per day between the last two snapshots of a creator. */
export function followersPerDay(points: readonly CountPoint[], options?: GrowthOptions): GrowthRate | null {
  return latestRate(points, 'followers', DAY_MS, options);
}

/**
 * The count from the point nearest in time to `at` (e.g. a creator's followers when a post was read), with its time.
 * Ties go to the earlier point.
 */
export function nearestCount(points: readonly CountPoint[], metric: string, at: number): { count: Count; readAt: number } | null {
  let best: { count: Count; readAt: number } | null = null;
  for (const point of withMetric(points, metric)) {
    if (!best || Math.abs(point.readAt - at) < Math.abs(best.readAt - at)) {
      best = { count: point.counts[metric]!, readAt: point.readAt };
    }
  }
  return best;
}
