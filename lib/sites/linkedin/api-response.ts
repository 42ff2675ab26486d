/**
 * What a bare Voyager response is about, when the URL is the API endpoint (the CLI on a saved response): one
 * profile with its followers, one post, or a list of posts. The reading then carries the page's canonical URL.
 */
import type { PageIdentity } from '../page-identity';
import type { CapturedResponse } from '../page-input';
import { type ProfileRef, sameHandle } from './linkedin-counts';
import { type VoyagerData, creatorOf, updatesOf } from './voyager-data';

/**
 * `data` are the parsed `responses`. A profile response also carries mini profiles of other people (with their own
 * follower counts, "People also viewed"): the one its top-level data points at ("*elements") is the page's.
 */
export function identityOfData(responses: readonly CapturedResponse[], data: VoyagerData[], lang: string | null): PageIdentity | null {
  const pointedAt = JSON.stringify(responses.map((response) => (response.json as { data?: unknown } | null)?.data ?? null));
  const profiles = data.flatMap((item) =>
    item.entities.flatMap((entity): ProfileRef[] =>
      typeof entity.publicIdentifier === 'string' ? [{ handle: entity.publicIdentifier, kind: 'in' }] : typeof entity.universalName === 'string' ? [{ handle: entity.universalName, kind: 'company' }] : [],
    ),
  );
  const counted = profiles.filter(
    (profile, index) =>
      profiles.findIndex((other) => other.kind === profile.kind && sameHandle(other.handle, profile.handle)) === index &&
      data.some((item) => creatorOf(item, profile)?.followers),
  );
  const pointed = counted.filter((profile) => data.some((item) => {
    const urn = creatorOf(item, profile)?.id;
    return !!urn && pointedAt.includes(urn);
  }));
  const [profile] = counted.length === 1 ? counted : pointed;
  if (profile && (counted.length === 1 || pointed.length === 1)) {
    if (profile.kind === 'in') return { platform: 'linkedin', surface: 'profile', handle: profile.handle, page: 'person' };
    return { platform: 'linkedin', surface: 'profile', handle: profile.handle, creatorKind: 'company', page: 'company' };
  }
  const ids = new Set(data.flatMap((item) => updatesOf(item, lang).filter((update) => !update.promoted).map((update) => update.post.id)));
  if (ids.size === 1) return { platform: 'linkedin', surface: 'post', postId: [...ids][0]!, page: 'post' };
  return ids.size ? { platform: 'linkedin', surface: 'feed', page: 'feed' } : null;
}
