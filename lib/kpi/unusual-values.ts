/**
 * Which values are far from the usual ones of a creator, robustly: the one rule behind outlier rates and breakout
 * posts. Rates and view counts are multiplicative (a post does "3× the usual"), so the rule works on logarithms:
 *
 *   unusual ⇔ |robust z of ln(value)| ≥ 3.5   (modified z-score: (x − median) / (1.4826 × MAD), Iglewicz & Hoaglin)
 *           and value ≥ 3 × median, or value ≤ median / 3
 *
 * The factor floor keeps a creator whose posts are all alike (a tiny MAD) from having every ordinary wobble called
 * unusual; the z cut keeps a creator whose posts swing widely from having every hit called unusual. Nothing is judged
 * with fewer than 5 values: the median and MAD of four numbers say too little.
 */
import { median as medianOf, medianAbsoluteDeviation, robustZ } from './ranged-stats';

export interface UnusualRule {
  minValues: number;
  zCut: number;
  minFactor: number;
}

export const UNUSUAL_RULE: UnusualRule = { minValues: 5, zCut: 3.5, minFactor: 3 };

export interface Unusual {
  direction: 'high' | 'low';
  /** value / median of all values. */
  factor: number;
  /** Robust z-score of ln(value) (±Infinity when the other values are all equal). */
  z: number;
  median: number;
}

/**
 * For each value that is unusual, its index and why. `test(index)` lets a caller judge a bound instead of the value
 * (breakouts judge the least a rounded count can be), while the median and MAD come from the values themselves.
 */
export function unusualValues(
  values: readonly number[],
  rule: UnusualRule = UNUSUAL_RULE,
  testValue: (index: number) => number = (index) => values[index]!,
): Map<number, Unusual> {
  const found = new Map<number, Unusual>();
  const positive = values.filter((value) => value > 0);
  if (values.length < rule.minValues || positive.length < rule.minValues) return found;
  const center = medianAbsoluteDeviation(positive.map(Math.log));
  const median = medianOf(positive);
  values.forEach((_value, index) => {
    const tested = testValue(index);
    const z = tested > 0 ? robustZ(Math.log(tested), center) : Number.NEGATIVE_INFINITY;
    const factor = tested / median;
    if (z >= rule.zCut && factor >= rule.minFactor) found.set(index, { direction: 'high', factor, z, median });
    else if (z <= -rule.zCut && factor <= 1 / rule.minFactor) found.set(index, { direction: 'low', factor, z, median });
  });
  return found;
}
