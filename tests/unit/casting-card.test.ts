/**
 * The casting card model (lib/kpi/casting-card.ts) from stored rows: every section present, each number with its
 * evidence, the objectives' lines by their written rules, and the report's JSON projection of it.
 */
import { describe, expect, test } from 'vitest';
import { mergeBenchmarks } from '../../lib/benchmarks/benchmark-edits';
import type { BenchmarkComparison } from '../../lib/benchmarks/compare-benchmark';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import type { CommentRow } from '../../lib/db/rows';
import { castingCard, postsNeedingHistory, withCommentSummary } from '../../lib/kpi/casting-card';
import { castingReport } from '../../lib/kpi/casting-report';
import { summarizeCreatorComments, UNDETERMINED } from '../../lib/comments';
import { type CommentBreakdown, MIN_STANCE_COMMENTS, benchmarkStance, commentSignals, objectiveLines } from '../../lib/kpi/objectives';
import { creatorRow, creatorSnapshot, DAY, exact, HOUR, postRow, postSnapshot, READ_AT, shown } from './kpi-rows';

const BENCHMARKS = mergeBenchmarks(BENCHMARK_DATA).sets;
const creator = creatorRow('tiktok', 'cook', shown('52K', 52_000, 51_950, 52_049));
const creatorSnapshots = [
  creatorSnapshot(creator, 'w1', READ_AT - 14 * DAY, exact(45_000)),
  creatorSnapshot(creator, 'w3', READ_AT, shown('52K', 52_000, 51_950, 52_049)),
];
/** Eight videos, one a day, ER by views 6%, 4 of them sponsored; the newest pinned. */
const posts = Array.from({ length: 8 }, (_, index) =>
  postRow('tiktok', creator.key, {
    id: `v${index}`,
    daysAgo: index,
    pinned: index === 0,
    sponsored: index % 2 === 1,
    counts: { views: 10_000 * (index + 1), likes: 500 * (index + 1), comments: 50 * (index + 1), shares: 50 * (index + 1), saves: 10 },
  }),
);
const newest = posts[1]!;
const postSnapshots = [
  postSnapshot(newest, 'w2', READ_AT - 2 * HOUR, { views: exact(14_000) }),
  postSnapshot(newest, 'w3', READ_AT, { views: exact(20_000) }),
];
const comment = (key: string, postKey: string, extra: Partial<CommentRow> = {}): CommentRow => ({
  key,
  platform: 'tiktok',
  postKey,
  commentId: null,
  author: 'someone',
  authorName: null,
  text: 'great recipe, what pan is that?',
  publishedAt: null,
  publishedText: null,
  likes: null,
  replies: null,
  byCreator: false,
  creatorReplied: false,
  firstSeenAt: READ_AT,
  lastSeenAt: READ_AT,
  ...extra,
});
const comments = [comment('c1', posts[1]!.key, { creatorReplied: true }), comment('c2', posts[1]!.key), comment('c3', posts[2]!.key, { byCreator: true })];

const card = castingCard({ creator, posts, creatorSnapshots, postSnapshots, comments, benchmarks: BENCHMARKS, now: READ_AT });

