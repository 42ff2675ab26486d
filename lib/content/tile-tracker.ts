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

const isBadge = (element: Element) => element.tagName.toLowerCase() === BADGE_TAG;

export class TileTracker {
  private readonly tiles = new Map<string, TileRead>();
  private readonly unsent = new Set<string>();
  private readonly badges = new Map<string, BadgeModel>();

  constructor(
    private readonly platform: Platform,
    private readonly reader: TileReader,
    private readonly input: () => PageInput,
  ) {}

  /** Reads the tiles in (or being) the added elements. */
  addedElements(elements: readonly Element[]): void {
    const found = tileElementsIn(this.reader.selector, elements, isBadge);
    if (!found.size) return;
    const input = this.input();
    for (const element of found) this.read(element, input);
  }

  /** Every tile already on the page (at start and after a navigation). */
  scan(document: Document): void {
    this.addedElements([document.documentElement]);
  }

  /** The tiles no reading has carried yet: new ones, changed ones, and ones nothing could attribute so far. */
  pending(): TileRead[] {
    return [...this.unsent].map((id) => this.tiles.get(id)).filter((tile): tile is TileRead => Boolean(tile));
  }

  /** These tiles went out with a reading. */
  markSent(ids: Iterable<string>): void {
    for (const id of ids) this.unsent.delete(id);
  }

  /** The background's badges of tiles (keys tile:<id>); the others are the page's. */
  showBadges(models: ReadonlyMap<string, BadgeModel>): void {
    for (const [id, tile] of this.tiles) {
      const model = models.get(tileBadgeKey(id));
      if (!model) continue;
      this.badges.set(id, model);
      this.renderBadge(tile, model);
    }
  }

  reset(): void {
    this.tiles.clear();
    this.unsent.clear();
    this.badges.clear();
  }

  private read(element: Element, input: PageInput): void {
    const tile = readTile(this.platform, this.reader, element, input);
    // A site that reuses a tile element for another post takes the old post's badge away with it.
    for (const badge of element.querySelectorAll(`${BADGE_TAG}[data-castlist-key^="tile:"]`)) {
      if (badge.getAttribute('data-castlist-key') !== (tile && tileBadgeKey(tile.post.id))) badge.remove();
    }
    if (!tile) return;
    const id = tile.post.id;
    const known = this.tiles.get(id);
    const changed = !known || changeKey(known.post) !== changeKey(tile.post);
    if (changed || known.element !== element) {
      this.tiles.delete(id);
      this.tiles.set(id, tile);
      if (changed) this.unsent.add(id);
      if (this.tiles.size > MAX_TILE_POSTS) {
        const oldest = this.tiles.keys().next().value as string;
        this.tiles.delete(oldest);
        this.unsent.delete(oldest);
        this.badges.delete(oldest);
      }
    }
    const model = this.badges.get(id);
    if (model) this.renderBadge(tile, model);
  }

  private renderBadge({ post, element }: TileRead, model: BadgeModel): void {
    if (!element.isConnected) return;
    const key = tileBadgeKey(post.id);
    const existing = element.querySelector(`${BADGE_TAG}[data-castlist-key="${cssEscape(key)}"]`) as HTMLElement | null;
    if (existing) {
      updateBadge(existing, model);
      return;
    }
    const anchor = this.reader.anchor(element);
    if (anchor) anchor.append(createBadge(element.ownerDocument, key, model));
  }
}

/** What makes a re-read tile worth sending again: its counts, or the author its markup now names. */
function changeKey(post: PostReading): string {
  const counts = Object.entries(post.metrics).map(([metric, count]) => `${metric}=${count!.min}-${count!.max}`);
  return `${counts.join(',')}|${post.author?.handle ?? ''}|${post.author?.id ?? ''}`;
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
