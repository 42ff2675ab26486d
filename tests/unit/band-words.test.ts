/** The band words of the card and the badge (lib/benchmarks/band-words.ts): a table of positions and their words. */
import { describe, expect, test } from 'vitest';
import { comparisonVerdict, statisticWord, tierVerdict } from '../../lib/benchmarks/band-words';
import type { BenchmarkBand } from '../../lib/benchmarks/benchmark-schema';
import type { TierPosition } from '../../lib/benchmarks/compare-benchmark';

const THREE_BANDS: BenchmarkBand[] = [
  { label: 'below', min: null, max: 0.01 },
  { label: 'average', min: 0.01, max: 0.03 },
  { label: 'good', min: 0.03, max: null },
];
const AVERAGE_ONLY: BenchmarkBand[] = [{ label: 'average', min: 0.019, max: 0.022 }];
const GOOD_ONLY: BenchmarkBand[] = [{ label: 'good', min: 0.01, max: 0.03 }];

function position(overrides: Partial<TierPosition>): TierPosition {
  return {
    name: 'micro',
    followers: { min: 10_000, max: 100_000 },
    typical: null,
    bands: [],
    band: null,
    bandsTouched: [],
    outsideBands: null,
    versusTypical: null,
    factor: null,
    ...overrides,
  };
}

describe('tierVerdict', () => {
  test.each([
    ['inside the good band', position({ bands: THREE_BANDS, bandsTouched: ['good'] }), 'median', 'good', 'high'],
    ['inside the average band', position({ bands: THREE_BANDS, bandsTouched: ['average'] }), 'median', 'average', 'typical'],
    ['inside the below band', position({ bands: THREE_BANDS, bandsTouched: ['below'] }), 'median', 'below average', 'low'],
    ['a range over two bands', position({ bands: THREE_BANDS, bandsTouched: ['good', 'average'] }), 'median', 'average to good', 'unclear'],
    ['over all three', position({ bands: THREE_BANDS, bandsTouched: ['below', 'average', 'good'] }), 'mean', 'below average to good', 'unclear'],
    ['above a single average band', position({ bands: AVERAGE_ONLY, outsideBands: 'above' }), 'mean', 'above average', 'high'],
    ['above a good band: maybe bought engagement', position({ bands: GOOD_ONLY, outsideBands: 'above' }), 'mean', 'above the good band', 'unclear'],
    ['below every band', position({ bands: GOOD_ONLY, outsideBands: 'below' }), 'mean', 'below the lowest band', 'low'],
    ['above a median figure', position({ typical: 0.0131, versusTypical: 'above' }), 'median', 'above median', 'high'],
    ['below a mean figure', position({ typical: 0.0131, versusTypical: 'below' }), 'mean', 'below average', 'low'],
    ['a range holding an unstated figure', position({ typical: 0.0131, versusTypical: 'straddles' }), 'unstated', 'at typical', 'typical'],
    ['bands win over a typical figure', position({ bands: THREE_BANDS, bandsTouched: ['good'], typical: 0.02, versusTypical: 'above' }), 'median', 'good', 'high'],
  ] as const)('%s', (_case, tier, statistic, word, tone) => {
    expect(tierVerdict(tier, statistic)).toEqual({ word, tone });
  });
});

describe('comparisonVerdict', () => {
  const formula = { basis: 'followers', statistic: 'median', interactions: 'all', population: 'creators', content: 'all' } as const;

  test('one tier: its verdict', () => {
    expect(comparisonVerdict({ formula, tiers: [position({ bands: THREE_BANDS, bandsTouched: ['good'] })] })).toEqual({ word: 'good', tone: 'high' });
  });

  test('two tiers that agree: one word', () => {
    const tiers = [position({ name: 'micro', typical: 0.02, versusTypical: 'above' }), position({ name: 'mid', typical: 0.015, versusTypical: 'above' })];
    expect(comparisonVerdict({ formula, tiers })).toEqual({ word: 'above median', tone: 'high' });
  });

  test('a follower range straddling two tiers that disagree names both', () => {
    const tiers = [position({ name: 'micro', typical: 0.04, versusTypical: 'below' }), position({ name: 'mid', typical: 0.02, versusTypical: 'above' })];
    expect(comparisonVerdict({ formula, tiers })).toEqual({ word: 'below median (micro) / above median (mid)', tone: 'unclear' });
  });

  test('no tier: no position', () => {
    expect(comparisonVerdict({ formula, tiers: [] })).toEqual({ word: 'no position', tone: 'unclear' });
  });
});

test.each([
  ['median', 'median'],
  ['mean', 'average'],
  ['unstated', 'typical'],
] as const)('statisticWord(%s) = %s', (statistic, word) => {
  expect(statisticWord(statistic)).toBe(word);
});
