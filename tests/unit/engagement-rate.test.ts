/**
 * The house engagement-rate formulas, the ranged ratio under them and the percent format, with exact and rounded
 * ("1.9K") inputs.
 */
import { describe, expect, test } from 'vitest';
import { type Count, exactCount } from '../../lib/count';
import { engagementRateByFollowers, engagementRateByViews, type Metrics } from '../../lib/kpi/engagement-rate';
import { describeFormula, engagementRate, type InteractionSet, type RateBasis } from '../../lib/kpi/interaction-sets';
import { formatPercent } from '../../lib/kpi/format-percent';
import { rangedRatio, type RangedValue } from '../../lib/kpi/ranged-ratio';

/** A count read from a rounded display: "1.9K" is anything from 1,900 to 1,999 where the site truncates. */
const shown = (text: string, value: number, min: number, max: number): Count => ({ value, min, max, exact: false, text });

const likes48321 = exactCount(48_321, '48,321');
const comments19K = shown('1.9K', 1_900, 1_900, 1_999);
const views1234567 = exactCount(1_234_567, '1,234,567');

describe('rangedRatio', () => {
  test('exact inputs: one value', () => {
    expect(rangedRatio([exactCount(30), exactCount(20)], exactCount(1_000))).toEqual({ value: 0.05, min: 0.05, max: 0.05, exact: true });
  });

  test('the widest range the inputs allow: smallest sum over largest denominator, largest sum over smallest', () => {
    const ratio = rangedRatio([shown('1.2K', 1_200, 1_150, 1_249), exactCount(50)], shown('10K', 10_000, 9_500, 10_499))!;
    expect(ratio.value).toBeCloseTo(1_250 / 10_000, 12);
    expect(ratio.min).toBeCloseTo(1_200 / 10_499, 12);
    expect(ratio.max).toBeCloseTo(1_299 / 9_500, 12);
    expect(ratio.exact).toBe(false);
  });

  test.each([
    ['an inexact numerator', [shown('1K', 1_000, 950, 1_049)], exactCount(10)],
    ['an inexact denominator', [exactCount(1)], shown('1K', 1_000, 950, 1_049)],
  ])('%s makes the ratio inexact', (_name, numerators, denominator) => {
    expect(rangedRatio(numerators, denominator)!.exact).toBe(false);
  });

  test.each([
    ['a zero denominator', [exactCount(5)], exactCount(0)],
    ['a denominator that may be zero', [exactCount(5)], shown('0', 0, 0, 0)],
    ['a denominator whose range reaches zero', [exactCount(5)], shown('~', 1, 0, 2)],
    ['no numerators', [], exactCount(100)],
  ])('null for %s', (_name, numerators, denominator) => {
    expect(rangedRatio(numerators, denominator)).toBeNull();
  });
});

describe('engagementRateByViews', () => {
  test('likes exact 48,321 + comments "1.9K" (1,900–1,999) over 1,234,567 views', () => {
    const rate = engagementRateByViews({ likes: likes48321, comments: comments19K, views: views1234567 })!;
    expect(rate.formula).toBe('by-views');
    expect(rate.denominator).toBe('views');
    expect(rate.numerator).toEqual(['likes', 'comments']);
    expect(rate.missing).toEqual(['shares']);
    expect(rate.exact).toBe(false);
    expect(rate.value).toBeCloseTo((48_321 + 1_900) / 1_234_567, 15);
    expect(rate.min).toBeCloseTo(0.040_679_04, 8); // 50,221 / 1,234,567
    expect(rate.max).toBeCloseTo(0.040_759_23, 8); // 50,320 / 1,234,567
    expect(rate.min).toBeLessThan(rate.max);
  });

  test('all three exact: likes + comments + shares, nothing missing, one value', () => {
    const rate = engagementRateByViews({ likes: exactCount(60), comments: exactCount(30), shares: exactCount(10), views: exactCount(2_000) })!;
    expect(rate).toMatchObject({ value: 0.05, min: 0.05, max: 0.05, exact: true, numerator: ['likes', 'comments', 'shares'], missing: [] });
  });

  test('only likes: the other two are missing', () => {
    const rate = engagementRateByViews({ likes: exactCount(10), views: exactCount(100) })!;
    expect(rate.value).toBe(0.1);
    expect(rate.numerator).toEqual(['likes']);
    expect(rate.missing).toEqual(['comments', 'shares']);
  });

  test('saves, quotes and bookmarks are not part of it; reposts are where a site shows no shares', () => {
    const rate = engagementRateByViews({
      likes: exactCount(10),
      views: exactCount(1_000),
      saves: exactCount(1_000),
      reposts: exactCount(5),
      quotes: exactCount(1_000),
      bookmarks: exactCount(1_000),
    })!;
    expect(rate.value).toBe(0.015);
    expect(rate.numerator).toEqual(['likes', 'reposts']);
    expect(rate.missing).toEqual(['comments']);
  });

  test('shares win over reposts where a site shows both', () => {
    const rate = engagementRateByViews({ likes: exactCount(10), views: exactCount(1_000), shares: exactCount(2), reposts: exactCount(5) })!;
    expect(rate.value).toBe(0.012);
    expect(rate.numerator).toEqual(['likes', 'shares']);
  });

  test('a ranged views count widens the range', () => {
    const rate = engagementRateByViews({ likes: exactCount(1_000), views: shown('10K', 10_000, 9_500, 10_499) })!;
    expect(rate.min).toBeCloseTo(1_000 / 10_499, 12);
    expect(rate.max).toBeCloseTo(1_000 / 9_500, 12);
    expect(rate.value).toBe(0.1);
  });

  test.each<[string, Metrics]>([
    ['no likes (hidden): engagement without likes would read falsely low', { comments: exactCount(5), shares: exactCount(5), views: exactCount(100) }],
    ['no views', { likes: exactCount(5), comments: exactCount(5) }],
    ['zero views', { likes: exactCount(5), views: exactCount(0) }],
    ['nothing', {}],
  ])('null with %s', (_name, metrics) => {
    expect(engagementRateByViews(metrics)).toBeNull();
  });
});

