/**
 * Where X badges go: after the action bar of the post a status page is about, and after the name block of the
 * profile header, once it shows the profile of the reading (X keeps the previous header while the next loads).
 */
import { creatorBadgeKey, postBadgeKey } from '../../badges/badge-keys';
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
    return anchor && post ? [{ key: postBadgeKey(post.id), anchor, position: 'after' }] : [];
  }
  const creator = reading.creator;
  if (reading.surface === 'profile' && creator?.handle) {
    const header = root.querySelector(selectors.profileUserName);
    if (!header || !sameHandle(headerHandle(header), creator.handle)) return [];
    return [{ key: creatorBadgeKey(creator), anchor: header, position: 'after' }];
  }
  return [];
}
