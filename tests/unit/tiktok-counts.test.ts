/**
 * TikTok's counts: JSON stats (exact, or rounded to the display where a first-load state carries the shown
 * number) and compact text (read with the page locale and as English, taken only when they agree).
 */
import { describe, expect, test } from 'vitest';
import { statsCounts, tiktokTextCount } from '../../lib/sites/tiktok/tiktok-counts';

const POST = { views: ['playCount'], likes: ['diggCount'], comments: ['commentCount'], shares: ['shareCount'] } as const;
const USER = { followers: ['followerCount'], following: ['followingCount'], likes: ['heartCount', 'heart'] } as const;

describe('JSON stats', () => {
  test.each([
    // The real 2022 profile (../shared/fixtures/tiktok): every count from 10,000 up is the shown one → ranges.
    { stats: { playCount: 52_100, diggCount: 6_724, commentCount: 58, shareCount: 12 }, views: [52_050, 52_199], likes: [6_724, 6_724] },
    { stats: { playCount: 32_200_000, diggCount: 4_400_000, commentCount: 27_500, shareCount: 324_600 }, views: [32_150_000, 32_299_999], likes: [4_350_000, 4_499_999] },
    // A 2024 answer: exact numbers; one that happens to sit on a step stays exact beside them.
    { stats: { playCount: 2_345_678, diggCount: 187_600, commentCount: 3_210, shareCount: 9_876 }, views: [2_345_678, 2_345_678], likes: [187_600, 187_600] },
    // Below 10,000 TikTok shows every digit: always exact.
    { stats: { playCount: 9_999, diggCount: 1_000, commentCount: 0, shareCount: 0 }, views: [9_999, 9_999], likes: [1_000, 1_000] },
  ])('$stats', ({ stats, views, likes }) => {
    const counts = statsCounts([stats], POST, 'embedded');
    expect([counts.views!.min, counts.views!.max]).toEqual(views);
    expect([counts.likes!.min, counts.likes!.max]).toEqual(likes);
    expect(counts.views!.value).toBe(stats.playCount);
    expect(counts.views!.exact).toBe(views[0] === views[1]);
    expect(counts.comments).toMatchObject({ value: stats.commentCount, exact: stats.commentCount < 10_000 || views[0] === views[1] });
  });

  test('statsV2 digit strings before stats; missing and malformed values left out; 0 kept', () => {
    const counts = statsCounts([{ followerCount: '1234567', followingCount: 'n/a' }, { followerCount: 1_234_000, followingCount: 0, heart: -1_294_967_296 }], USER, 'network');
    expect(counts.followers).toEqual({ value: 1_234_567, min: 1_234_567, max: 1_234_567, exact: true, text: '1234567', source: 'network' });
    expect(counts.following).toMatchObject({ value: 0, exact: true });
    expect(counts.likes).toBeUndefined(); // an overflowed negative `heart` is not a count
  });

  test('heartCount when `heart` overflowed', () => {
    expect(statsCounts([{ heart: -5, heartCount: 3_000_000_001 }], USER, 'network').likes).toMatchObject({ value: 3_000_000_001, exact: true });
  });
});

describe('text', () => {
  test.each([
    { text: '6.2M', lang: 'en', value: 6_200_000, min: 6_150_000, max: 6_299_999 },
    { text: '52.1K', lang: 'en-US', value: 52_100, min: 52_050, max: 52_199 },
    { text: '563', lang: 'en', value: 563, min: 563, max: 563 },
    { text: '0', lang: null, value: 0, min: 0, max: 0 },
    { text: '1,2\u00a0Mio.', lang: 'de-DE', value: 1_200_000, min: 1_150_000, max: 1_299_999 },
    { text: '1.2M', lang: 'de-DE', value: 1_200_000, min: 1_150_000, max: 1_299_999 }, // only the English reading exists
    { text: '12.345', lang: 'de', value: 12_345, min: 12_345, max: 12_345 }, // German grouping; English agrees
    { text: '12,3\u00a0k', lang: 'fr', value: 12_300, min: 12_250, max: 12_399 },
    { text: '1.2万', lang: 'ja', value: 12_000, min: 11_500, max: 12_999 },
    { text: '12,3 B', lang: 'tr', value: 12_300, min: 12_250, max: 12_399 }, // Turkish "bin" = thousand: not TikTok's English form
    { text: '1,2 M', lang: 'id-ID', value: 1_200_000_000, min: 1_150_000_000, max: 1_299_999_999 }, // Indonesian "miliar", comma: localized
  ])('"$text" ($lang) → $value', ({ text, lang, value, min, max }) => {
    expect(tiktokTextCount(text, lang, 'text').count).toMatchObject({ value, min, max, source: 'text' });
  });

  test.each([
    { text: '1.2M', lang: 'id' }, // Indonesian M = miliar (10⁹), English M = 10⁶
    { text: '1.2B', lang: 'tr' }, // Turkish B = bin (10³), English B = 10⁹
  ])('"$text" ($lang) means two numbers: ambiguous, nothing', ({ text, lang }) => {
    expect(tiktokTextCount(text, lang, 'text')).toEqual({ count: null, ambiguous: true });
  });

  test.each(['Like', 'Share', '', null])('"%s" is no count', (text) => {
    expect(tiktokTextCount(text, 'en', 'text')).toEqual({ count: null, ambiguous: false });
  });
});
