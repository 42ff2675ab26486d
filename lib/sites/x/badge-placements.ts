/**
 * Where X badges go: after the action bar of the post a status page is about, and after the name block of the
 * profile header, once it shows the profile of the reading (X keeps the previous header while the next loads).
 */
import { creatorBadge, postBadge } from '../../badges/badge-model';
import type { BadgePlacement } from '../site-adapter';
import type { Reading } from '../../reading/reading';
import { actionBarOf } from './action-bar';
import { ownElement } from './dom-scope';
import { headerHandle } from './profile-dom';
import * as selectors from './selectors';
import { permalinkOf } from './tweet-dom';
import { sameHandle } from './user-data';

export function xBadgePlacements(reading: Reading, root: Document): BadgePlacement[] {
  if (reading.surface === 'post') {
    const post = reading.posts[0];
    const article = post ? [...root.querySelectorAll(selectors.tweetArticle)].find((candidate) => permalinkOf(candidate)?.id === post.id) : undefined;
    const anchor = article && (actionBarOf(article) ?? ownElement(article, selectors.tweetText));
    const model = post && postBadge('x', post, reading.creator);
    return anchor && model ? [{ key: `post:${post!.id}`, anchor, position: 'after', model }] : [];
  }
  const creator = reading.creator;
  if (reading.surface === 'profile' && creator?.handle) {
    const header = root.querySelector(selectors.profileUserName);
    if (!header || !sameHandle(headerHandle(header), creator.handle)) return [];
    // "Latest post" means the creator's own: not a repost of someone else, not the pinned one.
    const own = reading.posts.filter((post) => sameHandle(post.author?.handle, creator.handle));
    const model = creatorBadge('x', creator, own);
    return model ? [{ key: `creator:${creator.handle}`, anchor: header, position: 'after', model }] : [];
  }
  return [];
}
