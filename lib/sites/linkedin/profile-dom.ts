/**
 * A person's or company's header read from the rendered DOM: the name, and the followers line ("12,345 followers",
 * "Software Development · Paris · 12,345 followers"). "500+ connections" is a bound, never read as a count.
 *
 * The logged-in app keeps the previous profile's header on screen while it loads the next one, so the header is
 * read only when it names the URL's profile: a link into /in/<handle>/… (the contact-info link) or
 * /company/<handle>/… (the page's tabs) inside it. Guest headers are server-rendered full pages and are taken as is,
 * unless the page's canonical URL names someone else.
 */
import type { CreatorReading } from '../../reading/reading';
import type { ProblemLog } from '../reader-problems';
import { firstMatch } from '../dom-text';
import { type ProfileRef, accountKindOf, profileOfHref, profileUrl, sameHandle } from './linkedin-counts';
import { agreedCount, visibleText } from './linkedin-dom';
import * as selectors from './selectors';

export type HeaderState = 'current' | 'stale' | 'absent';

export function profileHeaderState(root: Document, wanted: ProfileRef): { header: Element | null; state: HeaderState } {
  const header = firstMatch(root, selectors.profileHeader);
  if (!header) return { header: null, state: 'absent' };
  const canonical = profileOfHref(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical && canonical.kind === wanted.kind && !sameHandle(canonical.handle, wanted.handle)) return { header, state: 'stale' };
  // A link into the profile's own pages (/in/<handle>/overlay/contact-info/, /company/<handle>/about/): a plain
  // /in/<handle>/ link may be a mutual connection shown on someone else's header.
  const namesWanted = [...header.querySelectorAll('a[href]')].some((link) => {
    const href = link.getAttribute('href')!;
    const profile = profileOfHref(href);
    return profile?.kind === wanted.kind && sameHandle(profile.handle, wanted.handle) && /\/(?:in|company)\/[^/?#]+\/[a-z]/i.test(href);
  });
  const guest = header.matches('section.top-card-layout');
  return { header, state: namesWanted || guest ? 'current' : 'stale' };
}

export function readProfileDom(root: Document, wanted: ProfileRef, lang: string | null, log: ProblemLog): CreatorReading | null {
  const { header, state } = profileHeaderState(root, wanted);
  if (state === 'absent') {
    log.notFound('creator', 'no profile header matched');
    return null;
  }
  if (state === 'stale') {
    log.add('creator', 'stale', `the header does not name ${wanted.kind}/${wanted.handle} (still the previous profile?)`);
    return null;
  }
  const name = visibleText(firstMatch(header!, selectors.headerName));
  const creator: CreatorReading = { handle: wanted.handle, name, url: profileUrl(wanted), ...accountKindOf(wanted) };
  const followers = agreedCount(header!.querySelectorAll(selectors.headerCountItems), 'followers', lang);
  if (followers === 'conflict') log.notFound('creator.followers', 'the header shows different follower counts');
  else if (followers) creator.followers = followers;
  else log.notFound('creator.followers', 'no "N followers" line in the header');
  return creator;
}
