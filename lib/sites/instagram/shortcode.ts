/**
 * Instagram post identities. A post's shortcode (the CODE of /p/CODE/) is its numeric media id written in base 64
 * with the alphabet below (instaloader `mediaid_to_shortcode`), so a response that names only the media id
 * (/api/v1/media/2903201417283266254/comments/, a comment's media_id) still says which post it is about.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SHORTCODE = /^[\w-]{5,40}$/;

export function isShortcode(text: unknown): text is string {
  return typeof text === 'string' && SHORTCODE.test(text);
}

/** "2903201417283266254" or "2903201417283266254_343260652" (media id _ owner id) → "ChKPk6klGbO". */
export function shortcodeOfMediaId(mediaId: unknown): string | null {
  if (typeof mediaId !== 'string' && typeof mediaId !== 'number') return null;
  const digits = String(mediaId).split('_')[0]!;
  if (!/^[1-9]\d{0,24}$/.test(digits)) return null;
  const base = BigInt(64);
  let rest = BigInt(digits);
  let code = '';
  while (rest > BigInt(0)) {
    code = ALPHABET[Number(rest % base)] + code;
    rest /= base;
  }
  return code;
}

/** The media id in an API path (/api/v1/media/{id}/info/, /api/v1/media/{id}/comments/). */
export function mediaIdInApiPath(pathname: string): string | null {
  return /^\/api\/v1\/media\/(\d+)(?:_\d+)?\/(?:info|comments)\b/.exec(pathname)?.[1] ?? null;
}

export interface PostLink {
  code: string;
  /** The username when the link names it (/user/p/CODE/, the 2024– profile grid). */
  user: string | null;
  reel: boolean;
}

/**
 * A link to a post itself: /p/CODE/, /reel/CODE/, /reels/CODE/, /tv/CODE/, /user/p/CODE/, relative or absolute.
 * Links below a post (…/liked_by/, …/c/ID/ comment permalinks) are not links to the post.
 */
export function postLinkOf(href: string | null | undefined): PostLink | null {
  const path = href?.replace(/^https:\/\/(?:www\.)?instagram\.com/, '');
  const match = path ? /^\/(?:([\w.]{1,30})\/)?(p|reels?|tv)\/([\w-]{5,40})\/?(?:[?#].*)?$/.exec(path) : null;
  if (!match) return null;
  return { code: match[3]!, user: match[1] ?? null, reel: match[2] !== 'p' };
}

export function postUrl(code: string, reel: boolean): string {
  return `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`;
}

export function profileUrl(handle: string): string {
  return `https://www.instagram.com/${handle.toLowerCase()}/`;
}
