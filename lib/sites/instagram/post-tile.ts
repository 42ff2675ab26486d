/**
 * One post tile, read from that tile: a grid cell (<a href="/p/CODE/"> or, since 2024, /user/p/CODE/) or a home
 * feed <article>. Its author is the owner the page's data names for it, else the user its own link or header names;
 * on a profile's tagged tab a link naming the profile itself may name the grid rather than the post's owner, and
 * says nothing. A plain /p/CODE/ cell names no one: only the profile's own grid attributes it (ownGrid). The tile gives the post's id; its counts come first from the page's data about that post (looked
 * up by shortcode in the captured responses and first-load blobs, each indexed once), then from what the tile
 * shows:
 *   feed article: the liked_by line and the timestamp (post-dom.ts);
 *   grid cell: the hover overlay, a list of two items, likes then comments (with hidden likes there is one item,
 *     which says nothing by position); a reel cell on the reels tab shows its views outside that list.
 * The post the page itself is about (its own article on a post page) is no tile.
 */
import type { TileReader } from '../site-adapter';
import type { PostReading } from '../../reading/reading';
import { cleanText, firstMatch } from '../dom-text';
import { mergePost } from '../merge';
import { remembered } from '../reader-memo';
import { ProblemLog } from '../reader-problems';
import type { PageInput } from '../page-input';
import { codeOfMedia, instagramDataOf } from './data-walk';
import { detectInstagramPage, sameUsername } from './detect';
import { embeddedBlobs } from './embedded-state';
import { shownCount } from './instagram-counts';
import { type MediaFacts, readMedia } from './media-data';
import { readPostDom } from './post-dom';
import * as selectors from './selectors';
import { postLinkOf, postUrl } from './shortcode';

export function readPostTile(tile: Element, input: PageInput): PostReading | null {
  const isArticle = tile.tagName.toLowerCase() === 'article';
  const link = isArticle ? singlePostLink(tile) : postLinkOf(tile.getAttribute('href'));
  if (!link) return null;
  // A link inside a feed article is part of that article's tile.
  if (!isArticle && tile.parentElement?.closest('article') && singlePostLink(tile.parentElement.closest('article')!)) return null;
  if (detectInstagramPage(new URL(input.url))?.postId === link.code) return null;

  const known = knownPost(link.code, input);
  const lang = input.lang;
  let shown: PostReading = { id: link.code, url: postUrl(link.code, link.reel), metrics: {} };
  if (isArticle) {
    const dom = readPostDom(tile, link.code, lang);
    if (dom.post) shown = { ...dom.post, url: shown.url };
    const author = [...tile.querySelectorAll(selectors.articleAuthorLinks.join(','))].map((a) => /^\/([\w.]{1,30})\/$/.exec(a.getAttribute('href') ?? '')?.[1]).find(Boolean);
    if (author) shown.author = { handle: author };
  } else {
    Object.assign(shown.metrics, overlayCounts(tile, link.reel, lang));
    const page = link.user ? profileTab(input.url) : null;
    if (link.user && !(page?.tab === 'tagged' && sameUsername(link.user, page.handle))) shown.author = { handle: link.user };
  }
  if (!known) return shown;
  // A tile's reading has no problems list (TileReader returns a post): a count the tile and the data disagree on is
  // left out of the post, and the log saying so goes with this call.
  const merged = mergePost(known.post, shown, new ProblemLog('instagram.tile', 'tile and data'))!;
  if (known.likesHidden) delete merged.metrics.likes;
  return merged;
}

/** The one post an article is about; null for an article holding a grid (the –2023 profile layout). */
function singlePostLink(article: Element) {
  const codes = new Map<string, ReturnType<typeof postLinkOf>>();
  for (const anchor of article.querySelectorAll(selectors.postLinks)) {
    const link = postLinkOf(anchor.getAttribute('href'));
    if (link) codes.set(link.code, link);
  }
  return codes.size === 1 ? [...codes.values()][0]! : null;
}

function overlayCounts(tile: Element, reel: boolean, lang: string | null): PostReading['metrics'] {
  const metrics: PostReading['metrics'] = {};
  const items = [...tile.querySelectorAll(selectors.tileOverlayItems)].map((item) => shownCount(cleanText(item.textContent), lang, 'text'));
  if (items.length === 2 && items[0] && items[1]) {
    metrics.likes = items[0];
    metrics.comments = items[1];
  }
  if (reel) {
    const outside = [...tile.querySelectorAll('span')].filter((span) => span.children.length === 0 && !span.closest(selectors.tileOverlayItems));
    const counts = outside.map((span) => shownCount(cleanText(span.textContent), lang, 'text')).filter(Boolean);
    if (counts.length === 1) metrics.views = counts[0]!;
  }
  return metrics;
}

/** What the page's data says about the post: the newest response first, then the first-load blobs. */
function knownPost(code: string, input: PageInput): MediaFacts | null {
  const { memo } = input;
  const responses = new Set(input.responses.map((response) => response.json));
  const documents = [...[...input.responses].sort((a, b) => b.at - a.at).map((response) => response.json), ...(input.root ? embeddedBlobs(input.root, memo) : [])];
  for (const json of documents) {
    if (json === null || typeof json !== 'object') continue;
    // Each document's posts by shortcode, built once per visit when the caller keeps a memo (a grid reads one tile at a time).
    const index = remembered(memo, 'instagram.media-index', json, () => {
      const byCode = new Map<string, MediaFacts>();
      for (const found of instagramDataOf(json, memo).media) {
        const facts = readMedia(found.media, responses.has(json) ? 'network' : 'embedded');
        if (facts && !byCode.has(facts.post.id)) byCode.set(facts.post.id, facts);
      }
      return byCode;
    });
    const facts = index.get(code);
    if (facts) return facts;
  }
  return null;
}

/** A profile URL's user and tab ('' for the posts grid): /user/, /user/reels/, /user/tagged/. */
function profileTab(url: string): { handle: string; tab: string } | null {
  const identity = detectInstagramPage(new URL(url));
  if (identity?.surface !== 'profile' || !identity.handle) return null;
  return { handle: identity.handle, tab: new URL(url).pathname.split('/').filter(Boolean)[1] ?? '' };
}

/**
 * The profile's own grid: on its posts grid or its reels tab (not tagged: others' posts), the page's main element
 * once its header links this user's followers (Instagram keeps the previous profile's page while it loads).
 */
function ownGrid(root: Document, input: PageInput, creator: { handle: string | null }): Element | null {
  const page = profileTab(input.url);
  if (!page || (page.tab !== '' && page.tab !== 'reels') || !sameUsername(page.handle, creator.handle)) return null;
  const main = root.querySelector('main');
  return main && firstMatch(main, selectors.followersLink(page.handle)) ? main : null;
}

export const instagramTiles: TileReader = {
  selector: selectors.postTile,
  read: readPostTile,
  ownGrid,
  anchor: (tile) => {
    if (tile.tagName.toLowerCase() !== 'article') return tile;
    const likes = tile.querySelector('a[href$="/liked_by/"]');
    return likes?.parentElement ?? tile.querySelector('section') ?? tile;
  },
};
