/**
 * The database keys of creators and posts, shared by the background (which writes) and the panel (which looks up
 * the active tab). Handles are case-insensitive on all five sites, so keys use them in lower case.
 */
import type { Platform } from './reading';

/**
 * A company page (schema v4: only LinkedIn has them) is keyed apart from a person with the same slug:
 * `linkedin:company:<slug>`.
 */
export function creatorKeyOf(
  platform: Platform,
  creator: { handle?: string | null; id?: string | null; kind?: 'person' | 'company' },
): string | null {
  const handle = creator.handle?.replace(/^@/, '').trim();
  if (handle) return creator.kind === 'company' ? `${platform}:company:${handle.toLowerCase()}` : `${platform}:${handle.toLowerCase()}`;
  if (creator.id) return `${platform}:id:${creator.id}`;
  return null;
}

export function postKeyOf(platform: Platform, postId: string): string {
  return `${platform}:${postId}`;
}

export function entityKeyOf(kind: 'creator' | 'post', key: string): string {
  return `${kind}:${key}`;
}
