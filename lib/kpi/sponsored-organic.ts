/**
 * Sponsored vs organic (product.md): paid post performance = ER(sponsored) / ER(organic), as Modash defines it
 * (market.md b2: 110% = sponsored posts do 10% better). Each ER is the median per-post rate of its group, the house
 * statistic, in the same formula as the creator ER.
 *
 * Over every post read, not only the last N: sponsored posts are few, and a window of 12 would rarely hold enough
 * of them to say anything. Pinned posts and posts without a rate are left out as for creator ER; posts whose
 * sponsorship is unknown (the reader could not tell) are counted apart and in neither group.
 */
import type { InteractionSet, RateBasis } from './interaction-sets';
import type { PostInput } from './post-inputs';
import type { RangedValue } from './ranged-ratio';
import { rangedMean, rangedMedian, rangedQuotient } from './ranged-stats';
import { postRateOf } from './creator-engagement';

export interface RateGroup {
  posts: number;
  median: RangedValue | null;
  mean: RangedValue | null;
  postKeys: string[];
}

export interface SponsoredVsOrganic {
  basis: RateBasis;
  sponsored: RateGroup;
  organic: RateGroup;
  /** Posts with a rate whose sponsorship the page did not tell. */
  unknown: number;
  /** ER(sponsored) / ER(organic), with its range; null unless both groups have a rate. */
  ratio: RangedValue | null;
}

export function sponsoredVsOrganic(posts: readonly PostInput[], basis: RateBasis, interactions: InteractionSet): SponsoredVsOrganic {
  const groups = { sponsored: [] as { key: string; rate: RangedValue }[], organic: [] as { key: string; rate: RangedValue }[] };
  let unknown = 0;
  for (const post of posts) {
    if (post.pinned) continue;
    const rate = postRateOf(post, basis, interactions);
    if (typeof rate === 'string') continue;
    if (post.sponsored === null) unknown += 1;
    else groups[post.sponsored ? 'sponsored' : 'organic'].push({ key: post.key, rate });
  }
  const groupOf = (rates: { key: string; rate: RangedValue }[]): RateGroup => ({
    posts: rates.length,
    median: rangedMedian(rates.map((entry) => entry.rate)),
    mean: rangedMean(rates.map((entry) => entry.rate)),
    postKeys: rates.map((entry) => entry.key).sort(),
  });
  const sponsored = groupOf(groups.sponsored);
  const organic = groupOf(groups.organic);
  const ratio = sponsored.median && organic.median ? rangedQuotient(sponsored.median, organic.median) : null;
  return { basis, sponsored, organic, unknown, ratio };
}
