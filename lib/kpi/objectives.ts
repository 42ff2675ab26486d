/**
 * One line per campaign objective (product.md: visibility, engagement, performance), saying which KPIs speak for or
 * against the creator. Every signal names the KPI and its number, and takes a side only by a rule written here,
 * against a reference that is not ours to invent: a sourced benchmark band, the personal benchmark, the sign of a
 * growth range, the creator's own median. Anything else is stated as a fact, siding with neither.
 *
 *   visibility   audience tier (macro or mega for, nano against), follower growth (whole range above zero for,
 *                below zero against), breakout posts (any: for), views per post (fact)
 *   engagement   the best-matching benchmark (band good / above typical: for; band below / below typical: against),
 *                the personal benchmark (percentile range wholly ≥ 2/3 for, wholly ≤ 1/3 against), and the comments
 *                as lib/comments' breakdown labels them (others' comments only; from MIN_STANCE_COMMENTS of them):
 *                comment quality (most substantive: for; most spam or scam: against; low effort is not fraud and
 *                sides with neither), sentiment (most negative: against; otherwise a fact). The reference is the
 *                comments' own majority, not a threshold of ours. Before the comments are scored (the panel scores
 *                them on demand), only their count is said, as a fact.
 *   performance  paid post performance ER(sponsored)/ER(organic) with at least 2 posts in each group (range wholly
 *                above 1 for, wholly below 1 against, beyond floating-point noise); clicks, conversions and revenue
 *                are not on public pages (fact)
 */
import type { BenchmarkComparison } from '../benchmarks/compare-benchmark';
import type { PersonalBenchmark } from '../benchmarks/personal-benchmark';
import type { TierPlacement } from '../benchmarks/tiers';
import type { Breakout } from './breakouts';
import type { CommentCounts } from './comment-counts';
import type { CreatorEngagement } from './creator-engagement';
import type { FollowerGrowth, ViewsVelocity } from './creator-growth';
import type { RangedValue } from './ranged-ratio';
import { median } from './ranged-stats';
import type { SponsoredVsOrganic } from './sponsored-organic';