describe('engagementRateByFollowers', () => {
  test('likes + comments over followers', () => {
    const rate = engagementRateByFollowers({ likes: exactCount(400), comments: exactCount(100) }, exactCount(10_000))!;
    expect(rate).toMatchObject({ formula: 'by-followers', denominator: 'followers', numerator: ['likes', 'comments'], missing: [], value: 0.05, exact: true });
  });

  test('shares and saves are added where shown, and are never "missing"', () => {
    const rate = engagementRateByFollowers(
      { likes: exactCount(100), comments: exactCount(50), shares: exactCount(30), saves: exactCount(20), views: exactCount(1_000_000) },
      exactCount(1_000),
    )!;
    expect(rate.numerator).toEqual(['likes', 'comments', 'shares', 'saves']);
    expect(rate.value).toBe(0.2);
    expect(rate.missing).toEqual([]);
    const withoutComments = engagementRateByFollowers({ likes: exactCount(100) }, exactCount(1_000))!;
    expect(withoutComments.missing).toEqual(['comments']);
  });

  test('a ranged follower count ("1.2M") gives a range', () => {
    const rate = engagementRateByFollowers({ likes: exactCount(12_000) }, shown('1.2M', 1_200_000, 1_150_000, 1_249_999))!;
    expect(rate.exact).toBe(false);
    expect(rate.value).toBe(0.01);
    expect(rate.min).toBeCloseTo(12_000 / 1_249_999, 12);
    expect(rate.max).toBeCloseTo(12_000 / 1_150_000, 12);
  });

  test.each<[string, Metrics, Count | null | undefined]>([
    ['zero followers', { likes: exactCount(10) }, exactCount(0)],
    ['followers unknown (undefined)', { likes: exactCount(10) }, undefined],
    ['followers unknown (null)', { likes: exactCount(10) }, null],
    ['no likes', { comments: exactCount(10), shares: exactCount(1) }, exactCount(1_000)],
  ])('null with %s', (_name, metrics, followers) => {
    expect(engagementRateByFollowers(metrics, followers)).toBeNull();
  });
});

