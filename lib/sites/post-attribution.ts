/**
 * Whose post is this: one set of rules for every site, the content script and the CLI.
 *
 * A post is attributed from its own data or markup (the owner in its JSON, the channel link inside its tile), or
 * from the surface when the surface guarantees it:
 *   - a post page guarantees its own post (the reading's first post) to the page's creator;
 *   - a creator's own grid (a channel's uploads tab, a profile's posts grid) guarantees the tiles in it, and only
 *     once the rendered page shows that creator (TileReader.ownGrid);
 *   - nothing else does: recommendations, tagged posts, mixed feeds, shelves of other channels, search results.
 * A post that nothing attributes is left out of the reading (the page's own post excepted: it is stored under
 * nobody). The background attributes a post by its author alone (row-merges.ts), so what is decided here is what
 * is stored.
 */
import { creatorKeyOf } from '../reading/keys';
import type { CreatorReading, Platform, PostReading, Reading } from '../reading/reading';
import { mergePost } from './merge';
import { ProblemLog } from './reader-problems';

export type PostAuthor = NonNullable<PostReading['author']>;

/** A tile as the page showed it: the post read from it, and the element it was read from. */
export interface TileRead {
  post: PostReading;
  element: Element;
}

/** Whether an author names someone the database can key (a handle or a platform id), not just a display name. */
export function isKnownAuthor(platform: Platform, author: PostReading['author'] | null): author is PostAuthor {
  return Boolean(author && creatorKeyOf(platform, author));
}

/** The author a creator reading stands for: its identity, without its counts. */
export function authorOfCreator(creator: CreatorReading): PostAuthor {
  const { followers: _followers, following: _following, posts: _posts, likes: _likes, url: _url, verified: _verified, ...identity } = creator;
  return identity;
}

/** The page's creator as an author, when the database can key them. */
function pageAuthorOf(reading: Reading): PostAuthor | null {
  const author = reading.creator && authorOfCreator(reading.creator);
  return isKnownAuthor(reading.platform, author) ? author : null;
}

/**
 * The reader's own posts (from the page's data and, on a post page, the post itself), attributed: the page's post
 * takes the page's creator when its own data names no author; any other post keeps the author its data names, or
 * is left out.
 */
export function attributeReaderPosts(reading: Reading): Reading {
  const pageAuthor = pageAuthorOf(reading);
  const posts = reading.posts.flatMap((post, index) =>
    isKnownAuthor(reading.platform, post.author) ? [post] : reading.surface === 'post' && !index ? [pageAuthor ? { ...post, author: pageAuthor } : post] : [],
  );
  return { ...reading, posts };
}

/**
 * The page's reading with its tiles: each tile merges into the reader's post of the same id (the data first, the
 * tile filling what it lacked, such as views), or is added when its own markup names its author or it sits in the
 * page creator's own grid (`ownGrid`) and its markup names no one else. A tile attributed by nothing is left out.
 * Returns the ids of the tiles used, so a tile left out can be tried again once the page shows more (TileTracker).
 */
export function withTiles(reading: Reading, tiles: Iterable<TileRead>, ownGrid: Element | null): { reading: Reading; used: Set<string> } {
  const attributed = attributeReaderPosts(reading);
  const pageAuthor = pageAuthorOf(attributed);
  const posts = new Map(attributed.posts.map((post) => [post.id, post]));
  const used = new Set<string>();
  // A tile whose counts disagree with the data's gives neither, and says so in the reading's problems.
  const log = new ProblemLog(`${reading.platform}.${reading.surface}`, 'rendered tile');
  for (const { post: tile, element } of tiles) {
    const known = posts.get(tile.id);
    const shownName = tile.author?.name?.trim().toLowerCase();
    const author = isKnownAuthor(reading.platform, tile.author)
      ? tile.author
      : pageAuthor && ownGrid?.contains(element) && (!shownName || shownName === pageAuthor.name?.trim().toLowerCase())
        ? pageAuthor
        : null;
    if (!known && !author) continue;
    posts.set(tile.id, known ? mergePost(known, tile, log)! : { ...tile, author: author! });
    used.add(tile.id);
  }
  const problems = log.problems.length ? [...attributed.problems, ...log.problems] : attributed.problems;
  return { reading: { ...attributed, posts: [...posts.values()], problems }, used };
}
