/**
 * What the panel shows for a URL: a post, a creator, a page of a supported site it has nothing to show for (feed,
 * search, settings…), or nothing (any other site). Keys are the database's (lib/reading/keys.ts).
 */
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../reading/keys';
import type { Platform } from '../reading/reading';
import { identifyPage } from '../sites/identify-page';

export type PanelTarget =
  | { kind: 'none'; url: string | null }
  | { kind: 'other-page'; url: string; platform: Platform; surface: 'feed' | 'search' | 'unsupported'; page: string }
  | {
      kind: 'post';
      url: string;
      platform: Platform;
      page: string;
      postId: string;
      postKey: string;
      /** `post:${postKey}`: the post's snapshots. */
      entityKey: string;
      /** From the URL when it names the author (X, TikTok, some Instagram and LinkedIn URLs); the post row knows best. */
      creatorKey: string | null;
    }
  | {
      kind: 'profile';
      url: string;
      platform: Platform;
      page: string;
      handle: string | null;
      /** Null for URLs that name the creator by neither handle nor id (YouTube /c/name, /user/name). */
      creatorKey: string | null;
    };

export function panelTargetOf(url: string | null | undefined): PanelTarget {
  if (!url) return { kind: 'none', url: null };
  const identity = identifyPage(url);
  if (!identity) return { kind: 'none', url };
  const { platform, surface, page } = identity;
  const creatorKey = creatorKeyOf(platform, { handle: identity.handle ?? null, id: identity.creatorId ?? null, kind: identity.creatorKind ?? null });
  if (surface === 'post' && identity.postId) {
    const postKey = postKeyOf(platform, identity.postId);
    return { kind: 'post', url, platform, page, postId: identity.postId, postKey, entityKey: entityKeyOf('post', postKey), creatorKey };
  }
  if (surface === 'profile') {
    return { kind: 'profile', url, platform, page, handle: identity.handle ?? null, creatorKey };
  }
  return { kind: 'other-page', url, platform, surface: surface === 'post' ? 'unsupported' : surface, page };
}

/**
 * The page URL given to the panel page itself: `sidepanel.html?url=<encoded page URL>` (end-to-end tests, "open in
 * a tab"). Only http(s) URLs; anything else is ignored and the panel follows the active tab.
 */
export function overrideUrlFrom(search: string): string | null {
  const value = new URLSearchParams(search).get('url');
  if (!value) return null;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The link that opens the panel in a tab for a page: relative to the panel page. */
export function openInTabHref(pageUrl: string): string {
  return `sidepanel.html?url=${encodeURIComponent(pageUrl)}`;
}
