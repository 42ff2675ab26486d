/**
 * A user read from X's JSON, in every shape the page receives it:
 *   GraphQL `User` (UserByScreenName, UserByRestId, a post's core.user_results.result), two layouts side by side:
 *     –2026: `legacy.{screen_name, name, followers_count, friends_count, statuses_count, verified}`;
 *     2026–: `legacy` null or absent, the same facts in `core.{screen_name, name}`, `relationship_counts.{followers,
 *            following}`, `tweet_counts.tweets`, `verification.verified` (twscrape raw_user_by_login.json);
 *   v1.1 user objects (REST `users/show`, a v1.1 tweet's `user`): the legacy fields at the top level.
 */
import type { CountSource, SourcedCount } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { type Json, asRecord, asString, at } from '../json-path';
import { xJsonCount } from './x-counts';

export const SCREEN_NAME = /^[A-Za-z0-9_]{1,15}$/;

/** A GraphQL User result (or a v1.1 user, whose fields are all "legacy" ones); null when it names no one. */
export function readUser(value: Json, source: CountSource): CreatorReading | null {
  const user = asRecord(value);
  if (!user || user.__typename === 'UserUnavailable') return null;
  // A v1.1 user has no `legacy`: its own fields are the legacy ones.
  const legacy = asRecord(user.legacy) ?? (user.followers_count !== undefined || user.screen_name !== undefined ? user : null);
  const handle = asString(at(user, 'core', 'screen_name')) ?? asString(legacy?.screen_name);
  if (!handle || !SCREEN_NAME.test(handle)) return null;
  const creator: CreatorReading = {
    handle,
    name: asString(at(user, 'core', 'name')) ?? asString(legacy?.name),
    url: `https://x.com/${handle}`,
  };
  const id = asString(user.rest_id) ?? asString(legacy?.id_str);
  if (id) creator.id = id;
  const counts: [keyof Pick<CreatorReading, 'followers' | 'following' | 'posts'>, SourcedCount | null][] = [
    ['followers', xJsonCount(legacy?.followers_count ?? at(user, 'relationship_counts', 'followers'), source)],
    ['following', xJsonCount(legacy?.friends_count ?? at(user, 'relationship_counts', 'following'), source)],
    ['posts', xJsonCount(legacy?.statuses_count ?? at(user, 'tweet_counts', 'tweets'), source)],
  ];
  for (const [metric, count] of counts) if (count) creator[metric] = count;
  const verified = verifiedOf(user, legacy);
  if (verified !== null) creator.verified = verified;
  return creator;
}

/** Any check X shows: blue (paid), gold (business), grey (government), or the legacy verified flag. */
function verifiedOf(user: Record<string, Json>, legacy: Record<string, Json> | null): boolean | null {
  const flags = [user.is_blue_verified, at(user, 'verification', 'verified'), legacy?.verified];
  const type = asString(at(user, 'verification', 'verified_type')) ?? asString(legacy?.verified_type);
  if (type || flags.includes(true)) return true;
  return flags.some((flag) => flag === false) ? false : null;
}

/**
 * The user a response is about: UserByScreenName / UserByRestId (`data.user.result`, `data.user_result.result`)
 * or a v1.1 user (top-level screen_name and followers_count). Null for anything else.
 */
export function userOfResponse(json: Json): CreatorReading | null {
  const record = asRecord(json);
  if (!record) return null;
  if (typeof record.screen_name === 'string' && record.followers_count !== undefined) return readUser(record, 'network');
  for (const path of [['data', 'user', 'result'], ['data', 'user_result', 'result']]) {
    const user = readUser(at(record, ...path), 'network');
    if (user) return user;
  }
  return null;
}

export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
