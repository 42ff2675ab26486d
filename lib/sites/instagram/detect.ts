/**
 * Instagram URL detection.
 *   /user/ → profile;  /p/CODE/, /reel/CODE/, /reels/CODE/, /tv/CODE/, /user/p/CODE/ → one post;
 *   / → feed;  /explore/… → search.  Everything else (accounts, direct, stories, …) is unsupported.
 */
import type { PageIdentity } from '../page-identity';

const SHORTCODE = /^[\w-]{5,40}$/;
const POST_PATHS = new Set(['p', 'reel', 'reels', 'tv']);
/** First path segments that are Instagram's own pages, not usernames. */
const RESERVED = new Set([
  'accounts', 'api', 'direct', 'explore', 'stories', 'about', 'legal', 'developer', 'challenge', 'emails',
  'graphql', 'web', 'oauth', 'session', 'ajax', 'privacy', 'terms', 'reels', 'p', 'reel', 'tv', 'archive',
]);
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

export function detectInstagramPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return null;
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first = '', second = '', third = ''] = segments;
  if (POST_PATHS.has(first) && SHORTCODE.test(second)) {
    return { platform: 'instagram', surface: 'post', postId: second, page: first === 'p' ? 'post' : 'reel' };
  }
  if (USERNAME.test(first) && !RESERVED.has(first) && POST_PATHS.has(second) && SHORTCODE.test(third)) {
    return { platform: 'instagram', surface: 'post', handle: first, postId: third, page: second === 'p' ? 'post' : 'reel' };
  }
  if (first === 'explore') return { platform: 'instagram', surface: 'search', page: 'explore' };
  if (!first) return { platform: 'instagram', surface: 'feed', page: 'feed' };
  if (USERNAME.test(first) && !RESERVED.has(first) && (!second || second === 'reels' || second === 'tagged')) {
    return { platform: 'instagram', surface: 'profile', handle: first, page: 'profile' };
  }
  return { platform: 'instagram', surface: 'unsupported', page: first };
}
