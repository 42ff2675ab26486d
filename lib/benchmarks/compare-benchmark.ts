/**
 * Where a creator sits against a benchmark, compared only in the benchmark's own formula: the creator's rate is
 * computed the way the source computed its figures (by followers or by views, median or mean, which interactions,
 * sponsored or organic posts), and brand benchmarks are only for brand (company) accounts.
 *
 * Where a source leaves the statistic or the interactions unstated, the creator's rate is the house choice (median;
 * the house interactions) and the comparison says which parts of the formula the source did not state
 * (`match: 'formula-partly-unstated'`): the card shows it as a caveat, never as a like-for-like comparison.
 *
 * Tiers: each source's own bounds. A follower range that straddles one of them is placed in every tier it touches.
 */
import { HOUSE_INTERACTIONS, type InteractionSet, type RateBasis } from '../kpi/interaction-sets';
import type { RangedValue } from '../kpi/ranged-ratio';
import type { Platform } from '../reading/reading';
import type { BandLabel, BenchmarkBand, BenchmarkFormula, BenchmarkSet, BenchmarkTier } from './benchmark-schema';
import { type FollowerRange, rangeMeets } from './tiers';

export interface RateQuery {
  basis: RateBasis;
  statistic: 'median' | 'mean';
  interactions: InteractionSet;
  content: BenchmarkFormula['content'];
}

/** The creator's rate in a formula, with how many posts it stands on; null when the creator has none in it. */
export type RateInFormula = (query: RateQuery) => { rate: RangedValue; posts: number } | null;

export interface TierPosition {
  name: string;
  followers: BenchmarkTier['followers'];
  typical: number | null;
  bands: BenchmarkBand[];
  /** The band of the creator's rate, and every band its range touches (more than one when it straddles). */
  band: BandLabel | null;
  bandsTouched: BandLabel[];
  /** When the whole range lies outside every band: below the lowest or above the highest (a source may give one band). */
  outsideBands: 'below' | 'above' | null;
  /** Against the typical figure: above / below, or straddles when the range holds it. */
  versusTypical: 'above' | 'below' | 'straddles' | null;
  /** The creator's rate / the typical figure. */
  factor: number | null;
}

export interface BenchmarkComparison {
  setId: string;
  platform: Platform;
  source: BenchmarkSet['source'];
  formula: BenchmarkFormula;
  match: 'same-formula' | 'formula-partly-unstated';
  /** The parts of the formula the source does not state, filled with the house choice. */
  unstated: Array<'statistic' | 'interactions'>;
  creator: { query: RateQuery; rate: RangedValue; posts: number };
  tiers: TierPosition[];
}

export interface NotComparable {
  setId: string;
  why: string;
}

export function queryFor(formula: BenchmarkFormula): { query: RateQuery; unstated: BenchmarkComparison['unstated'] } {
  const unstated: BenchmarkComparison['unstated'] = [];
  if (formula.statistic === 'unstated') unstated.push('statistic');
  if (formula.interactions === 'unstated') unstated.push('interactions');
  return {
    query: {
      basis: formula.basis,
      statistic: formula.statistic === 'mean' ? 'mean' : 'median',
      interactions: formula.interactions === 'unstated' ? HOUSE_INTERACTIONS : formula.interactions,
      content: formula.content,
    },
    unstated,
  };
}

function bandOf(value: number, bands: readonly BenchmarkBand[]): BandLabel | null {
  return bands.find((band) => (band.min === null || value >= band.min) && (band.max === null || value < band.max))?.label ?? null;
}

function positionIn(tier: BenchmarkTier, rate: RangedValue): TierPosition {
  const bands = tier.bands ?? [];
  const typical = tier.typical ?? null;
  const bandsTouched = bands
    .filter((band) => (band.max === null || rate.min < band.max) && (band.min === null || rate.max >= band.min))
    .map((band) => band.label);
  let outsideBands: TierPosition['outsideBands'] = null;
  if (bands.length && bandsTouched.length === 0) {
    const lowest = Math.min(...bands.map((band) => band.min ?? 0));
    outsideBands = rate.max < lowest ? 'below' : 'above';
  }
  let versusTypical: TierPosition['versusTypical'] = null;
  if (typical !== null) versusTypical = rate.min > typical ? 'above' : rate.max < typical ? 'below' : 'straddles';
  return {
    name: tier.name,
    followers: tier.followers,
    typical,
    bands,
    band: bandOf(rate.value, bands),
    bandsTouched,
    outsideBands,
    versusTypical,
    factor: typical ? rate.value / typical : null,
  };
}

export function compareWithBenchmarks(
  sets: readonly BenchmarkSet[],
  creator: { platform: Platform; population: 'creators' | 'brands'; followers: FollowerRange | null },
  rateIn: RateInFormula,
): { comparisons: BenchmarkComparison[]; notComparable: NotComparable[] } {
  const comparisons: BenchmarkComparison[] = [];
  const notComparable: NotComparable[] = [];
  for (const set of sets) {
    if (set.platform !== creator.platform) continue;
    if (set.formula.population !== creator.population) {
      notComparable.push({ setId: set.id, why: `a benchmark of ${set.formula.population}; this account is one of the ${creator.population}` });
      continue;
    }
    const followers = creator.followers;
    if (!followers) {
      notComparable.push({ setId: set.id, why: 'no follower count read: no tier to compare in' });
      continue;
    }
    const tiers = set.tiers.filter((tier) => rangeMeets(followers, tier.followers.min, tier.followers.max));
    if (tiers.length === 0) {
      notComparable.push({ setId: set.id, why: 'the source gives no figure for this follower count' });
      continue;
    }
    const { query, unstated } = queryFor(set.formula);
    const creatorRate = rateIn(query);
    if (!creatorRate) {
      notComparable.push({ setId: set.id, why: `the creator has no rate in this formula (${describeQuery(query)})` });
      continue;
    }
    comparisons.push({
      setId: set.id,
      platform: set.platform,
      source: set.source,
      formula: set.formula,
      match: unstated.length ? 'formula-partly-unstated' : 'same-formula',
      unstated,
      creator: { query, rate: creatorRate.rate, posts: creatorRate.posts },
      tiers: tiers.map((tier) => positionIn(tier, creatorRate.rate)),
    });
  }
  comparisons.sort(
    (a, b) =>
      rank(a) - rank(b) || (b.source.year ?? 0) - (a.source.year ?? 0) || a.setId.localeCompare(b.setId),
  );
  return { comparisons, notComparable };
}

/** Like-for-like before partly stated; bands (a position) before a single figure. */
function rank(comparison: BenchmarkComparison): number {
  const hasBands = comparison.tiers.some((tier) => tier.bands.length > 0);
  return (comparison.match === 'same-formula' ? 0 : 2) + (hasBands ? 0 : 1);
}

export function describeQuery(query: RateQuery): string {
  const content = query.content === 'all' ? 'all posts' : `${query.content} posts`;
  return `${query.statistic} of (${query.interactions === 'all' ? 'house interactions' : query.interactions}) / ${query.basis}, ${content}`;
}
