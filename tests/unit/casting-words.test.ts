/** The casting card's words (lib/panel/casting-words.ts) and the store's benchmark choice, as tables of cases. */
import { describe, expect, test } from 'vitest';
import type { BenchmarkComparison } from '../../lib/benchmarks/compare-benchmark';
import { chosenComparison, DEFAULT_CASTING_UI, useCastingUi } from '../../lib/panel/casting-store';
import {
  basisLabel,
  benchmarkFormulaWords,
  creatorQueryWords,
  factorText,
  formulaSentence,
  percentileWords,
  percentText,
  rateText,
  rateWords,
} from '../../lib/panel/casting-words';

const ranged = (value: number, min: number, max: number, exact = false) => ({ value, min, max, exact });

describe('rates in words', () => {
  test.each([
    ['an exact rate', ranged(0.031, 0.031, 0.031, true), 'en', { value: '3.1%', range: null }],
    ['a range from rounded counts', ranged(0.031, 0.029, 0.033), 'en', { value: '3.1%', range: 'between 2.9% and 3.3%' }],
    ['a range too narrow to show', ranged(0.0312, 0.0311, 0.0313), 'en', { value: '3.1%', range: null }],
    ['a small rate keeps two digits', ranged(0.00056, 0.00056, 0.00056, true), 'en', { value: '0.056%', range: null }],
    ['German', ranged(0.031, 0.029, 0.033), 'de', { value: '3,1\u00a0%', range: 'between 2,9\u00a0% and 3,3\u00a0%' }],
  ])('%s', (_case, rate, locale, words) => {
    expect(rateWords(rate, locale)).toEqual(words);
  });

  test('rateText puts the range in brackets', () => {
    expect(rateText(ranged(0.021, 0.0205, 0.024), 'en')).toBe('2.1% (between 2.1% and 2.4%)');
    expect(rateText(ranged(0.05, 0.05, 0.05, true), 'en')).toBe('5%');
  });

  test.each([
    [0.5, '50%'],
    [1.1, '110%'],
    [0.0131, '1.3%'],
  ])('percentText(%s) = %s', (value, text) => {
    expect(percentText(value, 'en')).toBe(text);
  });

  test.each([
    [2.54, '2.5×'],
    [12.4, '12×'],
  ])('factorText(%s) = %s', (value, text) => {
    expect(factorText(value, 'en')).toBe(text);
  });
});

describe('formulas in words', () => {
  test.each([
    ['followers', 'all', 'instagram', '(likes + comments + shares + saves (where the page shows them)) divided by the creator\'s followers when the post was read'],
    ['views', 'all', 'tiktok', "(likes + comments + shares) divided by the post's views"],
    ['followers', 'likes', 'youtube', "(likes) divided by the creator's subscribers when the post was read"],
    ['views', 'likes+comments', 'youtube', "(likes + comments) divided by the post's views"],
  ] as const)('%s, %s on %s', (basis, interactions, platform, sentence) => {
    expect(formulaSentence(basis, interactions, platform)).toBe(sentence);
  });

  test('basis labels use the platform word', () => {
    expect(basisLabel('followers', 'youtube')).toBe('by subscribers');
    expect(basisLabel('followers', 'x')).toBe('by followers');
    expect(basisLabel('views', 'x')).toBe('by views');
  });

  test('a benchmark formula says what its source left unstated', () => {
    expect(benchmarkFormulaWords({ basis: 'followers', statistic: 'unstated', interactions: 'unstated', population: 'creators', content: 'all' }, 'instagram')).toBe(
      'typical (median or mean: not stated) interactions (which ones the source does not say) by followers; creators, all posts',
    );
    expect(benchmarkFormulaWords({ basis: 'followers', statistic: 'median', interactions: 'all', population: 'brands', content: 'organic' }, 'x')).toBe(
      'median of likes + comments + shares + saves (where the page shows them) by followers; brand accounts, organic posts',
    );
  });

  test("the creator's rate in a benchmark's formula", () => {
    expect(creatorQueryWords({ basis: 'followers', statistic: 'mean', interactions: 'likes+comments', content: 'all' }, 'instagram', 12)).toBe(
      'average (mean) of (likes + comments) by followers over 12 posts',
    );
    expect(creatorQueryWords({ basis: 'views', statistic: 'median', interactions: 'all', content: 'sponsored' }, 'tiktok', 1)).toBe(
      'median of (likes + comments + shares) by views over 1 sponsored post',
    );
  });
});

test.each([
  [ranged(62, 62, 62, true), { value: '62nd percentile', range: null }],
  [ranged(71.4, 57.1, 85.7), { value: '71st percentile', range: 'between 57 and 86' }],
  [ranged(13, 13, 13, true), { value: '13th percentile', range: null }],
  [ranged(3, 0, 10), { value: '3rd percentile', range: 'between 0 and 10' }],
  [ranged(100, 100, 100, true), { value: '100th percentile', range: null }],
])('percentileWords(%o)', (percentile, words) => {
  expect(percentileWords(percentile)).toEqual(words);
});

describe('the casting store', () => {
  const comparison = (setId: string, basis: 'followers' | 'views') =>
    ({ setId, formula: { basis, statistic: 'median', interactions: 'all', population: 'creators', content: 'all' } }) as BenchmarkComparison;
  const comparisons = [comparison('a', 'followers'), comparison('b', 'views'), comparison('c', 'followers')];

  test.each([
    ['the best match of the basis when none is chosen', 'followers', null, ['a', 'c'], 'a'],
    ['the chosen set when it is of the basis', 'followers', 'c', ['a', 'c'], 'c'],
    ['the best match when the chosen set is of the other basis', 'views', 'c', ['b'], 'b'],
    ['the best match when the chosen set is not offered for this creator', 'followers', 'gone', ['a', 'c'], 'a'],
  ] as const)('%s', (_case, basis, chosenId, candidates, chosen) => {
    const result = chosenComparison(comparisons, basis, chosenId);
    expect(result.candidates.map((entry) => entry.setId)).toEqual(candidates);
    expect(result.chosen?.setId).toBe(chosen);
  });

  test('no candidate: nothing chosen', () => {
    expect(chosenComparison([comparison('b', 'views')], 'followers', null)).toEqual({ candidates: [], chosen: null });
  });

  test('a new benchmark forgets the tier chosen for the old one; N must be a whole number', () => {
    const store = useCastingUi.getState();
    store.chooseTier('micro');
    store.chooseBenchmark('hypeauditor-2026-instagram');
    expect(useCastingUi.getState()).toMatchObject({ benchmarkId: 'hypeauditor-2026-instagram', tierName: null });
    expect(() => store.setWindowSize(0)).toThrow('casting card: N must be a whole number of posts ≥ 1, not 0');
    store.setWindowSize(30);
    expect(useCastingUi.getState().windowSize).toBe(30);
    store.reset();
    expect(useCastingUi.getState()).toMatchObject(DEFAULT_CASTING_UI);
  });
});
