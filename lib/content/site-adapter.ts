import type { BadgeModel } from '../badges/badge-model';
import type { Platform, Reading } from '../reading/reading';
import type { PageIdentity } from '../sites/page-identity';
import type { PageInput } from '../sites/page-input';

/** Where one badge goes: next to `anchor`, identified by `key` so a re-read updates it instead of adding another. */
export interface BadgePlacement {
  key: string;
  anchor: Element;
  position: 'after' | 'append';
  model: BadgeModel;
}

/** What a content script needs to know about its site. */
export interface SiteAdapter {
  platform: Platform;
  /** The site's own URL detection (not all five: each content script carries only its site). */
  detect(url: URL): PageIdentity | null;
  read(input: PageInput): Reading;
  badgePlacements(reading: Reading, root: Document): BadgePlacement[];
}
