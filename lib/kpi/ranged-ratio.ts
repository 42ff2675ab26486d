/**
 * A ratio of counts that keeps the precision of its inputs: when a count was read from "1.2K" the ratio is a range.
 */
import type { Count } from '../count';

export interface RangedValue {
  value: number;
  min: number;
  max: number;
  /** True when every input was exact. */
  exact: boolean;
}

/** (a + b + …) / denominator, with the widest range the inputs allow. Null when the denominator may be zero. */
export function rangedRatio(numerators: readonly Count[], denominator: Count): RangedValue | null {
  if (denominator.min <= 0 || numerators.length === 0) return null;
  // One loop, no closures: a casting card computes this for every post read, in several formulas.
  let value = 0;
  let min = 0;
  let max = 0;
  let exact = denominator.exact;
  for (const count of numerators) {
    value += count.value;
    min += count.min;
    max += count.max;
    exact &&= count.exact;
  }
  return { value: value / denominator.value, min: min / denominator.max, max: max / denominator.min, exact };
}
