/**
 * The keys of the page's badges, shared by the background (which says what each badge shows) and the content script
 * (which places them): a badge is placed only where the site's placement and the background's model share a key.
 */
import type { CreatorReading } from '../reading/reading';

/** The badge of the post a post page is about. */
export const postBadgeKey = (postId: string): string => `post:${postId}`;

/** The badge of a profile page's creator (by handle, by id where the page shows no handle). */
export const creatorBadgeKey = (creator: Pick<CreatorReading, 'handle' | 'id'>): string => `creator:${creator.handle ?? creator.id}`;

/** The badge of a post tile (grid, feed, recommendation). */
export const tileBadgeKey = (postId: string): string => `tile:${postId}`;
