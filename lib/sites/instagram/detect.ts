/**
 * Instagram URL detection.
 *   /user/, /user/reels/, /user/tagged/, /user/followers/ (dialog over the profile) → profile;
 *   /p/CODE/, /reel/CODE/, /reels/CODE/, /tv/CODE/, /user/p/CODE/ (and …/liked_by/, …/c/ID/ below them) → one post;
 *   /stories/user/ID/ (and /stories/user/) → the story owner's profile counts (the page shows no post counts);
 *   /, /reels/ → feed;  /explore/… → search.  Everything else (accounts, direct, highlights, …) is unsupported.
 * Usernames are letters, digits, '.' and '_' and case-insensitive (Instagram's canonical form is lower case).
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
/** Profile tabs and the dialogs that open over the profile header. */
const PROFILE_TABS = new Set(['reels', 'tagged', 'followers', 'following']);

export function isInstagramUsername(text: string | null | undefined): text is string {
  return typeof text === 'string' && USERNAME.test(text) && !RESERVED.has(text.toLowerCase());
}

export function detectInstagramPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return null;
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first = '', second = '', third = ''] = segments;
  if (POST_PATHS.has(first) && SHORTCODE.test(second)) {
    return { platform: 'instagram', surface: 'post', postId: second, page: first === 'p' ? 'post' : 'reel' };
  }
  if (isInstagramUsername(first) && POST_PATHS.has(second) && SHORTCODE.test(third)) {
    return { platform: 'instagram', surface: 'post', handle: first, postId: third, page: second === 'p' ? 'post' : 'reel' };
  }
  if (first === 'explore') return { platform: 'instagram', surface: 'search', page: 'explore' };
  // /stories/highlights/ID/ names no user: only a story under its owner's name is theirs.
  if (first === 'stories' && second !== 'highlights' && isInstagramUsername(second)) {
    return { platform: 'instagram', surface: 'profile', handle: second, page: 'story' };
  }
  if (!first) return { platform: 'instagram', surface: 'feed', page: 'feed' };
  if (first === 'reels' && !second) return { platform: 'instagram', surface: 'feed', page: 'reels' };
  if (isInstagramUsername(first) && (!second || PROFILE_TABS.has(second))) {
    return { platform: 'instagram', surface: 'profile', handle: first, page: 'profile' };
  }
  return { platform: 'instagram', surface: 'unsupported', page: first };
}

/** The same user, Instagram's way: case does not matter. `a` may come straight from page data: it may not be text. */
export function sameUsername(a: unknown, b: string | null | undefined): boolean {
  return typeof a == 'string' && !!b && a.toLowerCase() === b.toLowerCase();
}
