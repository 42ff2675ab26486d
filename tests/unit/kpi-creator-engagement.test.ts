/**
 * Creator ER (lib/kpi/creator-engagement.ts): the house formula over the last N posts, what is left out and why,
 * outliers listed but kept, followers at capture time, and ranges carried from rounded counts. Every expected number
 * is computed by hand from the counts in the case.
 */
import { describe, expect, test } from 'vitest';
import type { Count } from '../../lib/count';
import type { PostRow } from '../../lib/db/rows';
import { creatorEngagement, DEFAULT_WINDOW } from '../../lib/kpi/creator-engagement';
import { followersAt, followerTimeline, postInputOf } from '../../lib/kpi/post-inputs';
import { median } from '../../lib/kpi/ranged-stats';
import { creatorRow, creatorSnapshot, DAY, exact, type PostSpec, postRow, READ_AT, shown } from './kpi-rows';

const FOLLOWERS = 100_000;
const creator = creatorRow('tiktok', 'sample', exact(FOLLOWERS));
const snapshots = [creatorSnapshot(creator, 'v1', READ_AT, exact(FOLLOWERS))];

function inputsOf(specs: PostSpec[], rows = snapshots, owner = creator) {
  const timeline = followerTimeline(owner, rows);
  return specs.map((spec) => postInputOf(postRow('tiktok', owner.key, spec), timeline));
}

/** Post i (0 = newest) has likes 1000 + 100 i, comments 10, shares 5, saves 5, views 20,000. */
const plain = (count: number, from = 0): PostSpec[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `p${from + index}`,
    daysAgo: from + index,
    counts: { likes: 1_000 + 100 * (from + index), comments: 10, shares: 5, saves: 5, views: 20_000 },
  }));

describe('the window: the last N posts read, newest first', () => {
  test('default N is 12: the median of the 12 newest of 15, by the house formula', () => {
    const result = creatorEngagement(inputsOf(plain(15)), 'followers');
    expect(result.windowSize).toBe(DEFAULT_WINDOW);
    expect(result.postsUsed.map((post) => post.postId)).toEqual(Array.from({ length: 12 }, (_, index) => `p${index}`));
    expect(result.postsOlderThanWindow).toBe(3);
    // by hand: rates (1020 + 100 i) / 100,000 for i = 0..11; median = mean of i = 5 and 6
    expect(result.median!.value).toBeCloseTo((1_020 + 550) / 100_000, 15);
    expect(result.mean!.value).toBeCloseTo((1_020 + 550) / 100_000, 15);
    expect(result.median!.exact).toBe(true);
    expect(result.formula).toBe('(likes + comments + shares + saves where shown (reposts and bookmarks on X and LinkedIn)) / followers at capture time');
  });

  test('N is a parameter: the 5 newest', () => {
    const result = creatorEngagement(inputsOf(plain(15)), 'followers', { windowSize: 5, interactions: 'all' });
    expect(result.postsUsed).toHaveLength(5);
    expect(result.median!.value).toBeCloseTo(1_220 / 100_000, 15);
  });

  test('the order is by publish time, whatever the order of the rows', () => {
    const shuffled = inputsOf(plain(6)).reverse();
    expect(creatorEngagement(shuffled, 'followers', { windowSize: 3, interactions: 'all' }).postsUsed.map((post) => post.postId)).toEqual(['p0', 'p1', 'p2']);
  });

  test('posts without a publish time come after the dated ones', () => {
    const specs: PostSpec[] = [{ id: 'undated', daysAgo: null, counts: { likes: 1, views: 10 } }, ...plain(2)];
    const result = creatorEngagement(inputsOf(specs), 'followers');
    expect(result.postsUsed.map((post) => post.postId)).toEqual(['p0', 'p1', 'undated']);
    expect(result.undatedPostsUsed).toBe(1);
  });

  test('no posts: no rate, nothing invented', () => {
    const result = creatorEngagement([], 'followers');
    expect(result).toMatchObject({ median: null, mean: null, postsUsed: [], postsLeftOut: [], outliers: [] });
  });
});

