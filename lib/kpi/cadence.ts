/**
 * Posting cadence from the publish times of the posts read: posts per week over the span they cover, the median gap
 * between consecutive posts, and how long ago the newest was published. It describes the posts Castlist has read,
 * which are the newest ones a profile shows: it says nothing about the creator's older history.
 */
import type { PostInput } from './post-inputs';
import { median } from './ranged-stats';
import { DAY_MS } from '../panel/format';

export interface Cadence {
  /** Dated posts it is computed from, and the span they cover. */
  posts: number;
  from: number;
  to: number;
  postsPerWeek: number;
  medianGapDays: number;
  daysSinceNewest: number;
}

/** Null with fewer than two dated posts, or when all were published at the same moment. */
export function postingCadence(posts: readonly Pick<PostInput, 'publishedAt'>[], now: number): Cadence | null {
  const times = posts.flatMap((post) => (post.publishedAt === null ? [] : [post.publishedAt])).sort((a, b) => a - b);
  if (times.length < 2) return null;
  const from = times[0]!;
  const to = times.at(-1)!;
  const spanDays = (to - from) / DAY_MS;
  if (!(spanDays > 0)) return null;
  const gaps = times.slice(1).map((time, index) => (time - times[index]!) / DAY_MS);
  return {
    posts: times.length,
    from,
    to,
    postsPerWeek: ((times.length - 1) / spanDays) * 7,
    medianGapDays: median(gaps),
    daysSinceNewest: Math.max(0, (now - to) / DAY_MS),
  };
}
