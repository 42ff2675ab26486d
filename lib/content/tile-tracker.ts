/**
 * Post tiles of grids and feeds, read one by one as the page adds them (never a re-read of the whole feed), each
 * with its badge. Work per observer batch is proportional to what the batch added.
 */
import { tileBadge } from '../badges/badge-model';
import type { CreatorReading, Platform, PostReading } from '../reading/reading';
import type { PageInput } from '../sites/page-input';
import { BADGE_TAG, createBadge, updateBadge } from './badge-element';
import type { TileReader } from '../sites/site-adapter';

/** A visit keeps at most this many tile posts; a feed scrolled further keeps its newest. */
const MAX_TILE_POSTS = 1_000;

export class TileTracker {
  private readonly posts = new Map<string, PostReading>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly platform: Platform,
    private readonly tiles: TileReader,
    private readonly input: () => PageInput,
    /** The creator of the page, when it is a creator's grid (for reach). */
    private readonly creator: () => CreatorReading | null,
  ) {}

  /** Reads the tiles in (or being) the added elements. */
  addedElements(elements: readonly Element[]): void {
    const tiles = new Set<Element>();
    for (const element of elements) {
      if (element.tagName.toLowerCase() === BADGE_TAG) continue;
      if (element.matches(this.tiles.selector)) tiles.add(element);
      else {
        const inside = element.querySelectorAll(this.tiles.selector);
        for (let i = 0; i < inside.length; i++) tiles.add(inside[i]!);
        const enclosing = element.parentElement?.closest(this.tiles.selector);
        if (enclosing) tiles.add(enclosing);
      }
    }
    if (!tiles.size) return;
    const input = this.input();
    for (const tile of tiles) this.readTile(tile, input);
  }

  /** Every tile already on the page (at start and after a navigation). */
  scan(document: Document): void {
    this.addedElements([document.documentElement]);
  }

  /** Tile posts whose counts changed since the last call. */
  takeChanged(): PostReading[] {
    const changed = [...this.changed].map((id) => this.posts.get(id)).filter((post): post is PostReading => Boolean(post));
    this.changed.clear();
    return changed;
  }

  reset(): void {
    this.posts.clear();
    this.changed.clear();
  }

  private readTile(tile: Element, input: PageInput): void {
    let post: PostReading | null;
    try {
      post = this.tiles.read(tile, input);
    } catch (error) {
      console.error(`[Castlist] the ${this.platform} tile reader failed`, error);
      return;
    }
    if (!post) return;
    const known = this.posts.get(post.id);
    if (!known || countsKey(known) !== countsKey(post)) {
      this.posts.delete(post.id);
      this.posts.set(post.id, post);
      this.changed.add(post.id);
      if (this.posts.size > MAX_TILE_POSTS) {
        const oldest = this.posts.keys().next().value as string;
        this.posts.delete(oldest);
        this.changed.delete(oldest);
      }
    }
    const model = tileBadge(this.platform, post, this.creator());
    const anchor = model && this.tiles.anchor(tile);
    if (!model || !anchor) return;
    const existing = tile.querySelector(`${BADGE_TAG}[data-castlist-key="tile:${cssEscape(post.id)}"]`) as HTMLElement | null;
    if (existing) updateBadge(existing, model);
    else anchor.append(createBadge(tile.ownerDocument, `tile:${post.id}`, model));
  }
}

function countsKey(post: PostReading): string {
  return Object.entries(post.metrics)
    .map(([metric, count]) => `${metric}=${count!.min}-${count!.max}`)
    .join(',');
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
