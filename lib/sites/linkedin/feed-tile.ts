/**
 * Post cards of feeds, profile activity, company posts and search results, read one by one as the page adds them.
 * The post a post page is about is badged as the page's post, not as a tile; on a profile page a card by anyone
 * else (a repost, a liked post) is not the profile's and is skipped.
 */
import type { TileReader } from '../site-adapter';
import { detectLinkedInPage } from './detect';
import { sameHandle } from './linkedin-counts';
import { ownFirst } from './linkedin-dom';
import { idsOfCard, readPostCard } from './post-card';
import * as selectors from './selectors';

export const linkedinTiles: TileReader = {
  selector: selectors.postCard,
  read(tile, input) {
    const identity = detectLinkedInPage(new URL(input.url));
    if (identity?.surface === 'post' && identity.postId && idsOfCard(tile).includes(identity.postId)) return null;
    const post = readPostCard(tile, input.lang);
    if (post && identity?.surface === 'profile' && !sameHandle(post.author?.handle, identity.handle)) return null;
    return post;
  },
  anchor: (tile) => ownFirst(tile, selectors.countsBar) ?? ownFirst(tile, selectors.caption),
};
