/**
 * Median and mean of ranged rates: tables of cases, and the soundness claim of lib/kpi/ranged-stats.ts as a property
 * (whatever the true values inside their ranges, the true median and mean lie inside the computed range).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RangedValue } from '../../lib/kpi/ranged-ratio';
import { mean, median, medianAbsoluteDeviation, rangedMean, rangedMedian, rangedQuotient, robustZ } from '../../lib/kpi/ranged-stats';

const exactly = (value: number): RangedValue => ({ value, min: value, max: value, exact: true });
const between = (value: number, min: number, max: number): RangedValue => ({ value, min, max, exact: false });

describe('median and mean of numbers', () => {
  test.each<[string, number[], number, number]>([
    ['one value', [4], 4, 4],
    ['odd count: the middle one', [9, 1, 5], 5, 5],
    ['even count: the mean of the two middle ones', [1, 2, 3, 10], 2.5, 4],
    ['unsorted with repeats', [3, 3, 1, 3], 3, 2.5],
  ])('%s', (_name, values, expectedMedian, expectedMean) => {
    expect(median(values)).toBe(expectedMedian);
    expect(mean(values)).toBe(expectedMean);
  });

  test('none: NaN, not zero', () => {
    expect(median([])).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  test('MAD and robust z: (x − median) / (1.4826 × MAD)', () => {
    const center = medianAbsoluteDeviation([1, 2, 3, 4, 100]);
    expect(center).toEqual({ median: 3, mad: 1 });
    expect(robustZ(100, center)).toBeCloseTo(97 / 1.4826, 10);
    expect(robustZ(5, { median: 5, mad: 0 })).toBe(0);
    expect(robustZ(6, { median: 5, mad: 0 })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('rangedMedian and rangedMean', () => {
  test('exact rates: one value, exact', () => {
    expect(rangedMedian([exactly(0.01), exactly(0.03), exactly(0.02)])).toEqual({ value: 0.02, min: 0.02, max: 0.02, exact: true });
    expect(rangedMean([exactly(0.01), exactly(0.03)])).toEqual({ value: 0.02, min: 0.02, max: 0.02, exact: true });
  });

  test('ranges: min from the mins, max from the maxes', () => {
    const rates = [between(0.02, 0.019, 0.021), exactly(0.05), between(0.01, 0.009, 0.012)];
    expect(rangedMedian(rates)).toEqual({ value: 0.02, min: 0.019, max: 0.021, exact: false });
    const meanRate = rangedMean(rates)!;
    expect(meanRate.value).toBeCloseTo(0.08 / 3, 15);
    expect(meanRate.min).toBeCloseTo(0.078 / 3, 15);
    expect(meanRate.max).toBeCloseTo(0.083 / 3, 15);
  });

  test('the median of the mins may come from another post than the median of the values', () => {
    // value order: a < b < c; min order: b < a < c. The lowest possible median is 0.015 (a at its min).
    const rates = [between(0.02, 0.015, 0.021), between(0.03, 0.01, 0.04), exactly(0.05)];
    expect(rangedMedian(rates)).toMatchObject({ value: 0.03, min: 0.015, max: 0.04 });
  });

  test('none: null', () => {
    expect(rangedMedian([])).toBeNull();
    expect(rangedMean([])).toBeNull();
  });

  const rangedRates = fc.array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    { minLength: 1, maxLength: 15 },
  );

  test('sound: every choice of true values inside the ranges has its median and mean inside the computed range', () => {
    fc.assert(
      fc.property(rangedRates, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 15, maxLength: 15 }), (triples, picks) => {
        const rates = triples.map(([a, b, c]) => {
          const [min, value, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
          return between(value, min, max);
        });
        const truth = rates.map((rate, index) => rate.min + (rate.max - rate.min) * picks[index]!);
        const medianRange = rangedMedian(rates)!;
        const meanRange = rangedMean(rates)!;
        const slack = 1e-12;
        expect(median(truth)).toBeGreaterThanOrEqual(medianRange.min - slack);
        expect(median(truth)).toBeLessThanOrEqual(medianRange.max + slack);
        expect(mean(truth)).toBeGreaterThanOrEqual(meanRange.min - slack);
        expect(mean(truth)).toBeLessThanOrEqual(meanRange.max + slack);
        expect(medianRange.min).toBeLessThanOrEqual(medianRange.value + slack);
        expect(medianRange.value).toBeLessThanOrEqual(medianRange.max + slack);
      }),
    );
  });
});

describe('rangedQuotient', () => {
  test('smallest over largest … largest over smallest', () => {
    const quotient = rangedQuotient(between(0.02, 0.01, 0.03), between(0.04, 0.02, 0.05))!;
    expect(quotient.value).toBeCloseTo(0.5, 15);
    expect(quotient.min).toBeCloseTo(0.2, 15);
    expect(quotient.max).toBeCloseTo(1.5, 15);
    expect(quotient.exact).toBe(false);
  });
  test('null when the divisor may be zero', () => {
    expect(rangedQuotient(exactly(1), between(0.01, 0, 0.02))).toBeNull();
  });
});
