/**
 * TikTok URL detection.
 *   /@user → profile;  /@user/video/ID, /@user/photo/ID → one post;  / , /foryou, /following, /explore, /tag/…,
 *   /music/… → feed;  /search, /search/video … → search;  anything else (/api/…, /oembed, /live) → unsupported.
 */
import type { PageIdentity } from '../page-identity';

const FEEDS = new Set(['', 'foryou', 'following', 'explore', 'friends', 'tag', 'music']);

export function detectTikTokPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.tiktok.com' && url.hostname !== 'tiktok.com') return null;
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { platform: 'tiktok', surface: 'unsupported', page: 'unknown' }; // a malformed escape: not a page we read
  }
  const [first = '', second = '', third = ''] = segments;
  if (first.startsWith('@') && first.length > 1) {
    const handle = first.slice(1);
    if ((second === 'video' || second === 'photo') && /^\d{5,25}$/.test(third)) {
      return { platform: 'tiktok', surface: 'post', handle, postId: third, page: second };
    }
    if (!second) return { platform: 'tiktok', surface: 'profile', handle, page: 'profile' };
    return { platform: 'tiktok', surface: 'unsupported', handle, page: second };
  }
  if (first === 'search') return { platform: 'tiktok', surface: 'search', page: 'search' };
  if (FEEDS.has(first)) return { platform: 'tiktok', surface: 'feed', page: first === 'tag' || first === 'music' ? first : 'feed' };
  return { platform: 'tiktok', surface: 'unsupported', page: first };
}
