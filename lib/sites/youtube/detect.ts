/**
 * YouTube URL detection: pure functions of a URL, with their test URLs beside them (tests/unit/detect.test.ts).
 *   /watch?v=ID, /live/ID, /shorts/ID → one video;  /@handle[/tab], /channel/UC…, /c/name, /user/name → channel;
 *   /results → search;  / , /feed/… → feed.
 */
import type { PageIdentity } from '../page-identity';

const VIDEO_ID = /^[\w-]{11}$/;
const CHANNEL_ID = /^UC[\w-]{22}$/;

/** A video's canonical URL: /shorts/ID for a Short, /watch?v=ID for any other video. */
export function youtubeVideoUrl(videoId: string, short: boolean): string {
  return short ? `https://www.youtube.com/shorts/${videoId}` : `https://www.youtube.com/watch?v=${videoId}`;
}

/** A channel's canonical URL: /@handle when it has one, else /channel/UC…; undefined with neither. */
export function youtubeChannelUrl(handle: string | null, channelId: string | null): string | undefined {
  return handle ? `https://www.youtube.com/@${handle}` : channelId ? `https://www.youtube.com/channel/${channelId}` : undefined;
}

export function isYouTubeHost(hostname: string): boolean {
  return hostname === 'www.youtube.com' || hostname === 'youtube.com' || hostname === 'm.youtube.com';
}

export function detectYouTubePage(url: URL): PageIdentity | null {
  if (!isYouTubeHost(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first = '', second = ''] = segments;
  if (first === 'watch') {
    const id = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(id) ? { platform: 'youtube', surface: 'post', postId: id, page: 'watch' } : null;
  }
  if ((first === 'shorts' || first === 'live') && VIDEO_ID.test(second)) {
    return { platform: 'youtube', surface: 'post', postId: second, page: first === 'shorts' ? 'shorts' : 'watch' };
  }
  if (first.startsWith('@') && first.length > 1) {
    return { platform: 'youtube', surface: 'profile', handle: first.slice(1), page: 'channel' };
  }
  if (first === 'channel' && CHANNEL_ID.test(second)) {
    return { platform: 'youtube', surface: 'profile', creatorId: second, page: 'channel' };
  }
  if ((first === 'c' || first === 'user') && second) {
    // Legacy custom URLs name the channel but are not handles; the page's data gives the handle.
    return { platform: 'youtube', surface: 'profile', page: 'channel' };
  }
  if (first === 'results') return { platform: 'youtube', surface: 'search', page: 'search' };
  if (first === '' || first === 'feed') return { platform: 'youtube', surface: 'feed', page: 'feed' };
  return { platform: 'youtube', surface: 'unsupported', page: first };
}
