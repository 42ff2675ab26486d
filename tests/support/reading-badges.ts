/**
 * A reading's badges as the background gives them when nothing else is stored yet: the page creator's audience is
 * the reading's own, any other creator's is unknown (lib/background/badges-of-reading.ts does the same with the
 * database).
 */
import { type ReadingBadges, readingBadges } from '../../lib/badges/reading-badges';
import { creatorKeyOf } from '../../lib/reading/keys';
import type { Reading } from '../../lib/reading/reading';

export function badgesOf(reading: Reading): ReadingBadges {
  const page = reading.creator?.followers ?? null;
  const pageKey = reading.creator ? creatorKeyOf(reading.platform, reading.creator) : null;
  return readingBadges(reading, {
    page,
    ofPost: (post) => (pageKey && post.author && creatorKeyOf(reading.platform, post.author) === pageKey ? page : null),
  });
}
