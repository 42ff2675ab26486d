/**
 * Matching the numbers of X's action-bar label ("499 replies, 4027 reposts, 7120 likes, 2358 bookmarks, 9281975
 * views") to metrics without reading its words: a table of the real fragments' shapes and the ambiguous cases.
 */
import { describe, expect, test } from 'vitest';
import type { Count, SourcedCount } from '../../lib/count';
import { type BarMetric, inferFromBarLabel } from '../../lib/sites/x/action-bar';

const exact = (value: number, text = String(value)): SourcedCount => ({ value, min: value, max: value, exact: true, text, source: 'attribute' });
const shown = (value: number, step: number): Count => ({ value, min: value, max: value + step - 1, exact: false, text: String(value) });

type Known = Partial<Record<BarMetric, number>>;
interface Row {
  name: string;
  parts: number[];
  known: Known;
  notShown?: BarMetric[];
  shownViews?: Count | null;
  expected: Partial<Record<BarMetric, number>> | null;
}

const rows: Row[] = [
  // 14__carousel_test: the bookmark button has no number; the bar has 2358 bookmarks
  { name: 'bookmarks between likes and views', parts: [499, 4027, 7120, 2358, 9281975], known: { comments: 499, reposts: 4027, likes: 7120, views: 9281975 }, expected: { bookmarks: 2358 } },
  // 43__video_test: a 2020 post; the analytics link has no number: no views
  { name: 'no views shown: the last number is bookmarks', parts: [2455, 7186, 30234, 748], known: { comments: 2455, reposts: 7186, likes: 30234 }, notShown: ['views'], expected: { bookmarks: 748 } },
  // 22__general_posts: no bookmark button at all
  { name: 'no bookmark button', parts: [102, 99, 894, 85, 116524], known: { comments: 102, reposts: 99, likes: 894, views: 116524 }, expected: { bookmarks: 85 } },
  // 26__quotation_test: zeros are left out of the label; equal numbers for different metrics
  { name: 'zeros left out, equal numbers', parts: [1, 1, 11], known: { comments: 1, reposts: 0, likes: 1, views: 11 }, expected: {} },
  // a focused post: no analytics link, the views shown beside the time decide
  { name: 'focused post: views from the label, confirmed by the shown views', parts: [499, 4027, 7120, 2358, 9281975], known: { comments: 499, reposts: 4027, likes: 7120 }, shownViews: shown(9_200_000, 100_000), expected: { bookmarks: 2358, views: 9281975 } },
  { name: 'focused post with bookmark count: views is what remains', parts: [499, 4027, 7120, 2358, 9281975], known: { comments: 499, reposts: 4027, likes: 7120, bookmarks: 2358 }, expected: { views: 9281975 } },
  // 12__broken_audio_space without its analytics link: "1 view" could be one bookmark
  { name: 'one number, two candidates: nothing', parts: [1], known: { comments: 0, reposts: 0, likes: 0 }, expected: {} },
  { name: 'one number, two candidates, views shown: views', parts: [1], known: { comments: 0, reposts: 0, likes: 0 }, shownViews: shown(1, 1), expected: { views: 1 } },
  { name: 'shown views that fit no number: nothing', parts: [5, 40], known: { comments: 0, reposts: 0, likes: 0 }, shownViews: shown(9_000, 100), expected: null },
  { name: 'a button count missing from the label: disagreement', parts: [499, 4027, 7119, 2358], known: { comments: 499, reposts: 4027, likes: 7120 }, notShown: ['views'], expected: null },
  { name: 'more numbers than metrics: disagreement', parts: [1, 2, 3, 4, 5, 6], known: {}, expected: null },
  { name: 'every count unknown, all five listed: each by its place', parts: [5, 4, 3, 2, 1], known: {}, expected: { comments: 5, reposts: 4, likes: 3, bookmarks: 2, views: 1 } },
  { name: 'every count unknown, three listed: nothing can be placed', parts: [5, 4, 3], known: {}, expected: {} },
];

describe('X action bar label', () => {
  test.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const known = Object.fromEntries(Object.entries(row.known).map(([metric, value]) => [metric, exact(value)]));
    const inferred = inferFromBarLabel(row.parts.map((value) => exact(value)), known, new Set(row.notShown ?? []), row.shownViews ?? null);
    if (row.expected === null) {
      expect(inferred).toBeNull();
      return;
    }
    expect(Object.fromEntries(Object.entries(inferred ?? {}).map(([metric, count]) => [metric, count!.value]))).toEqual(row.expected);
  });
});
