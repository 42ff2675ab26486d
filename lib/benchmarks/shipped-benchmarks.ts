/**
 * The benchmarks Castlist ships: only figures that ../shared/design/market.md (b1, checked 2026-12) cites with a
 * source, each with its year and the formula the source used. Figures whose formula market.md does not give
 * (Statista, IQFluence, Socialinsider; CreatorIQ's sponsored figures, whose by-views formula counts saves and so is
 * not one Castlist computes), that are measured on impressions (Buffer, Captiv8 Instagram: not on public pages), or
 * that market.md marks unverified (the "1 / 3.5 / 6 %" rule, Phlanx, aggregator tier tables) are left
 * out: a creator must only ever be compared with a benchmark of the same formula.
 *
 * Rates are written as the sources print them (percent) and stored as fractions. Bump a set's `version` and
 * BENCHMARK_DATA.version whenever a figure changes.
 */
import { type BenchmarkBand, type BenchmarkData, type BenchmarkTier, benchmarkDataSchema } from './benchmark-schema';

const pct = (percent: number) => Number((percent / 100).toPrecision(12));

/** Good ≥ good, average between, below < average: the three bands tools show (Untapper's tables). */
function bands(good: number, average: number): BenchmarkBand[] {
  return [
    { label: 'below', min: null, max: pct(average) },
    { label: 'average', min: pct(average), max: pct(good) },
    { label: 'good', min: pct(good), max: null },
  ];
}

const K = 1_000;
const M = 1_000_000;
const ALL_FOLLOWERS = { min: 0, max: null };

/** Untapper's tier bounds (its Instagram table: nano 1–10K, micro 10–50K, mid 50–500K, macro 500K–1M, mega 1M+). */
function untapperTiers(figures: Array<[good: number, average: number]>): BenchmarkTier[] {
  const bounds: Array<[string, number, number | null]> = [
    ['nano', 1 * K, 10 * K],
    ['micro', 10 * K, 50 * K],
    ['mid', 50 * K, 500 * K],
    ['macro', 500 * K, 1 * M],
    ['mega', 1 * M, null],
  ];
  return bounds.map(([name, min, max], index) => ({ name, followers: { min, max }, bands: bands(...figures[index]!) }));
}

