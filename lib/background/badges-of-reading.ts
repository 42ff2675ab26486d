/**
 * The badges of a stored reading, for the content script to render (it carries no KPI code and no audiences): each
 * post measured against its own creator's audience as stored, the page creator's from the reading itself first.
 */
import type { ReadingBadges } from '../badges/reading-badges';
import { readingBadges } from '../badges/reading-badges';
import type { CastlistDatabase } from '../db/castlist-db';
import { creatorKeyOf } from '../reading/keys';
import type { PostReading, Reading } from '../reading/reading';
import { creatorKeyOfPost } from './row-merges';

export async function badgesOfReading(db: CastlistDatabase, reading: Reading): Promise<ReadingBadges> {
  const pageKey = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
  const keyOfPost = (post: PostReading) => creatorKeyOfPost(reading.platform, post, reading.creator, pageKey);
  const keys = [...new Set([pageKey, ...reading.posts.map(keyOfPost)].filter((key): key is string => key !== null))];
  const rows = await db.creators.bulkGet(keys);
  const followers = new Map(keys.map((key, index) => [key, rows[index]?.latest.followers ?? null]));
  const page = reading.creator?.followers ?? (pageKey ? followers.get(pageKey) ?? null : null);
  return readingBadges(reading, {
    page,
    ofPost: (post) => {
      const key = keyOfPost(post);
      if (!key) return null;
      return key === pageKey ? page : (followers.get(key) ?? null);
    },
  });
}
