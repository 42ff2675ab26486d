/**
 * A creator from TikTok's JSON: a user object (`uniqueId`, `nickname`, `id`, `verified`) and its stats
 * (`followerCount`, `followingCount`, `videoCount`, `heartCount`; statsV2 holds the same as digit strings).
 */
import type { CountSource } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { type Json, asString, at } from '../json-path';
import { statsCounts } from './tiktok-counts';

const CREATOR_STATS = {
  followers: ['followerCount'],
  following: ['followingCount'],
  posts: ['videoCount'],
  // `heart` overflowed to negative numbers for the largest accounts; heartCount did not.
  likes: ['heartCount', 'heart'],
} as const;

export function profileUrl(handle: string): string {
  return `https://www.tiktok.com/@${handle}`;
}

/** The handle of a user object (web: uniqueId; comment lists: unique_id). */
export function handleOfUser(user: Json): string | null {
  return asString(at(user, 'uniqueId')) || asString(at(user, 'unique_id')) || null;
}

export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b && a.toLowerCase() === b.toLowerCase());
}

export function creatorOfUser(user: Json, stats: readonly Json[], source: CountSource): CreatorReading | null {
  const handle = handleOfUser(user);
  if (!handle) return null;
  const id = at(user, 'id');
  const creator: CreatorReading = {
    handle,
    name: asString(at(user, 'nickname')) || null,
    url: profileUrl(handle),
    ...(typeof id === 'string' && id ? { id } : {}),
    ...statsCounts(stats, CREATOR_STATS, source),
  };
  const verified = at(user, 'verified');
  if (typeof verified === 'boolean') creator.verified = verified;
  return creator;
}
