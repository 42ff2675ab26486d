/**
 * The casting card as the JSON `npm run cli -- report` prints (its shape is documented in the README, "report").
 * A projection of the card model, never a second computation: every number here is one of the card's.
 *
 * Rates are fractions (0.0123 = 1.23%); every rate has its range `[min, max]`, the values the true rate can take
 * given the precision of the counts it came from; times are ISO 8601.
 */
import type { BenchmarkComparison } from '../benchmarks/compare-benchmark';
import type { PersonalBenchmark } from '../benchmarks/personal-benchmark';
import type { CastingCard } from './casting-card';
import type { CreatorEngagement } from './creator-engagement';
import type { GrowthRate } from '../panel/growth';
import type { RangedValue } from './ranged-ratio';
import { formatPercent } from './format-percent';

export const REPORT_FORMAT = 1;

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());
const range = (value: RangedValue | null): [number, number] | null => (value ? [value.min, value.max] : null);
const pair = (min: number, max: number): [number, number] => [min, max];

function engagementReport(engagement: CreatorEngagement) {
  const { median, mean } = engagement;
  return {
    formula: engagement.formula,
    interactions: engagement.interactions,
    windowSize: engagement.windowSize,
    n: engagement.postsUsed.length,
    median: median?.value ?? null,
    range: range(median),
    mean: mean?.value ?? null,
    meanRange: range(mean),
    exact: median?.exact ?? null,
    display: median && mean ? `${formatPercent(median)} median, ${formatPercent(mean)} mean, over ${engagement.postsUsed.length} posts` : null,
    postsUsed: engagement.postsUsed.map((post) => ({
      postId: post.postId,
      url: post.url,
      publishedAt: iso(post.publishedAt),
      rate: post.rate.value,
      range: pair(post.rate.min, post.rate.max),
      numerator: post.rate.numerator,
      missing: post.rate.missing,
      inputs: Object.fromEntries(Object.entries(post.inputs).map(([metric, count]) => [metric, { value: count!.value, range: pair(count!.min, count!.max), text: count!.text, readAt: iso(count!.readAt) }])),
      denominator: {
        name: post.rate.denominator,
        value: post.denominator.value,
        range: pair(post.denominator.min, post.denominator.max),
        text: post.denominator.text,
        readAt: iso(post.denominator.readAt),
        snapshotId: post.denominator.snapshotId,
      },
    })),
    postsLeftOut: engagement.postsLeftOut.map((post) => ({ postId: post.postId, url: post.url, publishedAt: iso(post.publishedAt), reason: post.reason, detail: post.detail })),
    outliers: engagement.outliers.map((post) => ({ postId: post.postId, url: post.url, direction: post.direction, factor: post.factor, detail: post.detail })),
    postsOlderThanWindow: engagement.postsOlderThanWindow,
    viewsNotComparable: engagement.viewsComparability && !engagement.viewsComparability.comparable ? engagement.viewsComparability : null,
  };
}

function comparisonReport(comparison: BenchmarkComparison) {
  return {
    setId: comparison.setId,
    source: comparison.source,
    formula: comparison.formula,
    match: comparison.match,
    unstated: comparison.unstated,
    creator: { ...comparison.creator.query, rate: comparison.creator.rate.value, range: range(comparison.creator.rate), posts: comparison.creator.posts },
    tiers: comparison.tiers,
  };
}

function personalReport(personal: PersonalBenchmark | null) {
  if (!personal) return null;
  return { basis: personal.basis, tiers: personal.tiers, peers: personal.peers, percentile: personal.percentile.value, range: range(personal.percentile), fewPeers: personal.fewPeers };
}

function growthRate(rate: GrowthRate) {
  return { value: rate.value, range: pair(rate.min, rate.max), from: iso(rate.from), to: iso(rate.to) };
}

export function castingReport(card: CastingCard) {
  const primary = card.benchmarks.comparisons[0] ?? null;
  const followers = card.growth.followers;
  return {
    format: REPORT_FORMAT,
    creator: card.creator,
    followers: card.followers ? { ...card.followers, range: pair(card.followers.min, card.followers.max), readAt: iso(card.followers.readAt) } : null,
    tier: card.tier ? { tier: card.tier.tier, tiers: card.tier.tiers, straddles: card.tier.straddles } : null,
    postsRead: card.postsRead,
    engagementRate: {
      byFollowers: engagementReport(card.engagement.byFollowers),
      byViews: engagementReport(card.engagement.byViews),
    },
    benchmark: {
      band: primary ? comparisonReport(primary) : null,
      others: card.benchmarks.comparisons.slice(1).map(comparisonReport),
      notComparable: card.benchmarks.notComparable,
      personal: card.personalBenchmark
        ? { byFollowers: personalReport(card.personalBenchmark.byFollowers), byViews: personalReport(card.personalBenchmark.byViews) }
        : null,
    },
    comments: card.comments,
    growth: {
      followers: followers
        ? { perDay: growthRate(followers.perDay), perWeek: growthRate(followers.perWeek), snapshots: followers.series.length }
        : null,
      viewsPerHour: card.growth.viewsPerHour.map((velocity) => ({ postKey: velocity.postKey, ...growthRate(velocity.perHour), notComparable: velocity.notComparable })),
    },
    breakouts: {
      rule: card.breakouts.rule,
      posts: card.breakouts.breakouts.map((post) => ({ postId: post.postId, url: post.url, views: post.views.value, factor: post.factor, medianViews: post.medianViews })),
    },
    cadence: card.cadence ? { ...card.cadence, from: iso(card.cadence.from), to: iso(card.cadence.to) } : null,
    sponsoredVsOrganic: Object.fromEntries(
      (['byFollowers', 'byViews'] as const).map((basis) => {
        const split = card.sponsoredVsOrganic[basis];
        return [
          basis,
          {
            sponsored: { posts: split.sponsored.posts, median: split.sponsored.median?.value ?? null, range: range(split.sponsored.median) },
            organic: { posts: split.organic.posts, median: split.organic.median?.value ?? null, range: range(split.organic.median) },
            unknown: split.unknown,
            ratio: split.ratio?.value ?? null,
            ratioRange: range(split.ratio),
          },
        ];
      }),
    ),
    objectives: card.objectives.map((line) => ({ objective: line.objective, line: line.line, signals: line.signals })),
  };
}

export type CastingReport = ReturnType<typeof castingReport>;
