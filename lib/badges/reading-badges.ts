/**
 * Every badge of one reading, by key (badge-keys.ts): computed by the background, which knows each creator's
 * audience, and only rendered by the content script. A post is measured against its own creator's audience: the
 * page's creator for their own posts, the stored audience of another creator for theirs, and no follower-based
 * figure at all when that audience is unknown.
 */
import type { Count } from '../count';
import type { CreatorReading, PostReading, Reading } from '../reading/reading';
import { creatorBadgeKey, postBadgeKey, tileBadgeKey } from './badge-keys';
import { type BadgeModel, creatorBadge, postBadge, tileBadge } from './badge-model';

export interface Audiences {
  /** The followers of the page's creator (the reading's own, else the stored ones); null when unknown. */
  page: Count | null;
  /** The followers of a post's author; null when the author is unknown or their audience is. */
  ofPost(post: PostReading): Count | null;
}

export type ReadingBadges = Record<string, BadgeModel>;

export function readingBadges(reading: Reading, audiences: Audiences, locale?: string): ReadingBadges {
  const badges: ReadingBadges = {};
  const { platform, creator } = reading;
  const withAudience = (author: PostReading['author'] | CreatorReading | null | undefined, followers: Count | null): CreatorReading | null =>
    followers ? { handle: author?.handle ?? null, name: author?.name ?? null, followers: { ...followers } } : null;

  if (reading.surface === 'profile' && creator) {
    const model = creatorBadge(platform, { ...creator, ...(audiences.page ? { followers: audiences.page } : {}) }, reading.posts, locale);
    if (model) badges[creatorBadgeKey(creator)] = model;
  }
  reading.posts.forEach((post, index) => {
    const author = withAudience(post.author, audiences.ofPost(post));
    if (reading.surface === 'post' && index === 0) {
      // The post the page is about.
      const model = postBadge(platform, post, author, locale);
      if (model) badges[postBadgeKey(post.id)] = model;
      return;
    }
    const model = tileBadge(platform, post, author, locale);
    if (model) badges[tileBadgeKey(post.id)] = model;
  });
  return badges;
}
