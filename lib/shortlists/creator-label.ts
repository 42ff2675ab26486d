/**
 * How a shortlist names a creator: the stored name, else the handle, else what the key says. An entry may name a
 * creator Castlist has not read (added from a link): its key still says the platform, the kind and the handle or id.
 */
import type { CreatorRow } from '../db/rows';
import { type CreatorKind, PLATFORMS, type Platform } from '../reading/reading';

export interface CreatorLabel {
  /** Null only for a key of no known platform (never stored by this version: lib/background/shortlists.ts checks). */
  platform: Platform | null;
  kind: CreatorKind;
  name: string;
  handle: string | null;
}

export function creatorLabelOf(creatorKey: string, creator: CreatorRow | null): CreatorLabel {
  const parts = keyParts(creatorKey);
  if (creator) {
    const handle = creator.handle ?? parts.handle;
    return { platform: creator.platform, kind: creator.kind ?? parts.kind, name: creator.name?.trim() || handle || creatorKey, handle };
  }
  return { platform: parts.platform, kind: parts.kind, name: parts.handle ?? creatorKey, handle: parts.handle };
}

/** `platform:handle`, `platform:id:…`, `platform:company:slug` (lib/reading/keys.ts), read back. */
function keyParts(creatorKey: string): { platform: Platform | null; kind: CreatorKind; handle: string | null } {
  const [platformPart = '', ...rest] = creatorKey.split(':');
  const platform = (PLATFORMS as readonly string[]).includes(platformPart) ? (platformPart as Platform) : null;
  if (rest[0] === 'company') return { platform, kind: 'company', handle: rest.slice(1).join(':') || null };
  if (rest[0] === 'id') return { platform, kind: 'person', handle: null };
  return { platform, kind: 'person', handle: rest.join(':') || null };
}
