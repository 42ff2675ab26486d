/**
 * Where Instagram badges go: after the username heading of a profile, into the like line (or the timestamp link)
 * of a post. Each anchor is found through the profile's or the post's own links, never through hashed classes.
 */
import { creatorBadgeKey, postBadgeKey } from '../../badges/badge-keys';
import type { BadgePlacement } from '../site-adapter';
import type { Reading } from '../../reading/reading';
import { firstMatch } from '../dom-text';
import { detectInstagramPage, isInstagramUsername } from './detect';
import * as selectors from './selectors';

export function instagramBadgePlacements(reading: Reading, root: Document): BadgePlacement[] {
  if (reading.surface === 'post') {
    // The page's own post (tile posts may follow it in the content script's reading).
    const code = detectInstagramPage(new URL(reading.url))?.postId;
    const post = reading.posts.find((candidate) => candidate.id === code) ?? reading.posts[0];
    if (!post) return [];
    // The like line's row; else the post's own timestamp link.
    const likes = firstMatch(root, selectors.likedByLink(post.id));
    const time = firstMatch(root, selectors.postTime(post.id))?.closest('a');
    const anchor = likes?.parentElement ?? time ?? null;
    return anchor ? [{ key: postBadgeKey(post.id), anchor, position: 'append' }] : [];
  }
  const handle = reading.creator?.handle;
  if (reading.surface === 'profile' && reading.creator && isInstagramUsername(handle)) {
    // The heading of the header that holds this profile's followers link (else its stats row); on a page
    // without that link (logged out), the page's profile heading.
    const followers = firstMatch(root, selectors.followersLink(handle));
    const header = followers?.closest('header');
    const anchor = followers
      ? ((header && firstMatch(header, selectors.headerHeading)) ?? followers.closest('ul'))
      : firstMatch(root, selectors.profileHeading);
    return anchor ? [{ key: creatorBadgeKey(reading.creator), anchor, position: 'after' }] : [];
  }
  return [];
}
