/**
 * A person's (/in/handle) or company's (/company/handle) header: the Voyager profile or company entity named by
 * the handle, the guest page's JSON-LD Person / Organization, the guest meta description ("Microsoft |
 * 25,389,187 followers on LinkedIn. …"), then the rendered header.
 */
import type { CreatorReading, ReaderProblem } from '../../reading/reading';
import { metaContent } from '../dom-text';
import { mergeCreator, unresolvedProblems } from '../merge';
import { ProblemLog } from '../reader-problems';
import { type LdNode, readLdProfile } from './json-ld';
import { type ProfileRef, accountKindOf, labelledCount, profileOfHref, profileUrl, sameHandle } from './linkedin-counts';
import { readProfileDom } from './profile-dom';
import { type VoyagerData, creatorOf } from './voyager-data';

export function readProfile(profile: ProfileRef, data: VoyagerData[], ld: LdNode[], root: Document | null, lang: string | null): { creator: CreatorReading | null; problems: ReaderProblem[] } {
  const log = new ProblemLog(`linkedin.${profile.kind === 'in' ? 'person' : 'company'}`, 'page data');
  let creator: CreatorReading | null = null;
  for (const item of data) creator = mergeCreator(creator, creatorOf(item, profile), log);
  const fromLd = readLdProfile(ld, profile);
  creator = mergeCreator(creator, fromLd.creator, log);
  if (!fromLd.creator && fromLd.other) log.add('creator.followers', 'stale', `JSON-LD is about ${fromLd.other}`);
  if (root) {
    const followers = metaFollowers(root, profile, lang);
    if (followers) creator = mergeCreator(creator, { handle: profile.handle, name: null, url: profileUrl(profile), ...accountKindOf(profile), followers }, log);
    creator = mergeCreator(creator, readProfileDom(root, profile, lang, log), log);
  }
  if (!creator?.followers) log.notFound('creator.followers', 'no source shows the followers');
  return { creator, problems: unresolvedProblems(log.problems, creator, null) };
}

/** The guest meta description, first-load only: read when the canonical URL names the same profile. */
function metaFollowers(root: Document, profile: ProfileRef, lang: string | null) {
  const canonical = profileOfHref(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical?.kind !== profile.kind || !sameHandle(canonical.handle, profile.handle)) return null;
  const description = metaContent(root, 'description') ?? '';
  // "… | 25,389,187 followers on LinkedIn" (auf / sur / en … LinkedIn in other languages)
  const part = /(?:^|\|)\s*([^|]*?)\s+\p{L}{2,3}\s+LinkedIn\b/u.exec(description)?.[1];
  const count = labelledCount(part, 'followers', lang, 'meta');
  return count && { ...count, text: description.slice(0, 200) };
}