describe('left out, listed with why, never silently dropped', () => {
  test('pinned posts are left out wherever they are, and the window reaches one post further back', () => {
    const specs = plain(14);
    specs[1] = { ...specs[1]!, pinned: true };
    specs[13] = { ...specs[13]!, pinned: true }; // older than the window: still listed
    const result = creatorEngagement(inputsOf(specs), 'followers');
    expect(result.postsLeftOut.map((post) => [post.postId, post.reason])).toEqual([
      ['p1', 'pinned'],
      ['p13', 'pinned'],
    ]);
    expect(result.postsUsed.map((post) => post.postId)).toEqual(['p0', ...Array.from({ length: 11 }, (_, index) => `p${index + 2}`)]);
    expect(result.postsLeftOut[0]!.detail).toMatch(/pinned/);
  });

  test('a post whose likes were not shown (hidden) is left out: a rate without likes would read falsely low', () => {
    const specs = plain(4);
    specs[0] = { id: 'hidden', daysAgo: 0, counts: { comments: 50, shares: 3, views: 9_000 } };
    const result = creatorEngagement(inputsOf(specs), 'followers', { windowSize: 3, interactions: 'all' });
    expect(result.postsLeftOut).toEqual([expect.objectContaining({ postId: 'hidden', reason: 'likes-not-shown' })]);
    expect(result.postsUsed.map((post) => post.postId)).toEqual(['p1', 'p2', 'p3']);
  });

  test('by views, a post without views (an image) is left out', () => {
    const specs = plain(3);
    specs[1] = { id: 'image', daysAgo: 1, counts: { likes: 500, comments: 5 }, format: 'image' };
    const result = creatorEngagement(inputsOf(specs), 'views');
    expect(result.postsLeftOut).toEqual([expect.objectContaining({ postId: 'image', reason: 'no-views' })]);
    // by hand: likes + comments + shares over views (saves are not in the house by-views formula)
    expect(result.postsUsed.map((post) => post.rate.value)).toEqual([1_015 / 20_000, 1_215 / 20_000]);
  });

  test('without any follower count, every post is left out by followers, with the reason', () => {
    const nobody = creatorRow('tiktok', 'nobody', null);
    const result = creatorEngagement(inputsOf(plain(2), [], nobody), 'followers');
    expect(result.median).toBeNull();
    expect(result.postsLeftOut.map((post) => post.reason)).toEqual(['no-followers', 'no-followers']);
  });

  test('ineligible posts older than a full window are not listed (only pinned ones are)', () => {
    const specs = [...plain(3), { id: 'old-hidden', daysAgo: 30, counts: { comments: 1 } }];
    const result = creatorEngagement(inputsOf(specs), 'followers', { windowSize: 3, interactions: 'all' });
    expect(result.postsLeftOut).toEqual([]);
  });
});

describe('outliers: listed with why, kept in the median and the mean', () => {
  test('one post at 20× the usual rate is flagged high and stays in', () => {
    const specs = plain(7);
    specs[3] = { id: 'viral', daysAgo: 3, counts: { likes: 30_000, comments: 0, views: 20_000 } };
    const result = creatorEngagement(inputsOf(specs), 'followers');
    expect(result.outliers).toEqual([expect.objectContaining({ postId: 'viral', direction: 'high' })]);
    expect(result.outliers[0]!.factor).toBeGreaterThan(20);
    expect(result.postsUsed).toHaveLength(7);
    const rates = result.postsUsed.map((post) => post.rate.value);
    expect(result.median!.value).toBeCloseTo(median(rates), 15);
    expect(result.mean!.value).toBeCloseTo(rates.reduce((a, b) => a + b, 0) / rates.length, 15);
  });

  test('ordinary spread (3× between the best and worst post) is not an outlier', () => {
    const specs: PostSpec[] = [1_000, 1_500, 2_000, 2_500, 3_000, 1_200, 2_200].map((likes, index) => ({ id: `q${index}`, daysAgo: index, counts: { likes } }));
    expect(creatorEngagement(inputsOf(specs), 'followers').outliers).toEqual([]);
  });

  test('fewer than 5 posts: nobody is called an outlier', () => {
    const specs: PostSpec[] = [100, 100, 100, 100_000].map((likes, index) => ({ id: `r${index}`, daysAgo: index, counts: { likes } }));
    expect(creatorEngagement(inputsOf(specs), 'followers').outliers).toEqual([]);
  });
});

describe('followers at capture time: the creator snapshot nearest each post\'s reading', () => {
  const twoVisits = [creatorSnapshot(creator, 'early', READ_AT - 10 * DAY, exact(80_000)), creatorSnapshot(creator, 'late', READ_AT, exact(100_000))];

  test.each<[string, number, string, number]>([
    ['read with the early visit', READ_AT - 10 * DAY, 'early:creator:tiktok:sample', 80_000],
    ['read two days after the early visit', READ_AT - 8 * DAY, 'early:creator:tiktok:sample', 80_000],
    ['read halfway: ties go to the earlier reading', READ_AT - 5 * DAY, 'early:creator:tiktok:sample', 80_000],
    ['read just after halfway', READ_AT - 5 * DAY + 1, 'late:creator:tiktok:sample', 100_000],
    ['read after the last visit', READ_AT + 3 * DAY, 'late:creator:tiktok:sample', 100_000],
  ])('%s', (_name, postReadAt, snapshotId, followers) => {
    const [input] = inputsOf([{ id: 'x', daysAgo: 20, counts: { likes: 1_000 }, readAt: postReadAt }], twoVisits);
    expect(input!.followers).toMatchObject({ snapshotId, count: { value: followers }, gapMs: Math.abs(postReadAt - (snapshotId.startsWith('early') ? READ_AT - 10 * DAY : READ_AT)) });
    const result = creatorEngagement([input!], 'followers');
    expect(result.postsUsed[0]!.denominator).toMatchObject({ value: followers, snapshotId });
    expect(result.median!.value).toBeCloseTo(1_000 / followers, 15);
  });

  test('no snapshot with followers: the creator row\'s newest count, said to come from no snapshot', () => {
    expect(followersAt(followerTimeline(creator, []), READ_AT)).toMatchObject({ snapshotId: null, count: { value: FOLLOWERS } });
  });
});

