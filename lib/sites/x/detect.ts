/**
 * X (Twitter) URL detection.
 *   /user → profile (also /user/with_replies, /media, /likes);  /user/status/ID[/…] → one post;
 *   /home → feed;  /search → search.  Routes that are X's own pages are not usernames.
 *   API hosts (api.x.com, api.twitter.com: v1.1 and GraphQL responses read by the CLI) are X, on no page.
 */
import type { PageIdentity } from '../page-identity';

const SCREEN_NAME = /^[A-Za-z0-9_]{1,15}$/;
const RESERVED = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'i', 'settings', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'lists', 'bookmarks', 'communities', 'premium', 'hashtag', 'intent', 'share',
  'account', 'about', 'download', 'verified-choose', 'grok',
]);
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'likes', 'highlights', 'articles', 'verified_followers', 'followers', 'following']);

const API_HOSTS = new Set(['api.x.com', 'api.twitter.com']);

export function detectXPage(url: URL): PageIdentity | null {
  if (API_HOSTS.has(url.hostname)) return { platform: 'x', surface: 'unsupported', page: 'api' };
  if (!['x.com', 'twitter.com', 'mobile.x.com', 'www.x.com', 'mobile.twitter.com', 'www.twitter.com'].includes(url.hostname)) return null;
  const [first = '', second = '', third = ''] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (first === 'home' || first === '') return { platform: 'x', surface: 'feed', page: 'home' };
  if (first === 'search' || first === 'explore' || first === 'hashtag') return { platform: 'x', surface: 'search', page: 'search' };
  if (first === 'i' && second === 'web' && third === 'status') {
    const id = url.pathname.split('/').filter(Boolean)[3] ?? '';
    return /^\d{1,25}$/.test(id) ? { platform: 'x', surface: 'post', postId: id, page: 'status' } : null;
  }
  if (!SCREEN_NAME.test(first) || RESERVED.has(first.toLowerCase())) return { platform: 'x', surface: 'unsupported', page: first };
  if (second === 'status' && /^\d{1,25}$/.test(third)) {
    return { platform: 'x', surface: 'post', handle: first, postId: third, page: 'status' };
  }
  if (PROFILE_TABS.has(second)) return { platform: 'x', surface: 'profile', handle: first, page: 'profile' };
  return { platform: 'x', surface: 'unsupported', page: second };
}
