/**
 * What a creator key says, read back: the inverse of creatorKeyOf (lib/reading/keys.ts), for an entry whose creator
 * has no stored row and for checking a key given in a CSV. Keys are never built here.
 */
import type { CreatorRow } from '../db/rows';
import { creatorKeyOf } from '../reading/keys';
import { PLATFORMS, type Platform } from '../reading/reading';

export interface CreatorKeyParts {
  platform: Platform;
  kind: 'person' | 'company';
  handle: string | null;
  id: string | null;
}

/** The parts of a key, or null when it is not one creatorKeyOf could have made. */
export function creatorKeyParts(key: string): CreatorKeyParts | null {
  const separator = key.indexOf(':');
  if (separator <= 0) return null;
  const platform = key.slice(0, separator) as Platform;
  if (!PLATFORMS.includes(platform)) return null;
  const rest = key.slice(separator + 1);
  let parts: CreatorKeyParts;
  if (rest.startsWith('id:')) parts = { platform, kind: 'person', handle: null, id: rest.slice(3) };
  else if (platform === 'linkedin' && rest.startsWith('company:')) parts = { platform, kind: 'company', handle: rest.slice(8), id: null };
  else parts = { platform, kind: 'person', handle: rest, id: null };
  // Only what creatorKeyOf gives back unchanged is a key (lower case, no "@", not empty).
  return creatorKeyOf(platform, parts) === key ? parts : null;
}

/** A creator row with only what its key says: for an entry whose creator was never stored. */
export function creatorFromKey(key: string): CreatorRow {
  const parts = creatorKeyParts(key);
  if (!parts) throw new Error(`not a creator key: ${JSON.stringify(key)}`);
  return {
    key,
    platform: parts.platform,
    kind: parts.kind,
    handle: parts.handle,
    name: null,
    platformId: parts.id,
    url: null,
    verified: null,
    firstSeenAt: 0,
    lastSeenAt: 0,
    latest: {},
    followersValue: null,
  };
}
