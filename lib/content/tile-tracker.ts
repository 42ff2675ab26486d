/**
 * Post tiles of grids and feeds, read one by one as the page adds them (never a re-read of the whole feed): the
 * content script's side of the one tile path (lib/sites/page-tiles.ts). Work per observer batch is proportional to
 * what the batch added. A tile waits here until a reading carries it: one that nothing attributes yet (its grid's
 * creator not shown yet) is tried again with the next reading, and is never sent if nothing ever does.
 * Badges: the background says what each tile's badge shows (lib/badges/reading-badges.ts); this only renders them.
 */
import { tileBadgeKey } from '../badges/badge-keys';
import type { BadgeModel } from '../badges/badge-model';
import type { Platform, PostReading } from '../reading/reading';
import type { PageInput } from '../sites/page-input';
import { readTile, tileElementsIn } from '../sites/page-tiles';
import type { TileRead } from '../sites/post-attribution';
import type { TileReader } from '../sites/site-adapter';
import { BADGE_TAG, createBadge, updateBadge } from './badge-element';

/** A visit keeps at most this many tile posts; a feed scrolled further keeps its newest. */
const MAX_TILE_POSTS = 1_000;

export interface TileTracker {
  /** Reads the tiles in (or being) the added elements. */
  addedElements(elements: readonly Element[]): void;
  /** Every tile already on the page (at start and after a navigation). */
  scan(document: Document): void;
  /** The tiles no reading has carried yet: new ones, changed ones, and ones nothing could attribute so far. */
  pending(): TileRead[];
  /** These tiles went out with a reading. */
  markSent(ids: Iterable<string>): void;
  /** Renders the badge of every tile the background has given one. */
  renderBadges(): void;
  reset(): void;
}

/**
 * `models`: what the background said each badge of this visit shows, by key (tile:<id> for tiles). A closure, not a
 * class: its names minify, which the content script's 20 kB budget feels.
 */
export function createTileTracker(
  platform: Platform,
  reader: TileReader,
  input: () => PageInput,
  models: ReadonlyMap<string, BadgeModel>,
): TileTracker {
  const tiles = new Map<string, TileRead>();
  const unsent = new Set<string>();

  /** The tile's one badge: the post's, updated in place; another post's goes. */
  const renderBadge = (element: Element, id: string | null) => {
    const key = id && tileBadgeKey(id);
    const model = key && models.get(key);
    let badge = element.querySelector<HTMLElement>(`${BADGE_TAG}[data-castlist-key^="tile:"]`);
    if (badge && badge.dataset.castlistKey !== key) (badge.remove(), (badge = null));
    if (!model || !element.isConnected) return;
    if (badge) updateBadge(badge, model);
    else reader.anchor(element)?.append(createBadge(element.ownerDocument, key, model));
  };

  const read = (element: Element, pageInput: PageInput) => {
    const tile = readTile(platform, reader, element, pageInput);
    const id = tile?.post.id;
    // A site that reuses a tile element for another post takes the old post's badge away with it.
    if (!tile || !id) return renderBadge(element, null);
    const known = tiles.get(id);
    if (!known || changeKey(known.post) !== changeKey(tile.post)) unsent.add(id);
    tiles.delete(id);
    tiles.set(id, tile);
    if (tiles.size > MAX_TILE_POSTS) {
      const oldest = tiles.keys().next().value!;
      tiles.delete(oldest);
      unsent.delete(oldest);
    }
    renderBadge(element, id);
  };

  const addedElements = (elements: readonly Element[]) => {
    const found = tileElementsIn(reader.selector, elements, isBadge);
    if (!found.size) return;
    const pageInput = input();
    for (const element of found) read(element, pageInput);
  };

  return {
    addedElements,
    scan: (document) => addedElements([document.documentElement]),
    pending: () => [...unsent].map((id) => tiles.get(id)!),
    markSent(ids) {
      for (const id of ids) unsent.delete(id);
    },
    renderBadges() {
      for (const tile of tiles.values()) renderBadge(tile.element, tile.post.id);
    },
    reset() {
      tiles.clear();
      unsent.clear();
    },
  };
}

const isBadge = (element: Element) => element.tagName.toLowerCase() === BADGE_TAG;

/** What makes a re-read tile worth sending again: its counts, or the author its markup now names. */
function changeKey(post: PostReading): string {
  const counts = Object.entries(post.metrics).map(([metric, count]) => `${metric}=${count!.min}-${count!.max}`);
  return `${counts}|${post.author?.handle}|${post.author?.id}`;
}
