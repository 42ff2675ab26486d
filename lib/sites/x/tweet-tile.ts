/**
 * Posts of feeds, profiles and search results, read one article at a time as X renders them (tweet-dom.ts). On a
 * status page the reader itself reads the post and its replies (as comments), so no article there is a tile.
 */
import type { TileReader } from '../site-adapter';
import { actionBarOf } from './action-bar';
import { detectXPage } from './detect';
import * as selectors from './selectors';
import { readTweetArticle } from './tweet-dom';

export const xTiles: TileReader = {
  selector: selectors.tweetArticle,
  read(tile, input) {
    if (detectXPage(new URL(input.url))?.surface === 'post') return null;
    const post = readTweetArticle(tile, input.lang)?.post;
    return post && Object.keys(post.metrics).length ? post : null;
  },
  anchor: (tile) => actionBarOf(tile),
};
