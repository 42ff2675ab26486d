/**
 * lib/benchmarks: tiers (a follower range straddling a boundary names both), the shipped data (every set sourced,
 * dated or said to be undated, with its formula; only market.md's figures), the user's edits and their merge,
 * comparisons only in the benchmark's own formula, and the personal benchmark.
 */
import { describe, expect, test } from 'vitest';
import { BENCHMARK_EDITS_KEY, type BenchmarkEdits, mergeBenchmarks, parseBenchmarkEdits } from '../../lib/benchmarks/benchmark-edits';
import { type BenchmarkSet, benchmarkDataSchema, benchmarkSetSchema } from '../../lib/benchmarks/benchmark-schema';
import { type RateQuery, compareWithBenchmarks } from '../../lib/benchmarks/compare-benchmark';
import { type CreatorKpiRecord, personalBenchmark } from '../../lib/benchmarks/personal-benchmark';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import { DEFAULT_TIER_BOUNDS, spanOfTiers, tierOf } from '../../lib/benchmarks/tiers';
import type { RangedValue } from '../../lib/kpi/ranged-ratio';

const exactly = (value: number): RangedValue => ({ value, min: value, max: value, exact: true });
const between = (value: number, min: number, max: number): RangedValue => ({ value, min, max, exact: false });
const followers = (value: number, min = value, max = value) => ({ value, min, max });

describe('tiers', () => {
  test.each<[string, ReturnType<typeof followers>, string, string[]]>([
    ['9,999 is nano', followers(9_999), 'nano', ['nano']],
    ['10,000 is micro (bounds are [min, max))', followers(10_000), 'micro', ['micro']],
    ['99,999 is micro', followers(99_999), 'micro', ['micro']],
    ['250K is mid', followers(250_000), 'mid', ['mid']],
    ['999,999 is macro', followers(999_999), 'macro', ['macro']],
    ['1,000,000 is mega', followers(1_000_000), 'mega', ['mega']],
    ['"1M" (950,000–1,049,999) straddles macro and mega', followers(1_000_000, 950_000, 1_049_999), 'mega', ['macro', 'mega']],
    ['"10K" (9,950–10,049) straddles nano and micro', followers(10_000, 9_950, 10_049), 'micro', ['nano', 'micro']],
    ['"6.2M" is mega only', followers(6_200_000, 6_150_000, 6_299_999), 'mega', ['mega']],
  ])('%s', (_name, count, tier, tiers) => {
    const placement = tierOf(count);
    expect(placement.tier).toBe(tier);
    expect(placement.tiers).toEqual(tiers);
    expect(placement.straddles).toBe(tiers.length > 1);
  });

  test('the span of tiers, for the personal benchmark\'s query', () => {
    expect(spanOfTiers(['micro'])).toEqual({ min: 10_000, max: 100_000 });
    expect(spanOfTiers(['macro', 'mega'])).toEqual({ min: 500_000, max: null });
    expect(() => spanOfTiers([])).toThrow(/no tier bounds/);
  });

  test('the product defaults', () => {
    expect(DEFAULT_TIER_BOUNDS.map((bound) => [bound.tier, bound.min, bound.max])).toEqual([
      ['nano', 0, 10_000],
      ['micro', 10_000, 100_000],
      ['mid', 100_000, 500_000],
      ['macro', 500_000, 1_000_000],
      ['mega', 1_000_000, null],
    ]);
  });
});

describe('the shipped benchmarks', () => {
  test('pass their schema, ids unique', () => {
    expect(benchmarkDataSchema.safeParse(BENCHMARK_DATA).success).toBe(true);
  });

  test.each(BENCHMARK_DATA.sets.map((set) => [set.id, set] as const))('%s names its source, year (or says it is undated) and formula', (_id, set) => {
    expect(set.source.name.length).toBeGreaterThan(5);
    expect(set.source.citation.length).toBeGreaterThan(5);
    expect(set.source.note).toMatch(/market\.md/);
    expect(set.source.year === null ? /undated|year.*not stated|not stated/i.test(set.source.note) : set.source.year >= 2018).toBe(true);
    expect(set.formula.basis).toMatch(/^(followers|views)$/);
  });

  test('figures exactly as market.md b1 prints them (percent), stored as fractions', () => {
    const byId = new Map(BENCHMARK_DATA.sets.map((set) => [set.id, set]));
    expect(byId.get('hypeauditor-2026-instagram')!.tiers.map((tier) => [tier.name, tier.typical])).toEqual([
      ['nano', 0.0178],
      ['micro', 0.0054],
      ['mega', 0.0033],
    ]);
    expect(byId.get('untapper-instagram')!.tiers[0]!.bands).toEqual([
      { label: 'below', min: null, max: 0.03 },
      { label: 'average', min: 0.03, max: 0.05 },
      { label: 'good', min: 0.05, max: null },
    ]);
    expect(byId.get('untapper-tiktok')!.tiers[4]!.bands!.map((band) => [band.label, band.min, band.max])).toEqual([
      ['below', null, 0.01],
      ['average', 0.01, 0.02],
      ['good', 0.02, null],
    ]);
    expect(byId.get('influencer-hero-2024-tiktok')!.tiers[0]!.typical).toBe(0.0131);
    expect(byId.get('rival-iq-2022-x-brands')!.tiers[0]!.typical).toBe(0.00035);
  });

  test('none of the figures market.md marks unverified or unsourced is shipped', () => {
    const text = JSON.stringify(BENCHMARK_DATA);
    for (const unverified of ['Phlanx', 'costcalculator', 'marketingcourse', 'organicmediabuying', 'passo.co', 'calculatecreator']) {
      expect(text).not.toContain(unverified);
    }
  });
});