describe('the casting card model', () => {
  test('followers and tier from the newest snapshot, with its id', () => {
    expect(card.followers).toMatchObject({ value: 52_000, min: 51_950, max: 52_049, text: '52K', snapshotId: 'w3:creator:tiktok:cook' });
    expect(card.tier).toMatchObject({ tier: 'micro', tiers: ['micro'], straddles: false });
    expect(card.postsRead).toBe(8);
  });

  test('creator ER by followers and by views, house formula, pinned post left out', () => {
    const { byFollowers, byViews } = card.engagement;
    expect(byViews.postsUsed).toHaveLength(7);
    expect(byViews.median!.value).toBeCloseTo(0.06, 12); // (500 + 50 + 50) k / 10,000 k for every post
    expect(byViews.postsLeftOut).toEqual([expect.objectContaining({ postId: 'v0', reason: 'pinned' })]);
    // by followers: followers at capture = the snapshot nearest READ_AT (52K): median post v4 (index 4) → (2,500 + 250 + 250 + 10) / 52,000
    expect(byFollowers.median!.value).toBeCloseTo(3_010 / 52_000, 12);
    expect(byFollowers.median!.min).toBeCloseTo(3_010 / 52_049, 12);
    expect(byFollowers.postsUsed[0]!.denominator.snapshotId).toBe('w3:creator:tiktok:cook');
  });

  test('benchmarks: TikTok sets only, each in its own formula; Untapper (by views) first since it has bands', () => {
    expect(card.benchmarks.comparisons.map((comparison) => comparison.setId)).toEqual(['untapper-tiktok', 'influencer-hero-2024-tiktok']);
    const untapper = card.benchmarks.comparisons[0]!;
    expect(untapper.creator.rate.value).toBeCloseTo(0.06, 12);
    // 52K is micro by the house tiers, but Untapper's micro ends at 50K: its own "mid" tier (good ≥ 5%) applies
    expect(untapper.tiers[0]).toMatchObject({ name: 'mid', followers: { min: 50_000, max: 500_000 }, band: 'good', bandsTouched: ['good'] });
    expect(card.benchmarks.notComparable.map((entry) => entry.setId)).toEqual(['captiv8-tiktok-all-star', 'rival-iq-2022-tiktok-brands']);
  });

  test('growth: followers per week over the two snapshots; views per hour of the post with snapshots', () => {
    expect(card.growth.followers!.perWeek.value).toBeCloseTo(3_500, 8);
    expect(card.growth.followers!.perWeek.min).toBeCloseTo(3_475, 8);
    expect(card.growth.viewsPerHour).toEqual([expect.objectContaining({ postKey: newest.key, perHour: expect.objectContaining({ value: 3_000 }) })]);
  });

  test('sponsored vs organic over every post read, pinned left out', () => {
    expect(card.sponsoredVsOrganic.byViews).toMatchObject({ sponsored: { posts: 4 }, organic: { posts: 3 } });
    expect(card.sponsoredVsOrganic.byViews.ratio!.value).toBeCloseTo(1, 12);
  });

  test('comments: counts of what was read, and no summary unless one is given', () => {
    expect(card.comments).toEqual({ read: 3, posts: 2, byCreator: 1, repliedToByCreator: 1, summary: null });
    const breakdown = { comments: 2, labelCounts: { spam: 0, scam: 0, 'low-effort': 1, substantive: 1 }, sentimentCounts: { positive: 1, neutral: 1, negative: 0 } };
    const withSummary = castingCard({ creator, posts, creatorSnapshots, postSnapshots, comments, commentSummary: breakdown, benchmarks: BENCHMARKS, now: READ_AT });
    expect(withSummary.comments.summary).toEqual(breakdown);
  });

  test('cadence: one post a day', () => {
    expect(card.cadence).toMatchObject({ posts: 8, postsPerWeek: expect.closeTo(7, 10), medianGapDays: expect.closeTo(1, 10), daysSinceNewest: 0 });
  });

  test('one line per objective, each signal taking a side only by its rule', () => {
    expect(card.objectives.map((line) => line.objective)).toEqual(['visibility', 'engagement', 'performance']);
    const [visibility, engagement, performance] = card.objectives;
    expect(visibility!.signals).toContainEqual(expect.objectContaining({ kpi: 'follower growth', stance: 'for' }));
    expect(visibility!.signals).toContainEqual(expect.objectContaining({ kpi: 'audience', stance: 'neutral', text: 'micro tier audience' }));
    expect(engagement!.signals[0]).toMatchObject({ kpi: 'engagement rate vs benchmark', stance: 'for' });
    expect(engagement!.signals[0]!.text).toMatch(/^ER 6% by views \(median\): in the good band, Untapper.*does not state its statistic or interactions/);
    expect(performance!.signals).toContainEqual(expect.objectContaining({ kpi: 'paid post performance by views', stance: 'neutral' }));
    expect(performance!.line).toMatch(/^Also: /);
    expect(visibility!.line).toMatch(/^For: .*followers a week/);
  });

  test('the KPI record the personal benchmark ranks', () => {
    expect(card.kpiRecord).toMatchObject({ creatorKey: 'tiktok:cook', platform: 'tiktok', followers: { value: 52_000 } });
    expect(card.personalBenchmark).toBeNull();
  });

  test('a company account is compared with brand benchmarks only', () => {
    const company = castingCard({ creator: { ...creator, kind: 'company' }, posts, creatorSnapshots, postSnapshots: [], comments: [], benchmarks: BENCHMARKS, now: READ_AT });
    expect(company.creator.kind).toBe('company');
    expect(company.benchmarks.comparisons.map((comparison) => comparison.setId)).toEqual(['rival-iq-2022-tiktok-brands']);
  });

  test('the posts whose history the card reads: the newest with views', () => {
    expect(postsNeedingHistory(posts, 3).map((post) => post.postId)).toEqual(['v0', 'v1', 'v2']);
  });
});