export const OBJECTIVES = ['visibility', 'engagement', 'performance'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface Signal {
  kpi: string;
  stance: 'for' | 'against' | 'neutral';
  text: string;
}

export interface ObjectiveLine {
  objective: Objective;
  signals: Signal[];
  /** "For: …. Against: …. Also: …." */
  line: string;
}

/**
 * The part of lib/comments' CommentSummary the comment signals use (typed by shape, so lib/kpi needs no comment
 * model: the panel loads it on demand).
 */
export interface CommentBreakdown {
  /** Others' comments: the shares' denominator. */
  comments: number;
  labelCounts: { spam: number; scam: number; 'low-effort': number; substantive: number };
  sentimentCounts: { positive: number; neutral: number; negative: number };
}

export interface ObjectiveInputs {
  tier: TierPlacement | null;
  engagement: { byFollowers: CreatorEngagement; byViews: CreatorEngagement };
  benchmarks: BenchmarkComparison[];
  personal: { byFollowers: PersonalBenchmark | null; byViews: PersonalBenchmark | null } | null;
  growth: { followers: FollowerGrowth | null; viewsPerHour: ViewsVelocity[] };
  breakouts: Breakout[];
  sponsored: { byFollowers: SponsoredVsOrganic; byViews: SponsoredVsOrganic };
  /** The counts from the rows, and lib/comments' breakdown of them once scored (null before). */
  comments: CommentCounts & { summary?: CommentBreakdown | null };
}

export const MIN_GROUP_POSTS = 2;
/** Fewer comments than this side with neither: a handful of comments is not the audience. */
export const MIN_STANCE_COMMENTS = 20;
/** Ratios within this of 1 are "the same": equal rates computed two ways differ in the last bits. */
const RATIO_NOISE = 1e-9;

const percent = (value: number) => `${Number((value * 100).toPrecision(2))}%`;
const ranged = (rate: RangedValue, format: (value: number) => string = percent) =>
  rate.exact || format(rate.min) === format(rate.max) ? format(rate.value) : `${format(rate.value)} (${format(rate.min)}–${format(rate.max)})`;
/** Built once: toLocaleString builds a formatter on every call, and the objectives format a number per signal. */
const WHOLE_EN = new Intl.NumberFormat('en-US');
const whole = (value: number) => WHOLE_EN.format(Math.round(value));

function visibility(inputs: ObjectiveInputs): Signal[] {
  const signals: Signal[] = [];
  if (inputs.tier) {
    const named = inputs.tier.tiers.join(' or ');
    const stance = inputs.tier.tiers.every((tier) => tier === 'macro' || tier === 'mega') ? 'for' : inputs.tier.tiers.every((tier) => tier === 'nano') ? 'against' : 'neutral';
    signals.push({ kpi: 'audience', stance, text: `${named} tier audience` });
  }
  const growth = inputs.growth.followers;
  if (growth) {
    const stance = growth.perWeek.min > 0 ? 'for' : growth.perWeek.max < 0 ? 'against' : 'neutral';
    signals.push({ kpi: 'follower growth', stance, text: `${ranged(growth.perWeek, whole)} followers a week` });
  }
  if (inputs.breakouts.length) {
    signals.push({ kpi: 'breakouts', stance: 'for', text: `${inputs.breakouts.length} breakout post${inputs.breakouts.length > 1 ? 's' : ''} (views far above the creator's usual)` });
  }
  const views = inputs.engagement.byViews.postsUsed.map((post) => post.denominator.value);
  if (views.length) signals.push({ kpi: 'views per post', stance: 'neutral', text: `median ${whole(median(views))} views over ${views.length} posts` });
  return signals;
}

/**
 * For: inside only the "good" band, above the highest band when that is "average", above the typical figure in every
 * tier touched. Against: inside only the "below" band, below the lowest band, below the typical figure in every tier.
 * Above a "good" band is neither (a rate far above a source's good range is as often a sign of bought engagement).
 */
export function benchmarkStance(comparison: BenchmarkComparison): { stance: Signal['stance']; where: string } {
  const tiers = comparison.tiers;
  const touched = new Set(tiers.flatMap((tier) => tier.bandsTouched));
  const outside = tiers.map((tier) => tier.outsideBands).filter((position) => position !== null);
  const typical = tiers.map((tier) => tier.versusTypical).filter((position) => position !== null);
  const highestBand = (tier: (typeof tiers)[number]) => tier.bands.find((band) => band.max === null)?.label ?? tier.bands.at(-1)?.label;
  const every = <T>(values: T[], wanted: T) => values.length > 0 && values.every((value) => value === wanted);
  const whereParts: string[] = [];
  if (touched.size) whereParts.push(`in the ${[...touched].join('/')} band`);
  if (outside.length) whereParts.push(`${[...new Set(outside)].join('/')} the source's bands`);
  if (typical.length) whereParts.push(`${[...new Set(typical)].join('/')} the typical figure${tiers.length > 1 ? 's' : ''}`);
  const where = whereParts.join(', ') || 'no position';
  const aboveAverageOnly = every(outside, 'above') && tiers.every((tier) => highestBand(tier) === 'average');
  if ((touched.size === 1 && touched.has('good') && outside.length === 0) || aboveAverageOnly || (typical.length > 0 && every(typical, 'above') && touched.size === 0 && outside.length === 0)) {
    return { stance: 'for', where };
  }
  if ((touched.size === 1 && touched.has('below') && outside.length === 0) || every(outside, 'below') || (every(typical, 'below') && touched.size === 0 && outside.length === 0)) {
    return { stance: 'against', where };
  }
  return { stance: 'neutral', where };
}

function engagement(inputs: ObjectiveInputs): Signal[] {
  const signals: Signal[] = [];
  const best = inputs.benchmarks[0];
  if (best) {
    const { stance, where } = benchmarkStance(best);
    const caveat = best.match === 'same-formula' ? '' : ` (the source does not state its ${best.unstated.join(' or ')})`;
    signals.push({
      kpi: 'engagement rate vs benchmark',
      stance,
      text: `ER ${ranged(best.creator.rate)} by ${best.creator.query.basis} (${best.creator.query.statistic}): ${where}, ${best.source.name}${best.source.year ? ` (${best.source.year})` : ''}${caveat}`,
    });
  } else {
    const rate = inputs.engagement.byFollowers.median ?? inputs.engagement.byViews.median;
    if (rate) signals.push({ kpi: 'engagement rate', stance: 'neutral', text: `ER ${ranged(rate)}; no sourced benchmark in its formula for this platform and size` });
  }
  for (const personal of [inputs.personal?.byFollowers, inputs.personal?.byViews]) {
    if (!personal) continue;
    const p = personal.percentile;
    const stance = p.min >= 200 / 3 ? 'for' : p.max <= 100 / 3 ? 'against' : 'neutral';
    const at = (value: number) => String(Math.round(value));
    const range = p.exact || at(p.min) === at(p.max) ? '' : ` (${at(p.min)}–${at(p.max)})`;
    signals.push({
      kpi: `personal benchmark by ${personal.basis}`,
      stance: personal.fewPeers ? 'neutral' : stance,
      text: `percentile ${at(p.value)}${range} among ${personal.peers} ${personal.tiers.join('/')} creators you have read${personal.fewPeers ? ' (few so far)' : ''}`,
    });
  }
  signals.push(...commentSignals(inputs.comments));
  return signals;
}

/** Whole percent of a count among `total`, as the breakdown shows it. */
const shareOf = (count: number, total: number) => `${Math.round((count / total) * 100)}%`;

/** Comment quality and sentiment from lib/comments' breakdown; before it, the count read as a fact. */
export function commentSignals(comments: ObjectiveInputs['comments']): Signal[] {
  const summary = comments.summary;
  if (!summary || summary.comments === 0) {
    return comments.read ? [{ kpi: 'comments', stance: 'neutral', text: `${comments.read} comments read on ${comments.posts} posts${summary ? ', all by the creator' : ', not yet sorted'}` }] : [];
  }
  const total = summary.comments;
  const enough = total >= MIN_STANCE_COMMENTS;
  const few = enough ? '' : ` (only ${total}: too few to side)`;
  const labels = summary.labelCounts;
  const spamOrScam = labels.spam + labels.scam;
  const qualityStance: Signal['stance'] = !enough ? 'neutral' : labels.substantive * 2 > total ? 'for' : spamOrScam * 2 > total ? 'against' : 'neutral';
  const sentiment = summary.sentimentCounts;
  const sentimentStance: Signal['stance'] = enough && sentiment.negative * 2 > total ? 'against' : 'neutral';
  const of = `of ${total} comment${total === 1 ? '' : 's'} by others`;
  return [
    {
      kpi: 'comment quality',
      stance: qualityStance,
      text: `${shareOf(labels.substantive, total)} substantive, ${shareOf(labels['low-effort'], total)} low effort, ${shareOf(spamOrScam, total)} spam or scam ${of}${few}`,
    },
    {
      kpi: 'comment sentiment',
      stance: sentimentStance,
      text: `${shareOf(sentiment.positive, total)} positive, ${shareOf(sentiment.neutral, total)} neutral, ${shareOf(sentiment.negative, total)} negative ${of}${few}`,
    },
  ];
}

function performance(inputs: ObjectiveInputs): Signal[] {
  const signals: Signal[] = [];
  for (const split of [inputs.sponsored.byFollowers, inputs.sponsored.byViews]) {
    if (!split.ratio) continue;
    const enough = split.sponsored.posts >= MIN_GROUP_POSTS && split.organic.posts >= MIN_GROUP_POSTS;
    const stance = !enough ? 'neutral' : split.ratio.min > 1 + RATIO_NOISE ? 'for' : split.ratio.max < 1 - RATIO_NOISE ? 'against' : 'neutral';
    signals.push({
      kpi: `paid post performance by ${split.basis}`,
      stance,
      text: `ER(sponsored) / ER(organic) by ${split.basis} = ${ranged(split.ratio)} over ${split.sponsored.posts} sponsored and ${split.organic.posts} organic posts`,
    });
  }
  signals.push({
    kpi: 'conversions',
    stance: 'neutral',
    text: 'clicks, conversions and revenue are not on public pages: they come from the brand\'s own orders or UTM sessions',
  });
  return signals;
}

function lineOf(signals: readonly Signal[]): string {
  const part = (stance: Signal['stance'], label: string) => {
    const texts = signals.filter((signal) => signal.stance === stance).map((signal) => signal.text);
    return texts.length ? `${label}: ${texts.join('; ')}.` : '';
  };
  return [part('for', 'For'), part('against', 'Against'), part('neutral', 'Also')].filter(Boolean).join(' ');
}

export function objectiveLines(inputs: ObjectiveInputs): ObjectiveLine[] {
  const build = { visibility, engagement, performance };
  return OBJECTIVES.map((objective) => {
    const signals = build[objective](inputs);
    return { objective, signals, line: lineOf(signals) };
  });
}
