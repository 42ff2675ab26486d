/**
 * The badges of a stored reading, for the content script to render (it carries no KPI code and no audiences): each
 * post measured against its own creator's audience as stored, the page creator's from the reading itself first; and
 * the benchmark band of each badge's creator where it is known (badge-bands.ts).
 */
import { creatorBadgeKey, postBadgeKey, tileBadgeKey } from '../badges/badge-keys';
import type { ReadingBadges } from '../badges/reading-badges';
import { readingBadges } from '../badges/reading-badges';
import type { CastlistDatabase } from '../db/castlist-db';
import { creatorKeyOf } from '../reading/keys';
import type { PostReading, Reading } from '../reading/reading';
import { badgesWithBands, creatorBands } from './badge-bands';
import { creatorKeyOfPost } from './row-merges';

export async function badgesOfReading(db: CastlistDatabase, reading: Reading, now: number = Date.now()): Promise<ReadingBadges> {
  const pageKey = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
  const keyOfPost = (post: PostReading) => creatorKeyOfPost(reading.platform, post, reading.creator, pageKey);
  const keys = [...new Set([pageKey, ...reading.posts.map(keyOfPost)].filter((key): key is string => key !== null))];
  const rows = await db.creators.bulkGet(keys);
  const followers = new Map(keys.map((key, index) => [key, rows[index]?.latest.followers ?? null]));
  const page = reading.creator?.followers ?? (pageKey ? followers.get(pageKey) ?? null : null);
  const badges = readingBadges(reading, {
    page,
    ofPost: (post) => {
      const key = keyOfPost(post);
      if (!key) return null;
      return key === pageKey ? page : (followers.get(key) ?? null);
    },
  });
  // The band of each badge's creator (the page's, a tile's known author), from their stored posts and the benchmarks.
  const creatorOfBadge = new Map<string, string | null>();
  if (reading.creator) creatorOfBadge.set(creatorBadgeKey(reading.creator), pageKey);
  for (const post of reading.posts) {
    const key = keyOfPost(post);
    creatorOfBadge.set(postBadgeKey(post.id), key);
    creatorOfBadge.set(tileBadgeKey(post.id), key);
  }
  const bands = await creatorBands(db, [...new Set([...creatorOfBadge.values()].filter((key): key is string => key !== null))], now);
  return badgesWithBands(badges, bands, (badgeKey) => creatorOfBadge.get(badgeKey) ?? null);
}
