/**
 * A profile header read from the rendered DOM: the fallback when no JSON describes the URL's creator. Read only when
 * the header names that creator (TikTok reuses the page after in-page navigation). Counts are compact ("6.2M").
 */
import type { CreatorReading } from '../../reading/reading';
import { agreedText } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import { domCount } from './dom-counts';
import * as selectors from './selectors';
import { profileUrl, sameHandle } from './user-data';

export type ProfileDom = { state: 'current'; creator: CreatorReading } | { state: 'stale' | 'absent'; shown: string | null };

const COUNTS = [
  ['followers', selectors.profileFollowers],
  ['following', selectors.profileFollowing],
  ['likes', selectors.profileLikes],
] as const;

export function readProfileDom(root: ParentNode, handle: string, lang: string | null, problems: ProblemLog): ProfileDom {
  // The handle is user-title on every layout seen; the name is the other line. Either way, one must be the handle.
  const title = agreedText(root, selectors.profileTitle).value?.replace(/^@/, '') ?? null;
  const subtitle = agreedText(root, selectors.profileSubtitle).value?.replace(/^@/, '') ?? null;
  if (!title && !subtitle) return { state: 'absent', shown: null };
  if (!sameHandle(title, handle) && !sameHandle(subtitle, handle)) return { state: 'stale', shown: title ?? subtitle };
  const creator: CreatorReading = {
    handle: sameHandle(title, handle) ? title : subtitle,
    name: sameHandle(title, handle) ? subtitle : title,
    url: profileUrl(handle),
  };
  for (const [metric, list] of COUNTS) {
    const read = domCount(root, list, lang);
    if (read.count) creator[metric] = read.count;
    else problems.add(`creator.${metric}`, read.code, read.detail);
  }
  return { state: 'current', creator };
}