export const BENCHMARK_DATA: BenchmarkData = benchmarkDataSchema.parse({
  version: 1,
  updated: '2026-12-06',
  sets: [
    {
      id: 'untapper-instagram',
      version: 1,
      platform: 'instagram',
      source: {
        name: 'Untapper, influencer marketing benchmarks (good / average / below bands)',
        citation: 'https://untapper.com/influencer-marketing-benchmarks',
        year: null,
        note:
          'Undated vendor page (market.md b1, tool-published bands, read 2026-12). ER by followers; the page does not say ' +
          'whether per-creator median or mean, nor which interactions (Untapper recommends median likes / followers, market.md b2).',
      },
      formula: { basis: 'followers', statistic: 'unstated', interactions: 'unstated', population: 'creators', content: 'all' },
      tiers: untapperTiers([
        [5, 3],
        [3.5, 2],
        [2.5, 1.5],
        [1.8, 1],
        [1.2, 0.7],
      ]),
    },
    {
      id: 'untapper-tiktok',
      version: 1,
      platform: 'tiktok',
      source: {
        name: 'Untapper, influencer marketing benchmarks, TikTok (vs views)',
        citation: 'https://untapper.com/influencer-marketing-benchmarks',
        year: null,
        note:
          'Undated vendor page (market.md b1, read 2026-12). ER by views; statistic and interactions not stated. market.md names the ' +
          'TikTok tiers only: the bounds are those of the same page\'s Instagram table.',
      },
      formula: { basis: 'views', statistic: 'unstated', interactions: 'unstated', population: 'creators', content: 'all' },
      tiers: untapperTiers([
        [10, 6],
        [7, 4],
        [5, 3],
        [3.5, 2],
        [2, 1],
      ]),
    },
    {
      id: 'hypeauditor-2026-instagram',
      version: 1,
      platform: 'instagram',
      source: {
        name: 'HypeAuditor, State of Influencer Marketing 2026 (via eMarketer)',
        citation: 'https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts',
        year: 2026,
        note:
          "market.md b1. HypeAuditor's ER is (likes + comments) / followers (market.md b2); the summary does not say median or mean. " +
          'No figure for its mid and macro tiers. Its micro tier ends at 50K.',
      },
      formula: { basis: 'followers', statistic: 'unstated', interactions: 'likes+comments', population: 'creators', content: 'all' },
      tiers: [
        { name: 'nano', followers: { min: 1 * K, max: 10 * K }, typical: pct(1.78) },
        { name: 'micro', followers: { min: 10 * K, max: 50 * K }, typical: pct(0.54) },
        { name: 'mega', followers: { min: 1 * M, max: null }, typical: pct(0.33) },
      ],
    },
    {
      id: 'hypeauditor-laterfohr-2021-instagram',
      version: 1,
      platform: 'instagram',
      source: {
        name: 'HypeAuditor (2020: 12M Instagram accounts) and Later × Fohr (3.5M posts, Dec 2020–Mar 2021), summarised by Insider',
        citation: 'siantarkalo.blogspot.com/2021/04/instagram-and-tiktok-influencer.html (mirror of the Insider summary)',
        year: 2021,
        note: 'market.md b1: average ER 1.9%–2.2% across all influencers, both by (likes + comments) / followers. One band: the two averages.',
      },
      formula: { basis: 'followers', statistic: 'mean', interactions: 'likes+comments', population: 'creators', content: 'all' },
      tiers: [{ name: 'all influencers', followers: ALL_FOLLOWERS, bands: [{ label: 'average', min: pct(1.9), max: pct(2.2) }] }],
    },
    {
      id: 'hypeauditor-likes-to-followers-instagram',
      version: 1,
      platform: 'instagram',
      source: {
        name: 'HypeAuditor, Instagram likes-to-followers ratio tool',
        citation: 'hypeauditor.com/free-tools/instagram-likes-to-followers/',
        year: null,
        note: 'market.md b1/b2: like-to-follower ratio = average likes / followers; "good" is about 1%–3%. Undated tool page.',
      },
      formula: { basis: 'followers', statistic: 'mean', interactions: 'likes', population: 'creators', content: 'all' },
      tiers: [{ name: 'all accounts', followers: ALL_FOLLOWERS, bands: [{ label: 'good', min: pct(1), max: pct(3) }] }],
    },
    {
      id: 'influencer-hero-2024-tiktok',
      version: 1,
      platform: 'tiktok',
      source: {
        name: 'Influencer Hero database (January 2024), TikTok engagement rate calculator',
        citation: 'influencer-hero.com/resources/free-tiktok-engagement-rate-calculator',
        year: 2024,
        note: 'market.md b1: median ER 1.31% of all TikTok influencers in its database, by followers; interactions not stated.',
      },
      formula: { basis: 'followers', statistic: 'median', interactions: 'unstated', population: 'creators', content: 'all' },
      tiers: [{ name: 'all influencers', followers: ALL_FOLLOWERS, typical: pct(1.31) }],
    },
    {
      id: 'captiv8-tiktok-all-star',
      version: 1,
      platform: 'tiktok',
      source: {
        name: 'Captiv8 (via eMarketer), TikTok "All Star" creators',
        citation: 'emarketer.com (Captiv8 exclusive), as cited in market.md b1',
        year: null,
        note: 'market.md b1: 4.95% engagements / views for TikTok creators over 1.5M followers; year, statistic and interactions not stated.',
      },
      formula: { basis: 'views', statistic: 'unstated', interactions: 'unstated', population: 'creators', content: 'all' },
      tiers: [{ name: 'All Star (>1.5M)', followers: { min: 1_500_000, max: null }, typical: pct(4.95) }],
    },
    ...(
      [
        ['instagram', 0.47],
        ['tiktok', 5.69],
        ['x', 0.035],
      ] as const
    ).map(([platform, percent]) => ({
      id: `rival-iq-2022-${platform}-brands`,
      version: 1,
      platform,
      source: {
        name: "Rival IQ, Social Media Industry Benchmark Report (2022 data), via wishu.io",
        citation: "wishu.io/rival-iqs-social-media-report-… (as cited in market.md b1)",
        year: 2022,
        note: 'market.md b1: median engagement per post of 150 brands across 14 industries, all interactions / followers. Brands, not creators: compared with brand (company) accounts only.',
      },
      formula: { basis: 'followers', statistic: 'median', interactions: 'all', population: 'brands', content: 'all' },
      tiers: [{ name: 'brands', followers: ALL_FOLLOWERS, typical: pct(percent) }],
    })),
  ],
});