describe('precision: ranges from rounded counts, through the median and the mean', () => {
  const rounded: Count = shown('1.2M', 1_200_000, 1_150_000, 1_249_999);
  const big = creatorRow('tiktok', 'big', rounded);
  const bigSnapshots = [creatorSnapshot(big, 'v1', READ_AT, rounded)];

  test('each per-post rate and the median carry the range: hand computation inside it', () => {
    const specs: PostSpec[] = [
      { id: 'a', daysAgo: 1, counts: { likes: shown('12K', 12_000, 11_950, 12_049), comments: 300 } },
      { id: 'b', daysAgo: 2, counts: { likes: shown('24K', 24_000, 23_950, 24_049), comments: 600 } },
      { id: 'c', daysAgo: 3, counts: { likes: 6_000, comments: 0 } },
    ];
    const result = creatorEngagement(inputsOf(specs, bigSnapshots, big), 'followers');
    const byHand = (12_000 + 300) / 1_200_000; // the median post (a) with the displayed values
    expect(result.median!.value).toBeCloseTo(byHand, 15);
    expect(result.median!.min).toBeCloseTo((11_950 + 300) / 1_249_999, 15);
    expect(result.median!.max).toBeCloseTo((12_049 + 300) / 1_150_000, 15);
    expect(result.median!.exact).toBe(false);
    // the true rate of post a with any followers in range lies inside
    for (const followers of [1_150_000, 1_200_000, 1_249_999]) {
      const truth = (12_000 + 300) / followers;
      expect(truth).toBeGreaterThanOrEqual(result.median!.min);
      expect(truth).toBeLessThanOrEqual(result.median!.max);
    }
    expect(result.mean!.min).toBeCloseTo((11_950 + 300 + 23_950 + 600 + 6_000) / 3 / 1_249_999, 15);
    expect(result.postsUsed[0]!.inputs.likes).toMatchObject({ text: '12K', min: 11_950, max: 12_049 });
  });
});

describe('which interactions count', () => {
  test.each([
    ['likes', 1_000 / FOLLOWERS],
    ['likes+comments', 1_010 / FOLLOWERS],
    ['all', 1_020 / FOLLOWERS],
  ] as const)('%s', (interactions, expected) => {
    const result = creatorEngagement(inputsOf(plain(1)), 'followers', { windowSize: 12, interactions });
    expect(result.median!.value).toBeCloseTo(expected, 15);
    expect(result.interactions).toBe(interactions);
  });
});

describe('YouTube Shorts views before and after 2025-03-31 are flagged, by views', () => {
  const channel = creatorRow('youtube', 'channel', exact(50_000));
  const short = (id: string, publishedAt: string, readAt: string): PostRow =>
    postRow('youtube', channel.key, { id, daysAgo: 0, publishedAt: Date.parse(publishedAt), readAt: Date.parse(readAt), format: 'short', counts: { likes: 100, views: 10_000 } });

  test.each<[string, PostRow[], boolean]>([
    ['Shorts all published and read since the change', [short('a', '2025-05-01T00:00:00Z', '2026-01-01T00:00:00Z'), short('b', '2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z')], true],
    ['Shorts all read before the change', [short('a', '2024-05-01T00:00:00Z', '2025-01-01T00:00:00Z'), short('b', '2024-06-01T00:00:00Z', '2025-02-01T00:00:00Z')], true],
    ['one read before, one read since', [short('a', '2024-05-01T00:00:00Z', '2025-01-01T00:00:00Z'), short('b', '2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z')], false],
    ['one published before and read since (a mixed count)', [short('a', '2025-03-01T00:00:00Z', '2026-01-01T00:00:00Z'), short('b', '2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z')], false],
  ])('%s', (_name, rows, comparable) => {
    const timeline = followerTimeline(channel, []);
    const result = creatorEngagement(rows.map((row) => postInputOf(row, timeline)), 'views');
    expect(result.viewsComparability!.comparable).toBe(comparable);
    expect(result.viewsComparability!.note ?? 'comparable').toMatch(comparable ? /^comparable$/ : /2025-03-31/);
    expect(result.postsUsed).toHaveLength(2); // flagged, not dropped
  });

  test('by followers, no views comparison is made', () => {
    expect(creatorEngagement([], 'followers').viewsComparability).toBeNull();
  });
});
