/**
 * A creator's posts as the KPIs read them (schema v7's `creatorSummaries`, one row per creator): derived data, rebuilt
 * from the post rows whenever they change, never backed up.
 *
 * Why: the casting card needs a few numbers of every post of a creator (the creator ER's window, cadence, breakouts,
 * sponsored vs organic, the personal benchmark's peers), but its text (captions, titles, the page's text and source of
 * each count) only for the posts it lists. Reading 500 post rows is 500 objects of structured-clone decoding, 14–20 ms
 * in Chromium; the same numbers as one Float64Array and one array of keys decode in well under a millisecond
 * (README, Benchmark). So the card reads the summary, and the post rows only of the posts it shows in detail
 * (lib/panel/casting-queries.ts).
 *
 * Shape (SUMMARY_SHAPE 1): `keys[i]` is the i-th post's key; `numbers` holds STRIDE numbers per post, in key order:
 *   0 publishedAt (NaN: none)          5 pinned (-1 null, 0, 1)          9  the views count's readAt (NaN: no views)
 *   1 lastSeenAt                       6 newest readAt of its counts     10 + 3·m  value, min, max of POST_METRICS[m]
 *   2 platform (index in PLATFORMS)    7 counts present (bit m)              (NaN when absent)
 *   3 format (index, -1: none)         8 counts exact (bit m)
 *   4 sponsored (-1 null, 0, 1)
 * A row of another shape is ignored (the reader falls back to the post rows), so the shape can change without an
 * upgrade.
 *
 * Who writes it: nobody by hand. lib/db/summary-middleware.ts keeps it in step with every write to `posts`, in the
 * same IndexedDB transaction; the v7 upgrade builds it from the stored posts.
 */
import { PLATFORMS, POST_FORMATS, POST_METRICS, type Platform, type PostFormat, type PostMetric } from '../reading/reading';
import type { PostRow } from './rows';

export const SUMMARY_SHAPE = 1;

export interface CreatorSummaryRow {
  creatorKey: string;
  shape: number;
  keys: string[];
  numbers: Float64Array;
}

/** What the KPIs (lib/kpi) read of a post: a PostRow is one; a summary gives one for every post (summaryPosts). */
export type KpiPost = Pick<PostRow, 'key' | 'postId' | 'url' | 'platform' | 'publishedAt' | 'format' | 'sponsored' | 'pinned' | 'lastSeenAt' | 'latest'>;

const FIXED = 10;
export const STRIDE = FIXED + 3 * POST_METRICS.length;

const tri = (value: boolean | null | undefined): number => (value === true ? 1 : value === false ? 0 : -1);
const fromTri = (value: number): boolean | null => (value === 1 ? true : value === 0 ? false : null);

/** Writes one post's numbers at `offset`. */
function writePost(numbers: Float64Array, offset: number, post: PostRow): void {
  numbers[offset] = post.publishedAt ?? Number.NaN;
  numbers[offset + 1] = post.lastSeenAt;
  numbers[offset + 2] = PLATFORMS.indexOf(post.platform);
  numbers[offset + 3] = post.format === null || post.format === undefined ? -1 : POST_FORMATS.indexOf(post.format);
  numbers[offset + 4] = tri(post.sponsored);
  numbers[offset + 5] = tri(post.pinned);
  let newest = Number.NEGATIVE_INFINITY;
  let present = 0;
  let exact = 0;
  POST_METRICS.forEach((metric, index) => {
    const count = post.latest[metric];
    const at = offset + FIXED + 3 * index;
    if (!count) {
      numbers[at] = numbers[at + 1] = numbers[at + 2] = Number.NaN;
      return;
    }
    numbers[at] = count.value;
    numbers[at + 1] = count.min;
    numbers[at + 2] = count.max;
    present |= 1 << index;
    if (count.exact) exact |= 1 << index;
    newest = Math.max(newest, count.readAt);
  });
  numbers[offset + 6] = Number.isFinite(newest) ? newest : Number.NaN;
  numbers[offset + 7] = present;
  numbers[offset + 8] = exact;
  numbers[offset + 9] = post.latest.views?.readAt ?? Number.NaN;
}

