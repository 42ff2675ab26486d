/**
 * One video tile (grid, feed, search result, recommendation), read from that tile alone: its video id, the views
 * its metadata line shows and the channel it links to (video-owner.ts). Views are read by position, as YouTube lays
 * them out ("1.2M views • 3 days ago"); live tiles are skipped, since their first part counts people watching. A
 * tile opening a playlist or a mix (its link carries list=) shows the playlist's channel, not the video's: no post.
 */
import type { TileReader } from '../site-adapter';
import type { PostReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import { UPLOADS_TAB_PATH } from './channel-data';
import { shownChannelHandle } from './channel-dom';
import * as selectors from './selectors';
import { ownerOfVideoMarkup } from './video-owner';
import { youtubeCount } from './youtube-counts';
import { youtubeVideoUrl } from './detect';

const ID_IN_LINK = /(?:[?&]v=|\/shorts\/)([\w-]{11})/;

/**
 * One query per concept: a tile has one layout, so the first element matching any alternative is the one. The memo
 * holds no page input: it is keyed by this module's own selector lists, so it never holds more than they are.
 */
const joined = new Map<readonly string[], string>();
function first(tile: Element, list: readonly string[]): Element | null {
  let selector = joined.get(list);
  if (!selector) joined.set(list, (selector = list.join(',')));
  return tile.querySelector(selector);
}

export function readVideoTile(tile: Element, lang: string | null): PostReading | null {
  const href = first(tile, selectors.tileLink)?.getAttribute('href') ?? '';
  const id = ID_IN_LINK.exec(href)?.[1];
  if (!id || /[?&]list=/.test(href)) return null;
  const short = href.includes('/shorts/');
  const live = first(tile, selectors.tileLiveBadge) !== null;
  const views = live ? null : youtubeCount(cleanText(first(tile, selectors.tileViews)?.textContent), lang, 'text');
  const titleElement = first(tile, selectors.tileTitle);
  const author = ownerOfVideoMarkup(tile);
  return {
    id,
    url: youtubeVideoUrl(id, short),
    title: cleanText(titleElement?.getAttribute('title') ?? titleElement?.textContent),
    format: live ? 'live' : short ? 'short' : 'video',
    ...(author ? { author } : {}),
    metrics: views ? { views } : {},
  };
}

/**
 * The channel's own grid (asked on channel pages only): on its uploads tab, the channel page YouTube shows (not a
 * hidden one kept from an earlier page), once its header names the channel read from the page's data.
 */
function ownGrid(root: Document, input: { url: string }, creator: { handle: string | null }): Element | null {
  if (!UPLOADS_TAB_PATH.test(new URL(input.url).pathname)) return null;
  const page = root.querySelector(selectors.channelPage);
  const shown = page && shownChannelHandle(page);
  return page && shown && creator.handle && shown.toLowerCase() === creator.handle.toLowerCase() ? page : null;
}

export const youtubeTiles: TileReader = {
  selector: selectors.videoTile,
  read: (tile, input) => readVideoTile(tile, input.lang),
  ownGrid,
  anchor: (tile) => first(tile, selectors.tileBadgeAnchor),
};
