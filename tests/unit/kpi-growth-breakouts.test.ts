/**
 * Growth and velocity from snapshots, breakout posts, posting cadence, and sponsored vs organic: tables of cases
 * computed by hand.
 */
import { describe, expect, test } from 'vitest';
import { breakouts } from '../../lib/kpi/breakouts';
import { postingCadence } from '../../lib/kpi/cadence';
import { followerGrowth, viewsVelocity } from '../../lib/kpi/creator-growth';
import { followerTimeline, postInputOf } from '../../lib/kpi/post-inputs';
import { sponsoredVsOrganic } from '../../lib/kpi/sponsored-organic';
import { unusualValues } from '../../lib/kpi/unusual-values';
import { creatorRow, creatorSnapshot, DAY, exact, HOUR, type PostSpec, postRow, postSnapshot, READ_AT, shown } from './kpi-rows';

const creator = creatorRow('instagram', 'sample', exact(50_000));
const timeline = followerTimeline(creator, [creatorSnapshot(creator, 'v', READ_AT, exact(50_000))]);
const inputsOf = (specs: PostSpec[]) => specs.map((spec) => postInputOf(postRow('instagram', creator.key, spec), timeline));

describe('follower growth per day and per week', () => {
  test('between the oldest and the newest snapshot: 7,000 gained over 14 days', () => {
    const growth = followerGrowth([
      creatorSnapshot(creator, 'a', READ_AT - 14 * DAY, exact(43_000)),
      creatorSnapshot(creator, 'b', READ_AT - 7 * DAY, exact(47_000)),
      creatorSnapshot(creator, 'c', READ_AT, exact(50_000)),
    ])!;
    expect(growth.perDay.value).toBeCloseTo(500, 10);
    expect(growth.perWeek.value).toBeCloseTo(3_500, 10);
    expect(growth.from.snapshotId).toBe('a:creator:instagram:sample');
    expect(growth.to.snapshotId).toBe('c:creator:instagram:sample');
    expect(growth.series.map((point) => point.perDay?.value ?? null)).toEqual([null, expect.closeTo(4_000 / 7, 10), expect.closeTo(3_000 / 7, 10)]);
  });

  test('rounded counts make the growth a range: "1.2M" then "1.3M" a week later', () => {
    const growth = followerGrowth([
      creatorSnapshot(creator, 'a', READ_AT - 7 * DAY, shown('1.2M', 1_200_000, 1_150_000, 1_249_999)),
      creatorSnapshot(creator, 'b', READ_AT, shown('1.3M', 1_300_000, 1_250_000, 1_349_999)),
    ])!;
    expect(growth.perWeek).toMatchObject({ value: 100_000, min: 1, max: 199_999, exact: false });
  });

  test.each([
    ['one snapshot', [creatorSnapshot(creator, 'a', READ_AT, exact(1))]],
    ['two snapshots minutes apart', [creatorSnapshot(creator, 'a', READ_AT - 5 * 60_000, exact(1)), creatorSnapshot(creator, 'b', READ_AT, exact(2))]],
    ['none', []],
  ])('none with %s', (_name, snapshots) => {
    expect(followerGrowth(snapshots)).toBeNull();
  });
});

describe('views per hour between the last two snapshots of a post', () => {
  const post = postRow('youtube', 'youtube:c', { id: 'v', daysAgo: 1, counts: { views: 9_000 }, format: 'video' });

  test('3,000 views in 6 hours is 500 an hour, with the snapshots it came from', () => {
    const velocity = viewsVelocity(post, [
      postSnapshot(post, 'a', READ_AT - 12 * HOUR, { views: exact(3_000) }),
      postSnapshot(post, 'b', READ_AT - 6 * HOUR, { views: exact(6_000) }),
      postSnapshot(post, 'c', READ_AT, { views: exact(9_000) }),
    ])!;
    expect(velocity.perHour.value).toBeCloseTo(500, 10);
    expect(velocity.from.snapshotId).toBe('b:post:youtube:v');
    expect(velocity.to.snapshotId).toBe('c:post:youtube:v');
    expect(velocity.notComparable).toBeNull();
  });

  test('a YouTube Short read either side of 2025-03-31 is flagged', () => {
    const short = { ...post, format: 'short' as const };
    const velocity = viewsVelocity(short, [
      postSnapshot(short, 'a', Date.parse('2025-03-30T12:00:00Z'), { views: exact(1_000) }),
      postSnapshot(short, 'b', Date.parse('2025-03-31T12:00:00Z'), { views: exact(5_000) }),
    ])!;
    expect(velocity.notComparable).toMatch(/2025-03-31/);
  });

  test('one snapshot: no velocity', () => {
    expect(viewsVelocity(post, [postSnapshot(post, 'a', READ_AT, { views: exact(1) })])).toBeNull();
  });
});

describe('unusual values (the rule under outliers and breakouts)', () => {
  test.each<[string, number[], Array<[number, 'high' | 'low']>]>([
    ['one post far above', [100, 110, 90, 105, 95, 2_000], [[5, 'high']]],
    ['one post far below', [1_000, 1_100, 900, 1_050, 950, 20], [[5, 'low']]],
    ['3× spread with no lone value', [100, 150, 200, 250, 300], []],
    ['2.5× above a tight cluster: not 3×, so not unusual', [100, 100, 100, 100, 100, 250], []],
    ['four values: too few to judge', [1, 1, 1, 1_000], []],
  ])('%s', (_name, values, expected) => {
    expect([...unusualValues(values)].map(([index, found]) => [index, found.direction])).toEqual(expected);
  });
});

