/**
 * A profile header read from the rendered page, scoped to the URL's user: the counts are the links
 * `a[href="/{handle}/following"]` and `a[href="/{handle}/verified_followers"]` (or `/followers`), whose first span
 * is the number ("1,017", "393.2K"): a loose search once took a post count for a follower count (§0.3). Hover cards
 * (#layers) show other users' counts and are left out. The header's "@handle" must be the URL's: X keeps the
 * previous profile's header on screen while the next one loads.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import { richText } from './dom-scope';
import * as selectors from './selectors';
import { SCREEN_NAME, sameHandle } from './user-data';
import { hasDigit, xShownCount } from './x-counts';

export function readProfileDom(root: ParentNode, handle: string, lang: string | null, problems: ProblemLog): CreatorReading | null {
  const header = root.querySelector(selectors.profileUserName);
  const shownHandle = headerHandle(header);
  if (shownHandle && !sameHandle(shownHandle, handle)) {
    problems.add('creator', 'stale', `the header still shows @${shownHandle}, not @${handle}`);
    return null;
  }
  const following = countOfLink(root, handle, ['following'], lang);
  const followers = countOfLink(root, handle, ['verified_followers', 'followers'], lang);
  if (!header && !following && !followers) return null;

  // The name is the header's first line; emoji are images.
  const name = cleanText(richText(header?.querySelector('div[dir="ltr"]') ?? null));
  const creator: CreatorReading = { handle: shownHandle ?? handle, name, url: `https://x.com/${shownHandle ?? handle}` };
  if (header) creator.verified = header.querySelector(selectors.verifiedIcon) !== null;
  if (followers) creator.followers = followers;
  else problems.notFound('creator.followers', `no a[href="/${handle}/verified_followers"] or /followers link with a number`);
  if (following) creator.following = following;
  else problems.notFound('creator.following', `no a[href="/${handle}/following"] link with a number`);
  const posts = postCount(root, name, lang);
  if (posts) creator.posts = posts;
  else problems.notFound('creator.posts', 'no post count under the name in the app bar');
  return creator;
}

/** The "@handle" line of the header: a span whose whole text is the handle. */
export function headerHandle(header: Element | null): string | null {
  for (const span of header?.querySelectorAll('span') ?? []) {
    const text = cleanText(span.textContent);
    if (text?.startsWith('@') && SCREEN_NAME.test(text.slice(1))) return text.slice(1);
  }
  return null;
}

function countOfLink(root: ParentNode, handle: string, tabs: readonly string[], lang: string | null): SourcedCount | null {
  for (const tab of tabs) {
    const path = `/${handle}/${tab}`.toLowerCase();
    for (const link of root.querySelectorAll(`a[href$="/${tab}"]`)) {
      if (link.closest(selectors.hoverLayer) || (link.getAttribute('href') ?? '').toLowerCase() !== path) continue;
      // "1,017 Following": the number is the first span; the whole text only when the markup has no spans.
      const number = cleanText(link.querySelector('span')?.textContent) ?? cleanText(link.textContent);
      const count = hasDigit(number) ? xShownCount(number, lang) : null;
      if (count) return count;
    }
  }
  return null;
}

/** "111 posts" under the name in the app bar, read only when the app bar names the same profile. */
function postCount(root: ParentNode, name: string | null, lang: string | null): SourcedCount | null {
  const line = root.querySelector(selectors.appBarPostCount);
  const title = cleanText(richText(line?.previousElementSibling ?? null));
  if (!line || !name || title !== name) return null;
  return xShownCount(cleanText(line.textContent), lang);
}
