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
  const sum = (pick: (count: Count) => number) => numerators.reduce((total, count) => total + pick(count), 0);
  return {
    value: sum((count) => count.value) / denominator.value,
    min: sum((count) => count.min) / denominator.max,
    max: sum((count) => count.max) / denominator.min,
    exact: denominator.exact && numerators.every((count) => count.exact),
  };
}
