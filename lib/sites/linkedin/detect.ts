/**
 * LinkedIn URL detection: pure functions of a URL.
 *   /in/slug[/…], /company/slug[/…] → profile (handle = the vanity slug);
 *   /posts/author_slug-activity-ID-xxxx (also -share-ID-, -ugcPost-ID-), /feed/update/urn:li:activity:ID → one post
 *   (postId = the numeric id the URL names; the page may map a share id to its activity id);
 *   /pulse/slug → one article (postId = the slug);  / and /feed → feed;  /search/results/… → search;
 *   /voyager/api/… → unsupported: a bare API response, whose data says what it is.
 */
import type { PageIdentity } from '../page-identity';

/** The activity, share or ugcPost id a /posts/ slug ends with ("…-activity-7458772951740358656-nrvO"). */
const POST_SLUG_ID = /-(?:activity|share|ugcPost)-(\d{10,25})(?:-|$)/i;
const POST_URN_ID = /^urn:li:(?:activity|ugcPost|share):(\d{10,25})$/;

export function detectLinkedInPage(url: URL): PageIdentity | null {
  if (url.hostname !== 'www.linkedin.com' && url.hostname !== 'linkedin.com') return null;
  const [first = '', second = '', third = ''] = url.pathname.split('/').filter(Boolean).map(safeDecode);
  if ((first === 'in' || first === 'company') && second) {
    if (first === 'in') return { platform: 'linkedin', surface: 'profile', handle: second, page: 'person' };
    return { platform: 'linkedin', surface: 'profile', handle: second, creatorKind: 'company', page: 'company' };
  }
  if (first === 'posts' && second) {
    const id = POST_SLUG_ID.exec(second)?.[1];
    // The vanity slug of the author comes before the first underscore (vanity names have no underscores).
    const handle = /^([^_]+)_/.exec(second)?.[1];
    return id ? { platform: 'linkedin', surface: 'post', postId: id, ...(handle ? { handle } : {}), page: 'post' } : null;
  }
  if (first === 'feed' && second === 'update') {
    const id = POST_URN_ID.exec(third)?.[1];
    return id ? { platform: 'linkedin', surface: 'post', postId: id, page: 'post' } : null;
  }
  if (first === 'pulse' && second && second !== 'topics') {
    return { platform: 'linkedin', surface: 'post', postId: second, page: 'article' };
  }
  if (first === 'feed' || first === '') return { platform: 'linkedin', surface: 'feed', page: 'feed' };
  if (first === 'search') return { platform: 'linkedin', surface: 'search', page: 'search' };
  return { platform: 'linkedin', surface: 'unsupported', page: first };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape: keep the segment as written
  }
}