describe('benchmark stance rules', () => {
  const comparison = (tiers: Array<Partial<BenchmarkComparison['tiers'][number]>>): BenchmarkComparison =>
    ({
      tiers: tiers.map((tier) => ({ name: 't', followers: { min: 0, max: null }, typical: null, bands: [], band: null, bandsTouched: [], outsideBands: null, versusTypical: null, factor: null, ...tier })),
    }) as unknown as BenchmarkComparison;
  const threeBands = [
    { label: 'below' as const, min: null, max: 0.01 },
    { label: 'average' as const, min: 0.01, max: 0.02 },
    { label: 'good' as const, min: 0.02, max: null },
  ];

  test.each<[string, Array<Partial<BenchmarkComparison['tiers'][number]>>, string]>([
    ['in the good band only', [{ bands: threeBands, bandsTouched: ['good'] }], 'for'],
    ['straddling average and good', [{ bands: threeBands, bandsTouched: ['average', 'good'] }], 'neutral'],
    ['in the below band only', [{ bands: threeBands, bandsTouched: ['below'] }], 'against'],
    ['below a single average band', [{ bands: [{ label: 'average', min: 0.019, max: 0.022 }], outsideBands: 'below' }], 'against'],
    ['above a single average band', [{ bands: [{ label: 'average', min: 0.019, max: 0.022 }], outsideBands: 'above' }], 'for'],
    ['above a single "good" band: could be bought engagement', [{ bands: [{ label: 'good', min: 0.01, max: 0.03 }], outsideBands: 'above' }], 'neutral'],
    ['above the typical figure in every tier', [{ typical: 0.01, versusTypical: 'above' }, { typical: 0.02, versusTypical: 'above' }], 'for'],
    ['above one tier\'s figure, below the other\'s', [{ typical: 0.01, versusTypical: 'above' }, { typical: 0.05, versusTypical: 'below' }], 'neutral'],
    ['straddling the typical figure', [{ typical: 0.01, versusTypical: 'straddles' }], 'neutral'],
  ])('%s: %s', (_name, tiers, stance) => {
    expect(benchmarkStance(comparison(tiers)).stance).toBe(stance);
  });
});

