import type { CreatorReading, Platform, Reading } from '../reading/reading';
import type { PostReading } from '../reading/reading';
import type { PageIdentity } from './page-identity';
import type { PageInput } from './page-input';

/**
 * Where one badge goes: next to `anchor`, identified by `key` so a re-read updates it instead of adding another.
 * What it says comes from the background (lib/badges/reading-badges.ts), which knows every creator's audience.
 */
export interface BadgePlacement {
  key: string;
  anchor: Element;
  position: 'after' | 'append';
}

/**
 * Post tiles of grids, feeds, search results and recommendations: the one tile path of the content script (tile by
 * tile as the page adds them) and of `read-page` (every tile of the document), lib/sites/page-tiles.ts.
 */
export interface TileReader {
  /** Matches one tile element (a grid cell, a feed article). */
  selector: string;
  /**
   * The post one tile shows, with the counts on it and its author when the tile's own markup names them (the channel
   * link inside it); null when the tile is not a post (an ad, a placeholder, the page's own post).
   */
  read(tile: Element, input: PageInput): PostReading | null;
  /**
   * The element holding the page creator's own grid, when the page guarantees that every tile in it is theirs: the
   * URL is their uploads tab or posts grid and the rendered page shows this creator. Null everywhere else (tagged
   * posts, recommendations, shelves, mixed feeds), and on sites whose tiles always name their author.
   */
  ownGrid?(root: Document, input: PageInput, creator: CreatorReading): Element | null;
  /** Where the tile's badge goes; null to give it none. */
  anchor(tile: Element): Element | null;
}

/** What a content script needs to know about its site. */
export interface SiteAdapter {
  platform: Platform;
  /** The site's own URL detection (not all five: each content script carries only its site). */
  detect(url: URL): PageIdentity | null;
  /** The page without its tiles: the page's data, its creator and its own post (tiles go through `tiles`). */
  read(input: PageInput): Reading;
  /** Where the badges of the page header or the post itself go (tiles are badged through `tiles`). */
  badgePlacements(reading: Reading, root: Document): BadgePlacement[];
  tiles?: TileReader;
}
