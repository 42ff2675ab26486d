/**
 * Where TikTok badges go: after the handle in a profile header; after the post's caption (or its like button) on a
 * video page, inside the container of that post only (a feed holds many).
 */
import { creatorBadgeKey, postBadgeKey } from '../../badges/badge-keys';
import type { BadgePlacement } from '../site-adapter';
import type { Reading } from '../../reading/reading';
import { firstMatch } from '../dom-text';
import { postScope } from './post-dom';
import * as selectors from './selectors';

export function tiktokBadgePlacements(reading: Reading, root: Document): BadgePlacement[] {
  if (reading.surface === 'post') {
    const post = reading.posts[0];
    if (!post) return [];
    const scope = postScope(root, post.id);
    const likes = scope && firstMatch(scope, selectors.likeCount);
    // Without the post's own container, the video page's single caption still places it (a feed has several).
    const captions = root.querySelectorAll(selectors.postCaption[0]);
    const anchor = (scope && firstMatch(scope, selectors.postCaption)) ?? likes?.closest('button') ?? likes ?? (captions.length === 1 ? captions[0]! : null);
    return anchor ? [{ key: postBadgeKey(post.id), anchor, position: 'after' }] : [];
  }
  if (reading.surface === 'profile' && reading.creator) {
    const anchor = firstMatch(root, selectors.profileTitle);
    return anchor ? [{ key: creatorBadgeKey(reading.creator), anchor, position: 'after' }] : [];
  }
  return [];
}
