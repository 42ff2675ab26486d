/**
 * The casting card's numbers in plain words, for a brand manager who does not know the formulas: "3.1%", "between
 * 2.9% and 3.3%", "likes + comments + shares + saves, divided by followers". Plain TypeScript, tested with tables;
 * the components only place these strings.
 */
import type { BenchmarkFormula } from '../benchmarks/benchmark-schema';
import type { RateQuery } from '../benchmarks/compare-benchmark';
import type { InteractionSet, RateBasis } from '../kpi/interaction-sets';
import type { RangedValue } from '../kpi/ranged-ratio';
import type { Platform } from '../reading/reading';
import { numberFormat } from './number-formats';

/** A rate (a fraction: 0.031) as a percentage with two significant digits, in the panel's locale: "3.1%". */
export function percentText(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }).format(value);
}

export interface RateWords {
  /** The rate itself: "3.1%". */
  value: string;
  /** "between 2.9% and 3.3%" when the inputs were rounded displays and the ends differ; null otherwise. */
  range: string | null;
}

export function rateWords(rate: RangedValue, locale: string): RateWords {
  const value = percentText(rate.value, locale);
  const low = percentText(rate.min, locale);
  const high = percentText(rate.max, locale);
  return { value, range: rate.exact || low === high ? null : `between ${low} and ${high}` };
}

/** "3.1% (between 2.9% and 3.3%)", or "3.1%". */
export function rateText(rate: RangedValue, locale: string): string {
  const words = rateWords(rate, locale);
  return words.range ? `${words.value} (${words.range})` : words.value;
}

const followerWord = (platform: Platform) => (platform === 'youtube' ? 'subscribers' : 'followers');

/** The basis as the switch says it: "by followers", "by subscribers" on YouTube, "by views". */
export function basisLabel(basis: RateBasis, platform: Platform): string {
  return basis === 'views' ? 'by views' : `by ${followerWord(platform)}`;
}

/** What counts as an interaction, in words: "likes + comments + shares + saves (where the page shows them)". */
export function interactionsLabel(interactions: InteractionSet, basis?: RateBasis): string {
  if (interactions === 'likes') return 'likes';
  if (interactions === 'likes+comments') return 'likes + comments';
  return basis === 'views' ? 'likes + comments + shares' : 'likes + comments + shares + saves (where the page shows them)';
}

/** The formula as a sentence: "(likes + comments) divided by followers when the post was read". */
export function formulaSentence(basis: RateBasis, interactions: InteractionSet, platform: Platform): string {
  const denominator = basis === 'views' ? "the post's views" : `the creator's ${followerWord(platform)} when the post was read`;
  return `(${interactionsLabel(interactions, basis)}) divided by ${denominator}`;
}

/** A benchmark's formula in words, with what the source leaves unstated said as such. */
export function benchmarkFormulaWords(formula: BenchmarkFormula, platform: Platform): string {
  const interactions = formula.interactions === 'unstated' ? 'interactions (which ones the source does not say)' : interactionsLabel(formula.interactions, formula.basis);
  const statistic =
    formula.statistic === 'median' ? 'median of' : formula.statistic === 'mean' ? 'average (mean) of' : 'typical (median or mean: not stated)';
  const population = formula.population === 'brands' ? 'brand accounts' : 'creators';
  const content = formula.content === 'all' ? 'all posts' : `${formula.content} posts`;
  return `${statistic} ${interactions} ${basisLabel(formula.basis, platform)}; ${population}, ${content}`;
}

/** How the creator's rate was computed for a benchmark: "median of (likes + comments) by followers over 12 posts". */
export function creatorQueryWords(query: RateQuery, platform: Platform, posts: number): string {
  const statistic = query.statistic === 'mean' ? 'average (mean)' : 'median';
  const content = query.content === 'all' ? '' : ` ${query.content}`;
  return `${statistic} of (${interactionsLabel(query.interactions, query.basis)}) ${basisLabel(query.basis, platform)} over ${posts}${content} ${posts === 1 ? 'post' : 'posts'}`;
}

/** "1 post", "12 posts". */
export function postsText(count: number, locale: string): string {
  return `${numberFormat(locale).format(count)} ${count === 1 ? 'post' : 'posts'}`;
}

/** A percentile (0–100) with its range: "62nd percentile (between 55 and 70)". */
export function percentileWords(percentile: RangedValue): { value: string; range: string | null } {
  const round = (value: number) => Math.round(value);
  const value = round(percentile.value);
  const low = round(percentile.min);
  const high = round(percentile.max);
  return { value: `${value}${ordinalSuffix(value)} percentile`, range: percentile.exact || low === high ? null : `between ${low} and ${high}` };
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** A multiple: "2.5×", "12×". */
export function factorText(value: number, locale: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)}×`;
}
