/**
 * A profile header read from the rendered DOM (logged in). The followers and following links carry the username,
 * so a match is about the URL's user even while Instagram swaps the page after in-page navigation:
 *   <a href="/user/followers/"><span title="2,520,817"><span>2.5M</span></span> followers</a>
 *   <a href="/user/following/"><span><span>122</span></span> following</a>
 * The post count has no link: it is the one item of the stats row (the element holding both links, a <ul> in
 * 2019–2024, <div>s since) that holds neither link, read only when the row has exactly three items.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { agreedText, cleanText, firstMatch } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import { shownCount } from './instagram-counts';
import { nameInTitle } from './page-head';
import * as selectors from './selectors';
import { profileUrl } from './shortcode';

export function readProfileDom(root: Document, handle: string, lang: string | null, problems: ProblemLog): CreatorReading | null {
  const followersSelectors = selectors.followersLink(handle);
  const followingSelectors = selectors.followingLink(handle);
  const followersLink = firstMatch(root, followersSelectors);
  const followingLink = firstMatch(root, followingSelectors);
  if (!followersLink && !followingLink) return null;

  const creator: CreatorReading = { handle: handle.toLowerCase(), name: nameInTitle(root, handle), url: profileUrl(handle) };
  const followers = readFollowers(root, followersSelectors, lang);
  if (followers) creator.followers = followers;
  else problems.notFound('creator.followers', 'the followers link has no readable count');
  const following = shownCount(agreedText(root, followingSelectors).value, lang, 'text');
  if (following) creator.following = following;
  else problems.notFound('creator.following', 'the following link has no readable count');
  const posts = followersLink && followingLink ? shownCount(postsItemText(followersLink, followingLink), lang, 'text') : null;
  if (posts) creator.posts = posts;
  else problems.notFound('creator.posts', 'no stats row with a posts item beside the two links');
  return creator;
}

/** The exact count in span[title] first; the shown text ("2.5M", a range) when there is none. */
function readFollowers(root: Document, linkSelectors: readonly string[], lang: string | null): SourcedCount | null {
  const titled = linkSelectors.flatMap((link) => selectors.exactCountTitle.map((inner) => `${link} ${inner}`));
  const exact = shownCount(agreedText(root, titled, 'title').value, lang, 'attribute');
  if (exact?.exact) return exact;
  return shownCount(agreedText(root, titled).value, lang, 'text') ?? shownCount(agreedText(root, linkSelectors).value, lang, 'text');
}

function postsItemText(followersLink: Element, followingLink: Element): string | null {
  let row: Element | null = followersLink.parentElement;
  while (row && !row.contains(followingLink)) row = row.parentElement;
  if (!row || row.children.length !== 3) return null;
  const item = [...row.children].find((child) => !child.contains(followersLink) && !child.contains(followingLink));
  return item && item.querySelector('a') === null ? cleanText(item.textContent) : null;
}