describe('the report JSON', () => {
  const report = castingReport(card);

  test('rates as fractions with [min, max] ranges; the posts used and left out with why', () => {
    const byFollowers = report.engagementRate.byFollowers;
    expect(byFollowers.median).toBeCloseTo(3_010 / 52_000, 12);
    expect(byFollowers.range![0]).toBeCloseTo(3_010 / 52_049, 12);
    expect(byFollowers.range![1]).toBeCloseTo(3_010 / 51_950, 12);
    expect(byFollowers.n).toBe(7);
    expect(byFollowers.windowSize).toBe(12);
    expect(byFollowers.postsLeftOut).toEqual([expect.objectContaining({ postId: 'v0', reason: 'pinned', detail: expect.stringMatching(/pinned/) })]);
    expect(byFollowers.postsUsed[0]).toMatchObject({
      postId: 'v1',
      numerator: ['likes', 'comments', 'shares', 'saves'],
      inputs: { likes: { value: 1_000, range: [1_000, 1_000] } },
      denominator: { name: 'followers', value: 52_000, range: [51_950, 52_049], text: '52K', snapshotId: 'w3:creator:tiktok:cook' },
    });
    expect(byFollowers.display).toMatch(/median.*mean.*over 7 posts/);
  });

  test('tier, benchmark band with its source, comments, growth', () => {
    expect(report.tier).toEqual({ tier: 'micro', tiers: ['micro'], straddles: false });
    expect(report.benchmark.band).toMatchObject({ setId: 'untapper-tiktok', source: { citation: 'https://untapper.com/influencer-marketing-benchmarks' }, match: 'formula-partly-unstated' });
    expect(report.comments.read).toBe(3);
    expect(report.growth.followers!.perWeek.value).toBeCloseTo(3_500, 8);
    expect(report.growth.followers!.perWeek.from).toBe(new Date(READ_AT - 14 * DAY).toISOString());
  });

  test('is plain JSON: survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('objective rules beyond the benchmark', () => {
  const base = castingCard({ creator, posts, creatorSnapshots, postSnapshots: [], comments: [], benchmarks: [], now: READ_AT });
  const stanceOf = (changes: Partial<Parameters<typeof objectiveLines>[0]>, objective: string, kpi: string) => {
    const inputs = {
      tier: base.tier,
      engagement: base.engagement,
      benchmarks: [],
      personal: null,
      growth: base.growth,
      breakouts: [],
      sponsored: base.sponsoredVsOrganic,
      comments: base.comments,
      ...changes,
    };
    return objectiveLines(inputs).find((line) => line.objective === objective)!.signals.find((signal) => signal.kpi === kpi)?.stance ?? 'absent';
  };
  const ranged = (value: number, min: number, max: number) => ({ value, min, max, exact: false });

  test.each<[string, Partial<Parameters<typeof objectiveLines>[0]>, string, string, string]>([
    ['a nano audience speaks against visibility', { tier: { tier: 'nano', tiers: ['nano'], straddles: false, bounds: [] } }, 'visibility', 'audience', 'against'],
    ['a range straddling macro and mega speaks for it', { tier: { tier: 'mega', tiers: ['macro', 'mega'], straddles: true, bounds: [] } }, 'visibility', 'audience', 'for'],
    ['micro or mid: neither', { tier: { tier: 'mid', tiers: ['micro', 'mid'], straddles: true, bounds: [] } }, 'visibility', 'audience', 'neutral'],
    ['followers lost over the span', { growth: { followers: { ...base.growth.followers!, perWeek: { ...base.growth.followers!.perWeek, value: -500, min: -900, max: -100 } }, viewsPerHour: [] } }, 'visibility', 'follower growth', 'against'],
    ['growth whose range holds zero', { growth: { followers: { ...base.growth.followers!, perWeek: { ...base.growth.followers!.perWeek, value: 50, min: -100, max: 200 } }, viewsPerHour: [] } }, 'visibility', 'follower growth', 'neutral'],
    ['no breakout: nothing said', {}, 'visibility', 'breakouts', 'absent'],
    ['top third of the creators read', { personal: { byFollowers: { basis: 'followers', platform: 'tiktok', tiers: ['micro'], peers: 9, percentile: ranged(80, 70, 90), fewPeers: false }, byViews: null } }, 'engagement', 'personal benchmark by followers', 'for'],
    ['bottom third', { personal: { byFollowers: { basis: 'followers', platform: 'tiktok', tiers: ['micro'], peers: 9, percentile: ranged(20, 10, 30), fewPeers: false }, byViews: null } }, 'engagement', 'personal benchmark by followers', 'against'],
    ['top third, but among few', { personal: { byFollowers: { basis: 'followers', platform: 'tiktok', tiers: ['micro'], peers: 3, percentile: ranged(90, 80, 100), fewPeers: true }, byViews: null } }, 'engagement', 'personal benchmark by followers', 'neutral'],
    [
      'sponsored posts doing worse, 2 or more in each group',
      { sponsored: { ...base.sponsoredVsOrganic, byFollowers: { ...base.sponsoredVsOrganic.byFollowers, ratio: ranged(0.5, 0.4, 0.6) } } },
      'performance',
      'paid post performance by followers',
      'against',
    ],
    [
      'sponsored posts doing worse, but only one of them',
      { sponsored: { ...base.sponsoredVsOrganic, byFollowers: { ...base.sponsoredVsOrganic.byFollowers, sponsored: { ...base.sponsoredVsOrganic.byFollowers.sponsored, posts: 1 }, ratio: ranged(0.5, 0.4, 0.6) } } },
      'performance',
      'paid post performance by followers',
      'neutral',
    ],
  ])('%s', (_name, changes, objective, kpi, stance) => {
    expect(stanceOf(changes, objective, kpi)).toBe(stance);
  });
});

describe('the objectives\' comment signals come from lib/comments\' breakdown', () => {
  const counts = { read: 40, posts: 4, byCreator: 0, repliedToByCreator: 0 };
  const breakdown = (labels: [number, number, number, number], sentiments: [number, number, number]): CommentBreakdown => ({
    comments: labels.reduce((sum, count) => sum + count, 0),
    labelCounts: { spam: labels[0], scam: labels[1], 'low-effort': labels[2], substantive: labels[3] },
    sentimentCounts: { positive: sentiments[0], neutral: sentiments[1], negative: sentiments[2] },
  });
  const stances = (summary: CommentBreakdown | null) => Object.fromEntries(commentSignals({ ...counts, summary }).map((signal) => [signal.kpi, signal.stance]));

  test.each<[string, CommentBreakdown | null, Record<string, string>]>([
    ['not scored yet: the count read, as a fact', null, { comments: 'neutral' }],
    ['most substantive: comment quality speaks for', breakdown([2, 0, 8, 30], [20, 15, 5]), { 'comment quality': 'for', 'comment sentiment': 'neutral' }],
    ['most spam or scam (together): against', breakdown([12, 10, 8, 10], [10, 20, 10]), { 'comment quality': 'against', 'comment sentiment': 'neutral' }],
    ['most low effort: neither (low effort is not fraud)', breakdown([0, 0, 30, 10], [30, 10, 0]), { 'comment quality': 'neutral', 'comment sentiment': 'neutral' }],
    ['exactly half substantive: no majority, neither', breakdown([5, 5, 10, 20], [20, 20, 0]), { 'comment quality': 'neutral', 'comment sentiment': 'neutral' }],
    ['most negative: sentiment speaks against', breakdown([0, 0, 10, 30], [5, 10, 25]), { 'comment quality': 'for', 'comment sentiment': 'against' }],
    ['too few comments to side, however they fall', breakdown([MIN_STANCE_COMMENTS - 1, 0, 0, 0], [0, 0, MIN_STANCE_COMMENTS - 1]), { 'comment quality': 'neutral', 'comment sentiment': 'neutral' }],
    ['only the creator\'s own comments: no breakdown to speak of', breakdown([0, 0, 0, 0], [0, 0, 0]), { comments: 'neutral' }],
  ])('%s', (_name, summary, expected) => {
    expect(stances(summary)).toEqual(expected);
  });

  test('the texts give the shares of others\' comments and how many', () => {
    expect(commentSignals({ ...counts, summary: breakdown([2, 0, 8, 30], [20, 15, 5]) }).map((signal) => signal.text)).toEqual([
      '75% substantive, 20% low effort, 5% spam or scam of 40 comments by others',
      '50% positive, 38% neutral, 13% negative of 40 comments by others',
    ]);
    expect(commentSignals({ ...counts, summary: null })[0]!.text).toBe('40 comments read on 4 posts, not yet sorted');
    expect(commentSignals({ ...counts, summary: breakdown([1, 0, 0, 2], [1, 1, 1]) })[0]!.text).toBe('67% substantive, 0% low effort, 33% spam or scam of 3 comments by others (only 3: too few to side)');
  });

  test('a card given the scorer\'s summary says it in its engagement line, the same as built with it', () => {
    const creatorKey = 'tiktok:cook';
    const text = (index: number) => `What pan did you use for step ${index}? Mine sticks every time and the sauce burns before the onions soften`;
    const read: CommentRow[] = Array.from({ length: MIN_STANCE_COMMENTS }, (_, index) => ({
      key: `tiktok:1:c${index}`,
      platform: 'tiktok',
      postKey: 'tiktok:1',
      commentId: `c${index}`,
      author: `fan${index}`,
      authorName: null,
      text: text(index),
      publishedAt: null,
      publishedText: null,
      likes: null,
      replies: null,
      byCreator: false,
      creatorReplied: false,
      firstSeenAt: READ_AT,
      lastSeenAt: READ_AT,
    }));
    const summary = summarizeCreatorComments(read, { key: creatorKey }, { detectLanguage: () => UNDETERMINED });
    const before = castingCard({ creator, posts, creatorSnapshots, postSnapshots, comments: read, benchmarks: BENCHMARKS, now: READ_AT });
    const engagementLine = (card: typeof before) => card.objectives.find((line) => line.objective === 'engagement')!;
    expect(engagementLine(before).signals.map((signal) => signal.kpi)).toContain('comments');
    const after = withCommentSummary(before, summary);
    expect(after.comments.summary).toBe(summary);
    expect(engagementLine(after).signals).toContainEqual({ kpi: 'comment quality', stance: 'for', text: `100% substantive, 0% low effort, 0% spam or scam of ${MIN_STANCE_COMMENTS} comments by others` });
    expect(after.objectives).toEqual(castingCard({ creator, posts, creatorSnapshots, postSnapshots, comments: read, commentSummary: summary, benchmarks: BENCHMARKS, now: READ_AT }).objectives);
  });
});