describe('breakout posts: views far above the creator\'s usual', () => {
  const views = (list: Array<number | ReturnType<typeof shown>>) => list.map((count, index): PostSpec => ({ id: `b${index}`, daysAgo: index, counts: { views: count, likes: 1 } }));

  test('a post at 10× the median of 6 is a breakout; the median and the comparison are given', () => {
    const result = breakouts(inputsOf(views([10_000, 12_000, 9_000, 11_000, 10_500, 105_000])));
    expect(result.breakouts.map((post) => post.postId)).toEqual(['b5']);
    expect(result.breakouts[0]!.medianViews).toBe(10_750);
    expect(result.breakouts[0]!.comparedWith).toBe(6);
    expect(result.postsWithViews).toBe(6);
  });

  test('judged on the least a rounded count can be', () => {
    // median 10,750: "33K" read as 32,500–33,499 is at least 3.02× (a breakout); read as 30,000–36,000 it may be 2.79× (not)
    const edge = breakouts(inputsOf(views([10_000, 12_000, 9_000, 11_000, 10_500, shown('33K', 33_000, 32_500, 33_499)])));
    expect(edge.breakouts).toHaveLength(1);
    const below = breakouts(inputsOf(views([10_000, 12_000, 9_000, 11_000, 10_500, shown('33K', 33_000, 30_000, 36_000)])));
    expect(below.breakouts).toEqual([]);
  });

  test('YouTube Shorts of different view definitions are not compared with each other', () => {
    const channel = creatorRow('youtube', 'ch', exact(1_000));
    const line = followerTimeline(channel, []);
    const before = (id: string, count: number) =>
      postInputOf(postRow('youtube', channel.key, { id, daysAgo: 0, format: 'short', readAt: Date.parse('2025-01-01T00:00:00Z'), publishedAt: Date.parse('2024-12-01T00:00:00Z'), counts: { views: count } }), line);
    const since = (id: string, count: number) =>
      postInputOf(postRow('youtube', channel.key, { id, daysAgo: 0, format: 'short', readAt: Date.parse('2026-01-01T00:00:00Z'), publishedAt: Date.parse('2025-12-01T00:00:00Z'), counts: { views: count } }), line);
    // five old-count Shorts around 1,000 and five new-count Shorts around 50,000: no breakout within either group
    const posts = [...[1_000, 1_100, 900, 1_050, 950].map((count, index) => before(`o${index}`, count)), ...[50_000, 52_000, 48_000, 51_000, 49_000].map((count, index) => since(`n${index}`, count))];
    expect(breakouts(posts).breakouts).toEqual([]);
  });
});

describe('posting cadence', () => {
  const cadenceOf = (daysAgo: Array<number | null>) => postingCadence(daysAgo.map((days) => ({ publishedAt: days === null ? null : READ_AT - days * DAY })), READ_AT);

  test.each<[string, Array<number | null>, { postsPerWeek: number; medianGapDays: number; daysSinceNewest: number }]>([
    ['every other day', [0, 2, 4, 6, 8], { postsPerWeek: 3.5, medianGapDays: 2, daysSinceNewest: 0 }],
    ['irregular, newest 3 days ago', [3, 4, 10, 17], { postsPerWeek: 1.5, medianGapDays: 6, daysSinceNewest: 3 }],
    ['undated posts do not count', [null, 1, null, 8], { postsPerWeek: 1, medianGapDays: 7, daysSinceNewest: 1 }],
  ])('%s', (_name, daysAgo, expected) => {
    expect(cadenceOf(daysAgo)).toMatchObject({ postsPerWeek: expect.closeTo(expected.postsPerWeek, 10), medianGapDays: expect.closeTo(expected.medianGapDays, 10), daysSinceNewest: expect.closeTo(expected.daysSinceNewest, 10) });
  });

  test.each([
    ['one dated post', [5, null]],
    ['two posts published at the same moment', [2, 2]],
  ])('none with %s', (_name, daysAgo) => {
    expect(cadenceOf(daysAgo)).toBeNull();
  });
});

describe('sponsored vs organic: ER(sponsored) / ER(organic)', () => {
  const specs: PostSpec[] = [
    { id: 's1', daysAgo: 1, sponsored: true, counts: { likes: 400, comments: 100 } }, // 1.0%
    { id: 's2', daysAgo: 2, sponsored: true, counts: { likes: 700, comments: 100 } }, // 1.6%
    { id: 'o1', daysAgo: 3, sponsored: false, counts: { likes: 900, comments: 100 } }, // 2.0%
    { id: 'o2', daysAgo: 4, sponsored: false, counts: { likes: 1_100, comments: 100 } }, // 2.4%
    { id: 'o3', daysAgo: 5, sponsored: false, counts: { likes: 1_400, comments: 100 } }, // 3.0%
    { id: 'u1', daysAgo: 6, sponsored: null, counts: { likes: 50_000 } },
    { id: 'pin', daysAgo: 7, sponsored: true, pinned: true, counts: { likes: 50_000 } },
  ];

  test('medians of each group, over every post read; pinned left out, unknown counted apart', () => {
    const split = sponsoredVsOrganic(inputsOf(specs), 'followers', 'all');
    expect(split.sponsored.posts).toBe(2);
    expect(split.sponsored.median!.value).toBeCloseTo(0.013, 12);
    expect(split.organic.posts).toBe(3);
    expect(split.organic.median!.value).toBeCloseTo(0.024, 12);
    expect(split.unknown).toBe(1);
    expect(split.ratio!.value).toBeCloseTo(0.013 / 0.024, 12);
    expect(split.ratio!.exact).toBe(true);
  });

  test('no sponsored post: no ratio, and the counts say why', () => {
    const split = sponsoredVsOrganic(inputsOf(specs.filter((spec) => spec.sponsored === false)), 'followers', 'all');
    expect(split).toMatchObject({ sponsored: { posts: 0, median: null }, organic: { posts: 3 }, ratio: null });
  });
});
