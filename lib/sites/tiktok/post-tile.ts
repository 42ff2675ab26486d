/**
 * One post tile (profile grid, For You item, search result, Explore), read from that tile alone: its id from its
 * link or player, the plays a grid tile shows, and the action bar of a feed item (only when the tile holds exactly
 * one, so a wrapper around several posts reads as nothing).
 */
import type { TileReader } from '../site-adapter';
import type { PostReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import { POST_ID, postUrl } from './item-data';
import { authorHandleIn, firstText, readPostDom } from './post-dom';
import * as selectors from './selectors';
import { domCount } from './dom-counts';

const POST_LINK = /\/@([\w.-]*)\/(video|photo)\/(\d{5,25})/;

/** The one post a tile links to or plays; null when it shows none or several. */
function tilePost(tile: Element): { id: string; handle: string | null; photo: boolean } | null {
  const found = new Map<string, { id: string; handle: string | null; photo: boolean }>();
  for (const link of tile.querySelectorAll('a[href*="/video/"], a[href*="/photo/"]')) {
    const match = POST_LINK.exec(link.getAttribute('href') ?? '');
    if (match) found.set(match[3]!, { id: match[3]!, handle: match[1] || null, photo: match[2] === 'photo' });
  }
  for (const player of tile.querySelectorAll(selectors.playerWrapper)) {
    const id = /-(\d{5,25})$/.exec(player.id)?.[1];
    if (id && !found.has(id)) found.set(id, { id, handle: null, photo: false });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

export function readPostTile(tile: Element, lang: string | null): PostReading | null {
  const shown = tilePost(tile);
  if (!shown || !POST_ID.test(shown.id)) return null;
  const handle = shown.handle ?? authorHandleIn(tile);
  const likeButtons = tile.querySelectorAll(selectors.likeCount.join(',')).length;
  const post: PostReading =
    likeButtons === 1
      ? readPostDom(tile, shown.id, lang, null)
      : { id: shown.id, url: '', caption: firstText(tile, selectors.postCaption) ?? cleanText(tile.querySelector('img[alt]')?.getAttribute('alt')), metrics: {} };
  post.url = postUrl(handle, shown.id, shown.photo ? 'image' : 'video');
  post.author = { handle };
  if (!shown.photo) post.format = 'video';
  const views = domCount(tile, selectors.tileViews, lang);
  if (views.count) post.metrics.views = views.count;
  if (/pinned/i.test(firstText(tile, selectors.tileBadge) ?? '')) post.pinned = true;
  return post;
}

export const tiktokTiles: TileReader = {
  selector: selectors.postTile,
  read: (tile, input) => readPostTile(tile, input.lang),
  anchor: (tile) => tile,
};
