/**
 * Where LinkedIn badges go: in the post's counts bar (or under its title on a Pulse article), and beside the name
 * in a profile or company header — only when that header is the URL's profile, never a previous one still shown.
 */
import { creatorBadgeKey, postBadgeKey } from '../../badges/badge-keys';
import type { BadgePlacement } from '../site-adapter';
import type { Reading } from '../../reading/reading';
import { firstMatch } from '../dom-text';
import { detectLinkedInPage } from './detect';
import { ownFirst } from './linkedin-dom';
import { idsOfCard } from './post-card';
import { profileHeaderState } from './profile-dom';
import * as selectors from './selectors';

/** In the card: its counts bar, else its text; a Pulse article: its title. */
function postAnchor(root: Document, postId: string, article: boolean): Element | null {
  if (article) return firstMatch(root, selectors.pulseTitle);
  const card = [...root.querySelectorAll(selectors.postCard)].find((candidate) => idsOfCard(candidate).includes(postId));
  return card ? ownFirst(card, selectors.countsBar) ?? ownFirst(card, selectors.caption) : null;
}

export function linkedinBadgePlacements(reading: Reading, root: Document): BadgePlacement[] {
  const identity = detectLinkedInPage(new URL(reading.url));
  const post = reading.posts[0];
  if (reading.surface === 'post' && post) {
    const anchor = postAnchor(root, post.id, identity?.page === 'article');
    return anchor ? [{ key: postBadgeKey(post.id), anchor, position: 'append' }] : [];
  }
  const creator = reading.creator;
  if (reading.surface === 'profile' && creator?.handle && identity?.surface === 'profile') {
    const { header, state } = profileHeaderState(root, { handle: creator.handle, kind: identity.page === 'person' ? 'in' : 'company' });
    const anchor = state === 'current' && header ? firstMatch(header, selectors.headerName) : null;
    return anchor ? [{ key: creatorBadgeKey(creator), anchor, position: 'append' }] : [];
  }
  return [];
}