/** The summary of a creator's post rows (every row must have this creatorKey), in key order. */
export function summaryOf(creatorKey: string, posts: readonly PostRow[]): CreatorSummaryRow {
  const sorted = [...posts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const numbers = new Float64Array(sorted.length * STRIDE);
  sorted.forEach((post, index) => writePost(numbers, index * STRIDE, post));
  return { creatorKey, shape: SUMMARY_SHAPE, keys: sorted.map((post) => post.key), numbers };
}

/** Every creator's summary from their post rows (posts without a creator have none). */
export function summariesOf(posts: readonly PostRow[]): CreatorSummaryRow[] {
  const byCreator = new Map<string, PostRow[]>();
  for (const post of posts) {
    if (post.creatorKey === null || post.creatorKey === undefined) continue;
    (byCreator.get(post.creatorKey) ?? byCreator.set(post.creatorKey, []).get(post.creatorKey)!).push(post);
  }
  return [...byCreator].map(([creatorKey, rows]) => summaryOf(creatorKey, rows));
}

/** A summary is used only in the shape this code writes, and only whole (a malformed row is as good as none). */
export function isUsableSummary(row: CreatorSummaryRow | undefined | null): row is CreatorSummaryRow {
  return (
    !!row &&
    row.shape === SUMMARY_SHAPE &&
    Array.isArray(row.keys) &&
    row.numbers instanceof Float64Array &&
    row.numbers.length === row.keys.length * STRIDE
  );
}

/**
 * The summary with `put` rows replaced or added and `removed` keys taken out: what the middleware writes after a
 * write to `posts`. Keys stay sorted; untouched posts' numbers are copied as they are.
 */
export function summaryWith(
  creatorKey: string,
  previous: CreatorSummaryRow | null,
  put: readonly PostRow[],
  removed: ReadonlySet<string>,
): CreatorSummaryRow {
  const entries = new Map<string, { from: number } | { post: PostRow }>();
  if (previous) previous.keys.forEach((key, index) => entries.set(key, { from: index }));
  for (const key of removed) entries.delete(key);
  for (const post of put) entries.set(post.key, { post });
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const numbers = new Float64Array(keys.length * STRIDE);
  keys.forEach((key, index) => {
    const entry = entries.get(key)!;
    if ('post' in entry) writePost(numbers, index * STRIDE, entry.post);
    else numbers.set(previous!.numbers.subarray(entry.from * STRIDE, (entry.from + 1) * STRIDE), index * STRIDE);
  });
  return { creatorKey, shape: SUMMARY_SHAPE, keys, numbers };
}

/**
 * The posts of a summary as the KPIs read them. Only numbers are kept: a count's `text` is '' and it has no
 * `source`, a post's `url` is '' and its postId is taken from its key. The card shows those only for the posts it
 * lists, whose stored rows casting-queries.ts reads and puts in place of these (a test checks the card is the same).
 */
export function summaryPosts(summary: CreatorSummaryRow): KpiPost[] {
  const { keys, numbers } = summary;
  const posts: KpiPost[] = new Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const offset = index * STRIDE;
    const key = keys[index]!;
    const platform: Platform = PLATFORMS[numbers[offset + 2]!] ?? PLATFORMS[0];
    const format = numbers[offset + 3]!;
    const newest = numbers[offset + 6]!;
    const viewsReadAt = numbers[offset + 9]!;
    const present = numbers[offset + 7]!;
    const exact = numbers[offset + 8]!;
    const latest: KpiPost['latest'] = {};
    for (let metric = 0; metric < POST_METRICS.length; metric += 1) {
      if (!(present & (1 << metric))) continue;
      const at = offset + FIXED + 3 * metric;
      const name: PostMetric = POST_METRICS[metric]!;
      latest[name] = {
        value: numbers[at]!,
        min: numbers[at + 1]!,
        max: numbers[at + 2]!,
        exact: (exact & (1 << metric)) !== 0,
        text: '',
        // the newest reading of the post's counts and the views' own: all the KPIs take from a count's readAt
        readAt: name === 'views' ? viewsReadAt : newest,
      };
    }
    const publishedAt = numbers[offset]!;
    posts[index] = {
      key,
      postId: key.startsWith(`${platform}:`) ? key.slice(platform.length + 1) : key,
      url: '',
      platform,
      publishedAt: Number.isNaN(publishedAt) ? null : publishedAt,
      format: format < 0 ? null : ((POST_FORMATS[format] as PostFormat | undefined) ?? null),
      sponsored: fromTri(numbers[offset + 4]!),
      pinned: fromTri(numbers[offset + 5]!),
      lastSeenAt: numbers[offset + 1]!,
      latest,
    };
  }
  return posts;
}
