/**
 * LinkedIn URL detection.
 *   /in/slug, /company/slug → profile;  /posts/slug-activity-ID-xxxx, /feed/update/urn:li:activity:ID → one post
 *   (id = the activity id);  /pulse/slug → one article (id = the slug);  /feed → feed;  /search/results/… → search.
 */
import type { PageIdentity } from '../page-identity';

export function detectLinkedInPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.linkedin.com' && url.hostname !== 'linkedin.com') return null;
  const [first = '', second = '', third = ''] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if ((first === 'in' || first === 'company') && second) {
    return { platform: 'linkedin', surface: 'profile', handle: second, page: first === 'in' ? 'person' : 'company' };
  }
  if (first === 'posts' && second) {
    const activity = /activity-(\d{10,25})/.exec(second);
    const handle = /^(.+?)_/.exec(second)?.[1];
    return activity
      ? { platform: 'linkedin', surface: 'post', postId: activity[1]!, ...(handle ? { handle } : {}), page: 'post' }
      : null;
  }
  if (first === 'feed' && second === 'update') {
    const activity = /urn:li:(?:activity|ugcPost|share):(\d{10,25})/.exec(third);
    return activity ? { platform: 'linkedin', surface: 'post', postId: activity[1]!, page: 'post' } : null;
  }
  if (first === 'pulse' && second) return { platform: 'linkedin', surface: 'post', postId: second, page: 'article' };
  if (first === 'feed' || first === '') return { platform: 'linkedin', surface: 'feed', page: 'feed' };
  if (first === 'search') return { platform: 'linkedin', surface: 'search', page: 'search' };
  return { platform: 'linkedin', surface: 'unsupported', page: first };
}
