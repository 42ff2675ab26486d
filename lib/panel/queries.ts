/**
 * The panel's reads, as plain Dexie queries: the components run them inside useLiveQuery, so they call only Dexie
 * (dexie-react-hooks: the querier must stay inside Dexie's promise world). Each resolves null, never undefined, for
 * "not in the database", so that undefined keeps meaning "still loading".
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CreatorRow, PostRow, ReaderEventRow, SnapshotRow } from '../db/rows';
import type { Platform } from '../reading/reading';

export const RECENT_SNAPSHOTS = 20;
export const RECENT_POSTS = 12;
/** How far back reader health looks, and how many events of each outcome it reads at most. */
export const READER_HEALTH_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
export const READER_HEALTH_MAX_EVENTS = 1_000;

export async function findPost(db: CastlistDatabase, postKey: string): Promise<PostRow | null> {
  return (await db.posts.get(postKey)) ?? null;
}

export async function findCreator(db: CastlistDatabase, creatorKey: string | null): Promise<CreatorRow | null> {
  if (!creatorKey) return null;
  return (await db.creators.get(creatorKey)) ?? null;
}

/**
 * The creator of a profile page: by key, or, for URLs that carry neither handle nor id (YouTube /c/name), the
 * creator whose stored profile URL is this page's.
 */
export async function findProfileCreator(
  db: CastlistDatabase,
  target: { platform: Platform; creatorKey: string | null; url: string },
): Promise<CreatorRow | null> {
  if (target.creatorKey) return findCreator(db, target.creatorKey);
  const wanted = comparableUrl(target.url);
  if (!wanted) return null;
  const match = await db.creators
    .where('platform')
    .equals(target.platform)
    .filter((creator) => creator.url !== null && comparableUrl(creator.url) === wanted)
    .first();
  return match ?? null;
}

/** Scheme-less, lower-case host and path without a trailing slash: "www.youtube.com/c/name". */
function comparableUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.toLowerCase()}${parsed.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return null;
  }
}

/** The newest `limit` snapshots of a creator or post, oldest first. */
export async function recentSnapshots(db: CastlistDatabase, entityKey: string, limit = RECENT_SNAPSHOTS): Promise<SnapshotRow[]> {
  const newestFirst = await db.snapshots
    .where('[entityKey+readAt]')
    .between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return newestFirst.reverse();
}

/**
 * A creator's posts read so far, newest first (by publish time, else by when they were last seen), the first
 * `limit` of them, and how many there are in all.
 */
export async function recentPostsOf(
  db: CastlistDatabase,
  creatorKey: string,
  limit = RECENT_POSTS,
): Promise<{ posts: PostRow[]; total: number }> {
  const all = await db.posts.where('creatorKey').equals(creatorKey).toArray();
  const time = (post: PostRow) => post.publishedAt ?? post.lastSeenAt;
  all.sort((a, b) => time(b) - time(a) || a.key.localeCompare(b.key));
  return { posts: all.slice(0, limit), total: all.length };
}

/**
 * A platform's recent reader events, oldest first: the missed ones of the window, and the found ones only when
 * something was missed (reader health needs them to tell when a reader last worked).
 */
export async function recentReaderEvents(
  db: CastlistDatabase,
  platform: Platform,
  since: number,
  limit = READER_HEALTH_MAX_EVENTS,
): Promise<ReaderEventRow[]> {
  const ofOutcome = (outcome: ReaderEventRow['outcome']) =>
    db.readerEvents
      .where('[platform+outcome+at]')
      .between([platform, outcome, since], [platform, outcome, Dexie.maxKey], true, true)
      .reverse()
      .limit(limit)
      .toArray();
  const missed = await ofOutcome('missed');
  if (missed.length === 0) return [];
  const found = await ofOutcome('found');
  return [...found, ...missed].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}
