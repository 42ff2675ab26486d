/**
 * Posts of feeds, profiles and search results, read one article at a time as X renders them (tweet-dom.ts), each
 * with its author from its own permalink. On a status page the reader itself reads the post and its replies (as
 * comments), so no article there is a tile. On a profile, "Pinned" above the profile's own post marks it pinned.
 */
import type { TileReader } from '../site-adapter';
import { actionBarOf } from './action-bar';
import { detectXPage } from './detect';
import * as selectors from './selectors';
import { readTweetArticle } from './tweet-dom';
import { sameHandle } from './user-data';

export const xTiles: TileReader = {
  selector: selectors.tweetArticle,
  read(tile, input) {
    const page = detectXPage(new URL(input.url));
    if (page?.surface === 'post') return null;
    const rendered = readTweetArticle(tile, input.lang);
    if (!rendered || !Object.keys(rendered.post.metrics).length) return null;
    const pinned = page?.surface === 'profile' && rendered.pinnedLine && sameHandle(rendered.post.author?.handle, page.handle);
    return pinned ? { ...rendered.post, pinned } : rendered.post;
  },
  anchor: (tile) => actionBarOf(tile),
};
