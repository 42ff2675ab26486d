/**
 * The database keys of creators and posts, shared by the background (which writes) and the panel (which looks up
 * the active tab). Handles are case-insensitive on all five sites, so keys use them in lower case.
 *
 * A creator is keyed per platform and account kind: a LinkedIn person /in/acme and the company page /company/acme
 * are two creators, `linkedin:acme` and `linkedin:company:acme`. People (channels, accounts: every platform's
 * default kind) keep the key they always had.
 */
import type { CreatorKind, Platform } from './reading';

export function creatorKeyOf(
  platform: Platform,
  creator: { handle?: string | null; id?: string | null; kind?: CreatorKind | null },
): string | null {
  const prefix = creator.kind === 'company' ? `${platform}:company:` : `${platform}:`;
  const handle = creator.handle?.replace(/^@/, '').trim();
  if (handle) return `${prefix}${handle.toLowerCase()}`;
  if (creator.id) return `${prefix}id:${creator.id}`;
  return null;
}

export function postKeyOf(platform: Platform, postId: string): string {
  return `${platform}:${postId}`;
}

export function entityKeyOf(kind: 'creator' | 'post', key: string): string {
  return `${kind}:${key}`;
}