describe('formatPercent', () => {
  const exactly = (value: number): RangedValue => ({ value, min: value, max: value, exact: true });
  const between = (value: number, min: number, max: number): RangedValue => ({ value, min, max, exact: false });

  test.each<[string, RangedValue, string | undefined, string]>([
    ['an exact rate', exactly(0.05), undefined, '5%'],
    ['two significant digits', exactly(0.123_4), undefined, '12%'],
    ['a small rate keeps two significant digits', exactly(0.001_234_5), undefined, '0.12%'],
    ['over 100%', exactly(1.5), undefined, '150%'],
    ['zero', exactly(0), undefined, '0%'],
    ['a range whose ends format the same is one value', between(0.040_679, 0.040_679, 0.040_759), undefined, '4.1%'],
    ['a range whose ends differ', between(0.032, 0.031, 0.034), undefined, '3.1%–3.4%'],
    ['an exact rate shows its value, whatever min and max say', { value: 0.05, min: 0.01, max: 0.09, exact: true }, undefined, '5%'],
    ['German', exactly(0.041), 'de', '4,1\u00a0%'],
    ['a German range', between(0.032, 0.031, 0.034), 'de', '3,1\u00a0%–3,4\u00a0%'],
  ])('%s', (_name, rate, locale, expected) => {
    expect(formatPercent(rate, locale)).toBe(expected);
  });

  test('the worked example: 48,321 likes + "1.9K" comments over 1,234,567 views is 4.1%', () => {
    expect(formatPercent(engagementRateByViews({ likes: likes48321, comments: comments19K, views: views1234567 })!)).toBe('4.1%');
  });

  test('a wide range from rounded inputs is shown as a range', () => {
    const rate = engagementRateByViews({ likes: shown('2K', 2_000, 1_500, 2_499), views: shown('50K', 50_000, 45_000, 54_999) })!;
    expect(formatPercent(rate)).toBe('2.7%–5.6%');
  });
});

describe('which interactions count (switchable; the house formula by default)', () => {
  const tiktok: Metrics = { views: exactCount(10_000), likes: exactCount(600), comments: exactCount(100), shares: exactCount(50), saves: exactCount(250) };
  const followers = exactCount(20_000);

  test.each<[string, InteractionSet, number, number]>([
    ['likes only (Modash)', 'likes', 600 / 20_000, 600 / 10_000],
    ['likes + comments (HypeAuditor)', 'likes+comments', 700 / 20_000, 700 / 10_000],
    ['all: + shares + saves by followers, + shares by views (house)', 'all', 1_000 / 20_000, 750 / 10_000],
  ])('%s', (_name, interactions, byFollowers, byViews) => {
    expect(engagementRate(tiktok, 'followers', followers, interactions)!.value).toBeCloseTo(byFollowers, 15);
    expect(engagementRate(tiktok, 'views', null, interactions)!.value).toBeCloseTo(byViews, 15);
  });

  test('the default is the house formula', () => {
    expect(engagementRate(tiktok, 'followers', followers)).toEqual(engagementRateByFollowers(tiktok, followers));
    expect(engagementRate(tiktok, 'views', null)).toEqual(engagementRateByViews(tiktok));
  });

  test('a narrower set never reports counts outside it as missing', () => {
    const noComments: Metrics = { likes: exactCount(10), views: exactCount(100) };
    expect(engagementRate(noComments, 'views', null, 'likes')).toMatchObject({ numerator: ['likes'], missing: [] });
    expect(engagementRate(noComments, 'views', null, 'likes+comments')).toMatchObject({ numerator: ['likes'], missing: ['comments'] });
    expect(engagementRate({ likes: exactCount(10), shares: exactCount(5) }, 'followers', exactCount(100), 'likes')!.value).toBe(0.1);
  });

  test('on X, reposts are the shares and bookmarks the saves (by followers); quotes never count', () => {
    const x: Metrics = { likes: exactCount(100), comments: exactCount(10), reposts: exactCount(20), quotes: exactCount(5), bookmarks: exactCount(30), views: exactCount(5_000) };
    const rate = engagementRateByFollowers(x, exactCount(1_000))!;
    expect(rate.numerator).toEqual(['likes', 'comments', 'reposts', 'bookmarks']);
    expect(rate.value).toBeCloseTo(0.16, 15);
    expect(engagementRateByViews(x)!.numerator).toEqual(['likes', 'comments', 'reposts']);
  });

  test('likes + comments reports missing comments (turned off) but never missing shares or saves', () => {
    expect(engagementRate({ likes: exactCount(10) }, 'followers', exactCount(100), 'likes+comments')!.missing).toEqual(['comments']);
    expect(engagementRate({ likes: exactCount(10) }, 'followers', exactCount(100), 'likes')!.missing).toEqual([]);
  });

  test.each<[RateBasis, InteractionSet, string]>([
    ['followers', 'all', '(likes + comments + shares + saves where shown (reposts and bookmarks on X and LinkedIn)) / followers at capture time'],
    ['views', 'all', '(likes + comments + shares (reposts where a site shows no shares)) / views'],
    ['followers', 'likes', '(likes) / followers at capture time'],
    ['views', 'likes+comments', '(likes + comments) / views'],
  ])('describeFormula(%s, %s)', (basis, interactions, expected) => {
    expect(describeFormula(basis, interactions)).toBe(expected);
  });
});
