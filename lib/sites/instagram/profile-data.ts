/**
 * A creator read from an Instagram user object, in either generation:
 *   2023– GraphQL (PolarisProfilePageContentQuery): follower_count, following_count, media_count;
 *   –2023 GraphQL / REST web_profile_info: edge_followed_by.count, edge_follow.count, edge_owner_to_timeline_media.count.
 * Both carry username, full_name, is_verified and the user's id (pk / id). All counts are exact.
 */
import type { CountSource } from '../../count';
import type { CreatorReading } from '../../reading/reading';
import { type Json, asString, at } from '../json-path';
import { firstJsonCount } from './instagram-counts';
import { profileUrl } from './shortcode';

export function userIdOf(user: Record<string, Json>): string | null {
  for (const value of [user.pk, user.id, user.pk_id]) {
    if (typeof value === 'string' && /^\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  }
  return null;
}

export function readUser(user: Record<string, Json>, source: CountSource): CreatorReading {
  const handle = asString(user.username)!;
  const id = userIdOf(user);
  const creator: CreatorReading = { ...(id ? { id } : {}), handle, name: asString(user.full_name) || null, url: profileUrl(handle) };
  if (typeof user.is_verified === 'boolean') creator.verified = user.is_verified;
  const followers = firstJsonCount([user.follower_count, at(user, 'edge_followed_by', 'count')], source);
  if (followers) creator.followers = followers;
  const following = firstJsonCount([user.following_count, at(user, 'edge_follow', 'count')], source);
  if (following) creator.following = following;
  const posts = firstJsonCount([user.media_count, at(user, 'edge_owner_to_timeline_media', 'count')], source);
  if (posts) creator.posts = posts;
  return creator;
}

