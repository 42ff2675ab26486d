/**
 * TikTok URL detection.
 *   /@user → profile;  /@user/video/ID, /@user/photo/ID → one post;  / , /foryou, /following → feed;  /search → search.
 */
import type { PageIdentity } from '../page-identity';

export function detectTikTokPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.tiktok.com' && url.hostname !== 'tiktok.com') return null;
  const [first = '', second = '', third = ''] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (first.startsWith('@') && first.length > 1) {
    const handle = first.slice(1);
    if ((second === 'video' || second === 'photo') && /^\d{5,25}$/.test(third)) {
      return { platform: 'tiktok', surface: 'post', handle, postId: third, page: second };
    }
    if (!second) return { platform: 'tiktok', surface: 'profile', handle, page: 'profile' };
  }
  if (first === 'search') return { platform: 'tiktok', surface: 'search', page: 'search' };
  if (first === '' || first === 'foryou' || first === 'following' || first === 'explore') {
    return { platform: 'tiktok', surface: 'feed', page: 'feed' };
  }
  return { platform: 'tiktok', surface: 'unsupported', page: first };
}
