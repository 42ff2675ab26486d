import type { BadgeModel } from '../badges/badge-model';
import type { Platform, PostReading, Reading } from '../reading/reading';
import type { PageIdentity } from './page-identity';
import type { PageInput } from './page-input';

/** Where one badge goes: next to `anchor`, identified by `key` so a re-read updates it instead of adding another. */
export interface BadgePlacement {
  key: string;
  anchor: Element;
  position: 'after' | 'append';
  model: BadgeModel;
}

/**
 * Post tiles of grids, feeds and search results, read one at a time as the page adds them: the content script
 * never re-reads a whole feed of a thousand posts, it reads each new tile once and badges it.
 */
export interface TileReader {
  /** Matches one tile element (a grid cell, a feed article). */
  selector: string;
  /** The post one tile shows, with the counts on it; null when the tile is not a post (an ad, a placeholder). */
  read(tile: Element, input: PageInput): PostReading | null;
  /** Where the tile's badge goes; null to give it none. */
  anchor(tile: Element): Element | null;
}

/** What a content script needs to know about its site. */
export interface SiteAdapter {
  platform: Platform;
  /** The site's own URL detection (not all five: each content script carries only its site). */
  detect(url: URL): PageIdentity | null;
  /** The whole page; with input.readTiles false it leaves the tiles to `tiles` (the content script does). */
  read(input: PageInput): Reading;
  /** Badges of the page header or the post itself (tiles are badged through `tiles`). */
  badgePlacements(reading: Reading, root: Document): BadgePlacement[];
  tiles?: TileReader;
}
