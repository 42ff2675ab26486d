/**
 * Median and mean of ranged values (rates whose inputs were rounded displays), with the range that follows soundly
 * from the ranges of the inputs.
 *
 * Why min of the median is the median of the mins: the median and the mean are non-decreasing in each argument, so
 * over every choice of true values inside their ranges the smallest result is reached with every input at its min,
 * and the largest with every input at its max. The bounds are sound (the true median always lies inside) and tight
 * when the inputs vary independently; rates of one creator share a follower count, so in practice the true spread
 * is a little narrower than shown, never wider.
 */
import type { RangedValue } from './ranged-ratio';

/** The median of plain numbers (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  // A typed array sorts numbers natively, several times faster than a comparator (the card takes dozens of medians).
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((total, value) => total + value, 0) / values.length;
}

function combine(values: readonly RangedValue[], statistic: (numbers: readonly number[]) => number): RangedValue | null {
  if (values.length === 0) return null;
  return {
    value: statistic(values.map((value) => value.value)),
    min: statistic(values.map((value) => value.min)),
    max: statistic(values.map((value) => value.max)),
    exact: values.every((value) => value.exact),
  };
}

/** The median of ranged values: value from the values, min from the mins, max from the maxes. Null for none. */
export function rangedMedian(values: readonly RangedValue[]): RangedValue | null {
  return combine(values, median);
}

/** The mean of ranged values: value from the values, min from the mins, max from the maxes. Null for none. */
export function rangedMean(values: readonly RangedValue[]): RangedValue | null {
  return combine(values, mean);
}

/** a / b for two ranges (both positive): the smallest over the largest … the largest over the smallest. */
export function rangedQuotient(a: RangedValue, b: RangedValue): RangedValue | null {
  if (!(b.min > 0)) return null;
  return { value: a.value / b.value, min: a.min / b.max, max: a.max / b.min, exact: a.exact && b.exact };
}

/**
 * The median absolute deviation of values from their median (unscaled), and the robust z-score of one value:
 * (value − median) / (1.4826 × MAD), the factor making MAD estimate the standard deviation of normal data
 * (Iglewicz & Hoaglin's modified z-score, whose usual outlier cut is 3.5).
 */
export function medianAbsoluteDeviation(values: readonly number[]): { median: number; mad: number } {
  const center = median(values);
  return { median: center, mad: median(values.map((value) => Math.abs(value - center))) };
}

export const MAD_TO_SIGMA = 1.4826;

export function robustZ(value: number, center: { median: number; mad: number }): number {
  const spread = MAD_TO_SIGMA * center.mad;
  if (spread === 0) return value === center.median ? 0 : Math.sign(value - center.median) * Number.POSITIVE_INFINITY;
  return (value - center.median) / spread;
}