describe('edits in settings, merged with the shipped data', () => {
  const own: BenchmarkSet = {
    id: 'agency-2026-instagram',
    version: 1,
    platform: 'instagram',
    source: { name: 'Our agency, 2026 campaigns', citation: 'internal report Q3 2026', year: 2026, note: 'median of our 40 campaigns' },
    formula: { basis: 'followers', statistic: 'median', interactions: 'all', population: 'creators', content: 'sponsored' },
    tiers: [{ name: 'micro', followers: { min: 10_000, max: 100_000 }, typical: 0.021 }],
  };
  const shippedUntapper = BENCHMARK_DATA.sets.find((set) => set.id === 'untapper-instagram')!;
  const editedUntapper: BenchmarkSet = { ...shippedUntapper, tiers: [{ ...shippedUntapper.tiers[0]!, typical: 0.04 }] };

  test('no edits: the shipped sets, in order', () => {
    const merged = mergeBenchmarks(BENCHMARK_DATA);
    expect(merged.sets.map((set) => set.id)).toEqual(BENCHMARK_DATA.sets.map((set) => set.id));
    expect(merged.sets.every((set) => set.origin === 'shipped')).toBe(true);
  });

  test('an edit replaces its shipped set in place, an own set is added, a hidden one is left out', () => {
    const edits: BenchmarkEdits = {
      format: 1,
      sets: [
        { set: editedUntapper, basedOnVersion: 1, editedAt: 1 },
        { set: own, basedOnVersion: null, editedAt: 2 },
      ],
      hidden: ['rival-iq-2022-x-brands'],
    };
    const merged = mergeBenchmarks(BENCHMARK_DATA, edits);
    expect(merged.sets.find((set) => set.id === 'untapper-instagram')).toMatchObject({ origin: 'edited', shippedChangedSinceEdit: false, tiers: [{ typical: 0.04 }] });
    expect(merged.sets.at(-1)).toMatchObject({ id: own.id, origin: 'added' });
    expect(merged.sets.some((set) => set.id === 'rival-iq-2022-x-brands')).toBe(false);
    expect(merged.hidden).toEqual(['rival-iq-2022-x-brands']);
    expect(merged.sets.findIndex((set) => set.id === 'untapper-instagram')).toBe(BENCHMARK_DATA.sets.findIndex((set) => set.id === 'untapper-instagram'));
  });

  test('an edit made against an older version of a shipped set says the shipped figures changed since', () => {
    const newer = { ...BENCHMARK_DATA, sets: BENCHMARK_DATA.sets.map((set) => (set.id === 'untapper-instagram' ? { ...set, version: 2 } : set)) };
    const merged = mergeBenchmarks(newer, { format: 1, sets: [{ set: editedUntapper, basedOnVersion: 1, editedAt: 1 }], hidden: [] });
    expect(merged.sets.find((set) => set.id === 'untapper-instagram')!.shippedChangedSinceEdit).toBe(true);
  });

  test(`the settings value under "${BENCHMARK_EDITS_KEY}": absent means no edits`, () => {
    expect(parseBenchmarkEdits(undefined)).toEqual({ ok: true, edits: { format: 1, sets: [], hidden: [] } });
  });

  test.each<[string, unknown, RegExp]>([
    ['a set without a source', { format: 1, sets: [{ set: { ...own, source: undefined }, basedOnVersion: null, editedAt: 1 }], hidden: [] }, /sets\.0\.set\.source/],
    ['a band with min above max', { format: 1, sets: [{ set: { ...own, tiers: [{ name: 't', followers: { min: 0, max: null }, bands: [{ label: 'good', min: 0.05, max: 0.01 }] }] }, basedOnVersion: null, editedAt: 1 }], hidden: [] }, /min < max/],
    ['a tier with neither a figure nor bands', { format: 1, sets: [{ set: { ...own, tiers: [{ name: 't', followers: { min: 0, max: null } }] }, basedOnVersion: null, editedAt: 1 }], hidden: [] }, /typical figure or bands/],
    ['a rate given as a percent string', { format: 1, sets: [{ set: { ...own, tiers: [{ name: 't', followers: { min: 0, max: null }, typical: '2.1%' }] }, basedOnVersion: null, editedAt: 1 }], hidden: [] }, /typical/],
    ['the same id edited twice', { format: 1, sets: [{ set: own, basedOnVersion: null, editedAt: 1 }, { set: own, basedOnVersion: null, editedAt: 2 }], hidden: [] }, /edited once/],
    ['an unknown format', { format: 2, sets: [], hidden: [] }, /format/],
  ])('refused with a message that names the problem: %s', (_name, value, message) => {
    const parsed = parseBenchmarkEdits(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(message);
    expect(parsed.ok ? '' : parsed.error).toContain(BENCHMARK_EDITS_KEY);
  });

  test('an own set passes the same schema as shipped ones', () => {
    expect(benchmarkSetSchema.safeParse(own).success).toBe(true);
  });
});

describe('comparisons only in the benchmark\'s own formula', () => {
  const instagramSets = BENCHMARK_DATA.sets.filter((set) => set.platform === 'instagram');
  const rates = (query: RateQuery) => {
    const byFormula: Record<string, RangedValue> = {
      'median|all': exactly(0.025),
      'median|likes+comments': exactly(0.022),
      'mean|likes+comments': exactly(0.02),
      'mean|likes': exactly(0.018),
    };
    const rate = byFormula[`${query.statistic}|${query.interactions}`];
    return rate ? { rate, posts: 12 } : null;
  };

  test('each benchmark gets the creator\'s rate in its formula; unstated parts take the house choice and say so', () => {
    const { comparisons } = compareWithBenchmarks(instagramSets, { platform: 'instagram', population: 'creators', followers: followers(30_000) }, rates);
    const byId = new Map(comparisons.map((comparison) => [comparison.setId, comparison]));
    expect(byId.get('hypeauditor-laterfohr-2021-instagram')).toMatchObject({ match: 'same-formula', unstated: [], creator: { query: { statistic: 'mean', interactions: 'likes+comments' }, rate: { value: 0.02 } } });
    expect(byId.get('hypeauditor-likes-to-followers-instagram')).toMatchObject({ match: 'same-formula', creator: { query: { statistic: 'mean', interactions: 'likes' } } });
    expect(byId.get('untapper-instagram')).toMatchObject({ match: 'formula-partly-unstated', unstated: ['statistic', 'interactions'], creator: { query: { statistic: 'median', interactions: 'all' } } });
    expect(byId.get('hypeauditor-2026-instagram')).toMatchObject({ match: 'formula-partly-unstated', unstated: ['statistic'] });
    // like-for-like first
    expect(comparisons.slice(0, 2).every((comparison) => comparison.match === 'same-formula')).toBe(true);
  });

  test('bands: where the rate sits, and every band its range touches', () => {
    const untapper = BENCHMARK_DATA.sets.filter((set) => set.id === 'untapper-instagram');
    const at = (rate: RangedValue) => compareWithBenchmarks(untapper, { platform: 'instagram', population: 'creators', followers: followers(30_000) }, () => ({ rate, posts: 12 })).comparisons[0]!.tiers[0]!;
    expect(at(exactly(0.025))).toMatchObject({ name: 'micro', band: 'average', bandsTouched: ['average'], outsideBands: null });
    expect(at(between(0.036, 0.033, 0.04))).toMatchObject({ band: 'good', bandsTouched: ['average', 'good'] });
    expect(at(exactly(0.01))).toMatchObject({ band: 'below', bandsTouched: ['below'] });
  });

  test('a single-band source: below or above it', () => {
    const laterFohr = BENCHMARK_DATA.sets.filter((set) => set.id === 'hypeauditor-laterfohr-2021-instagram');
    const at = (value: number) => compareWithBenchmarks(laterFohr, { platform: 'instagram', population: 'creators', followers: followers(30_000) }, () => ({ rate: exactly(value), posts: 3 })).comparisons[0]!.tiers[0]!;
    expect(at(0.01)).toMatchObject({ band: null, bandsTouched: [], outsideBands: 'below' });
    expect(at(0.03)).toMatchObject({ outsideBands: 'above' });
    expect(at(0.02)).toMatchObject({ band: 'average', outsideBands: null });
  });

  test('a typical figure: above, below, or straddles when the range holds it', () => {
    const hype = BENCHMARK_DATA.sets.filter((set) => set.id === 'hypeauditor-2026-instagram');
    const at = (rate: RangedValue) => compareWithBenchmarks(hype, { platform: 'instagram', population: 'creators', followers: followers(30_000) }, () => ({ rate, posts: 12 })).comparisons[0]!.tiers[0]!;
    expect(at(exactly(0.0108))).toMatchObject({ name: 'micro', typical: 0.0054, versusTypical: 'above', factor: expect.closeTo(2, 10) });
    expect(at(exactly(0.004)).versusTypical).toBe('below');
    expect(at(between(0.0054, 0.005, 0.006)).versusTypical).toBe('straddles');
  });

  test('a follower range straddling the source\'s tier boundary is compared in both tiers', () => {
    const hype = BENCHMARK_DATA.sets.filter((set) => set.id === 'hypeauditor-2026-instagram');
    const { comparisons } = compareWithBenchmarks(hype, { platform: 'instagram', population: 'creators', followers: followers(10_000, 9_950, 10_049) }, () => ({ rate: exactly(0.01), posts: 12 }));
    expect(comparisons[0]!.tiers.map((tier) => tier.name)).toEqual(['nano', 'micro']);
  });

  test('never across populations, platforms, or where the source has no figure for the size', () => {
    const result = compareWithBenchmarks(BENCHMARK_DATA.sets, { platform: 'instagram', population: 'creators', followers: followers(200_000) }, rates);
    const why = new Map(result.notComparable.map((entry) => [entry.setId, entry.why]));
    expect(why.get('rival-iq-2022-instagram-brands')).toMatch(/benchmark of brands/);
    expect(why.get('hypeauditor-2026-instagram')).toMatch(/no figure for this follower count/);
    expect(result.comparisons.every((comparison) => comparison.platform === 'instagram')).toBe(true);
    const brand = compareWithBenchmarks(BENCHMARK_DATA.sets, { platform: 'instagram', population: 'brands', followers: followers(200_000) }, rates);
    expect(brand.comparisons.map((comparison) => comparison.setId)).toEqual(['rival-iq-2022-instagram-brands']);
  });

  test('no follower count, or no rate in the formula: not compared, and said why', () => {
    const creatorSets = instagramSets.filter((set) => set.formula.population === 'creators');
    const none = compareWithBenchmarks(creatorSets, { platform: 'instagram', population: 'creators', followers: null }, rates);
    expect(none.comparisons).toEqual([]);
    expect(none.notComparable.map((entry) => entry.why)).toEqual(creatorSets.map(() => 'no follower count read: no tier to compare in'));
    const noRate = compareWithBenchmarks(creatorSets, { platform: 'instagram', population: 'creators', followers: followers(30_000) }, () => null);
    expect(noRate.comparisons).toEqual([]);
    expect(noRate.notComparable[0]!.why).toMatch(/no rate in this formula/);
  });
});

describe('the personal benchmark', () => {
  const record = (key: string, value: number, rate: RangedValue | null, platform: CreatorKpiRecord['platform'] = 'tiktok'): CreatorKpiRecord => ({
    creatorKey: key,
    platform,
    followers: followers(value),
    erByFollowers: rate,
    erByViews: null,
  });
  const target = record('tiktok:me', 50_000, exactly(0.03));
  const peers = [
    record('tiktok:a', 20_000, exactly(0.01)),
    record('tiktok:b', 30_000, exactly(0.02)),
    record('tiktok:c', 40_000, exactly(0.03)),
    record('tiktok:d', 60_000, exactly(0.04)),
    record('tiktok:e', 90_000, exactly(0.05)),
    record('tiktok:big', 900_000, exactly(0.001)), // another tier
    record('instagram:a', 50_000, exactly(0.001), 'instagram'), // another platform
    record('tiktok:none', 50_000, null), // no rate
    target, // itself
  ];

  test('share of same-platform, same-tier creators with a lower ER, ties counting half', () => {
    const result = personalBenchmark(target, peers, 'followers')!;
    expect(result).toMatchObject({ basis: 'followers', platform: 'tiktok', tiers: ['micro'], peers: 5, fewPeers: false });
    expect(result.percentile.value).toBe(50); // a, b below; c a tie: (2 + 0.5) / 5
    expect(result.percentile.min).toBe(40);
    expect(result.percentile.max).toBe(60);
  });

  test('ranges widen the percentile: surely below … possibly below', () => {
    const result = personalBenchmark(record('tiktok:me', 50_000, between(0.03, 0.015, 0.045)), peers, 'followers')!;
    expect(result.percentile.min).toBe(20); // only a (0.01) is surely below 0.015
    expect(result.percentile.max).toBe(80); // a, b, c, d start at or below 0.045
    expect(result.percentile.value).toBe(50);
  });

  test('few peers are said to be few; none or no rate gives no percentile', () => {
    expect(personalBenchmark(target, peers.slice(0, 2), 'followers')!.fewPeers).toBe(true);
    expect(personalBenchmark(target, [], 'followers')).toBeNull();
    expect(personalBenchmark(target, peers, 'views')).toBeNull();
  });
});
