/**
 * The one tile path. Which tiles a page has (the site's TileReader.selector), how each is read (TileReader.read),
 * and whose each is (post-attribution.ts withTiles, with the page's own grid from TileReader.ownGrid) are decided
 * here, for the content script (TileTracker: tile by tile as the page adds them) and for `read-page` (every tile of
 * the saved document at once) alike.
 */
import type { Platform, Reading } from '../reading/reading';
import type { PageInput } from './page-input';
import { type TileRead, withTiles } from './post-attribution';
import type { SiteAdapter, TileReader } from './site-adapter';

/** One tile read; a tile whose reader throws is reported and skipped, the other tiles are still read. */
export function readTile(platform: Platform, tiles: TileReader, element: Element, input: PageInput): TileRead | null {
  try {
    const post = tiles.read(element, input);
    return post ? { post, element } : null;
  } catch (error) {
    console.error(`[Castlist] the ${platform} tile reader failed on a tile of ${input.url}`, error);
    return null;
  }
}

/** Every tile in (or being) these elements, each once, in document order of discovery. */
export function tileElementsIn(selector: string, elements: Iterable<Element>, skip?: (element: Element) => boolean): Set<Element> {
  const found = new Set<Element>();
  for (const element of elements) {
    if (skip?.(element)) continue;
    if (element.matches(selector)) found.add(element);
    else {
      const inside = element.querySelectorAll(selector);
      for (let i = 0; i < inside.length; i++) found.add(inside[i]!);
      const enclosing = element.parentElement?.closest(selector);
      if (enclosing) found.add(enclosing);
    }
  }
  return found;
}

/** The page creator's own grid, when the reading has a creator and the site's surface guarantees one. */
export function ownGridOf(adapter: SiteAdapter, root: Document | null, input: PageInput, reading: Reading): Element | null {
  if (!root || !adapter.tiles?.ownGrid || reading.surface !== 'profile' || !reading.creator) return null;
  return adapter.tiles.ownGrid(root, input, reading.creator);
}

/** The whole page at once (the CLI, the tests): the reader's reading and every tile of the document, attributed. */
export function readWithTiles(adapter: SiteAdapter, input: PageInput): Reading {
  const reading = adapter.read(input);
  const root = input.root;
  const tiles: TileRead[] = [];
  if (root?.documentElement && adapter.tiles) {
    for (const element of tileElementsIn(adapter.tiles.selector, [root.documentElement])) {
      const tile = readTile(adapter.platform, adapter.tiles, element, input);
      if (tile) tiles.push(tile);
    }
  }
  return withTiles(reading, tiles, ownGridOf(adapter, root, input, reading)).reading;
}
