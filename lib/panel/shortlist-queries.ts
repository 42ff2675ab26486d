/**
 * The shortlist views' reads, as plain Dexie queries for useLiveQuery (like queries.ts): the lists with their entry
 * counts, the entries of a list or of all lists with their creators, and what the creators' KPIs are computed from.
 *
 * Each read of more than one step runs in one read transaction: a live query observes every table the transaction
 * reads, whereas a step after awaiting another async function may fall out of Dexie's tracking (and a change to
 * what it read would never refresh the view). The scope functions are `async` arrows on purpose: Dexie keeps the
 * transaction's zone across native awaits only for a scope it sees is an async function; a plain arrow returning the
 * same promise lets the transaction commit before the read finishes (PrematureCommitError).
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CommentRow, CreatorRow, PostRow, ShortlistEntryRow, ShortlistRow, SnapshotRow } from '../db/rows';
import { readSetting } from '../db/settings';
import { entityKeyOf } from '../reading/keys';
import type { CreatorKpiInput } from '../shortlists/kpis-now';
import { creatorOfPage } from '../shortlists/page-creator';

export interface ShortlistSummary {
  list: ShortlistRow;
  entries: number;
}

export interface ShortlistsState {
  /** Oldest first: the order a team made them in. */
  lists: ShortlistSummary[];
  /** The list the badge, the context menu and the keyboard command add to (null: none remembered). */
  lastUsedId: string | null;
}

export function shortlistsState(db: CastlistDatabase): Promise<ShortlistsState> {
  return db.transaction('r', [db.shortlists, db.shortlistEntries, db.settings], async () => readShortlistsState(db));
}

async function readShortlistsState(db: CastlistDatabase): Promise<ShortlistsState> {
  const lists = (await db.shortlists.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const counts = await Promise.all(lists.map((list) => db.shortlistEntries.where('shortlistId').equals(list.id).count()));
  const lastUsed = await readSetting(db, 'shortlists.lastUsed');
  return { lists: lists.map((list, index) => ({ list, entries: counts[index]! })), lastUsedId: lastUsed?.shortlistId ?? null };
}

export interface EntryWithCreator {
  entry: ShortlistEntryRow;
  /** null: a creator Castlist has not read yet. */
  creator: CreatorRow | null;
}

/** A list's entries, in the order they were added, each with its creator's row. */
export function entriesOf(db: CastlistDatabase, shortlistId: string): Promise<EntryWithCreator[]> {
  return db.transaction('r', [db.shortlistEntries, db.creators], async () => readEntriesOf(db, shortlistId));
}

async function readEntriesOf(db: CastlistDatabase, shortlistId: string): Promise<EntryWithCreator[]> {
  const entries = await db.shortlistEntries.where('shortlistId').equals(shortlistId).toArray();
  entries.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  const creators = await db.creators.bulkGet(entries.map((entry) => entry.creatorKey));
  return entries.map((entry, index) => ({ entry, creator: creators[index] ?? null }));
}

export interface AllEntries {
  lists: ShortlistRow[];
  entries: ShortlistEntryRow[];
  creators: Map<string, CreatorRow>;
}

/** Every list, every entry and the creators they name: the compare view's rows (lib/shortlists/compare-rows.ts). */
export function allEntries(db: CastlistDatabase): Promise<AllEntries> {
  return db.transaction('r', [db.shortlists, db.shortlistEntries, db.creators], async () => readAllEntries(db));
}

async function readAllEntries(db: CastlistDatabase): Promise<AllEntries> {
  const [lists, entries] = await Promise.all([db.shortlists.toArray(), db.shortlistEntries.toArray()]);
  const keys = [...new Set(entries.map((entry) => entry.creatorKey))];
  const found = await db.creators.bulkGet(keys);
  const creators = new Map<string, CreatorRow>();
  found.forEach((creator) => {
    if (creator) creators.set(creator.key, creator);
  });
  return { lists, entries, creators };
}

/**
 * Up to this many creators, their rows are read creator by creator (indexed reads issued together, which IndexedDB
 * pipelines); beyond it, each table is read once and grouped here, which is faster than thousands of key ranges.
 */
export const PER_CREATOR_READS_UP_TO = 200;

/** What each stored creator's KPIs are computed from (lib/shortlists/kpis-now.ts), by creator key; unread ones left out. */
export function kpiInputsOf(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<Map<string, CreatorKpiInput>> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments], async () => readKpiInputs(db, creatorKeys));
}

async function readKpiInputs(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<Map<string, CreatorKpiInput>> {
  const creators = (await db.creators.bulkGet([...creatorKeys])).filter((creator): creator is CreatorRow => creator !== undefined);
  const keys = creators.map((creator) => creator.key);
  const { posts, snapshots, commentsByPost } =
    keys.length > PER_CREATOR_READS_UP_TO ? await readWholeTables(db, keys) : await readPerCreator(db, keys);
  const inputs = new Map<string, CreatorKpiInput>();
  for (const creator of creators) {
    const ownPosts = posts.get(creator.key) ?? [];
    const comments = ownPosts.flatMap((post) => commentsByPost.get(post.key) ?? []);
    inputs.set(creator.key, { creator, posts: ownPosts, creatorSnapshots: snapshots.get(creator.key) ?? [], comments });
  }
  return inputs;
}

interface CreatorRows {
  posts: Map<string, PostRow[]>;
  /** By creator key. */
  snapshots: Map<string, SnapshotRow[]>;
  commentsByPost: Map<string, CommentRow[]>;
}

function creatorSnapshotsOf(db: CastlistDatabase, creatorKey: string): Promise<SnapshotRow[]> {
  const entityKey = entityKeyOf('creator', creatorKey);
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
}

async function readPerCreator(db: CastlistDatabase, keys: readonly string[]): Promise<CreatorRows> {
  const [postLists, snapshotLists] = await Promise.all([
    Promise.all(keys.map((key) => db.posts.where('creatorKey').equals(key).toArray())),
    Promise.all(keys.map((key) => creatorSnapshotsOf(db, key))),
  ]);
  const postKeys = postLists.flat().map((post) => post.key);
  const commentLists = await Promise.all(postKeys.map((postKey) => db.comments.where('postKey').equals(postKey).toArray()));
  return {
    posts: new Map(keys.map((key, index) => [key, postLists[index]!])),
    snapshots: new Map(keys.map((key, index) => [key, snapshotLists[index]!])),
    commentsByPost: new Map(postKeys.map((postKey, index) => [postKey, commentLists[index]!])),
  };
}

async function readWholeTables(db: CastlistDatabase, keys: readonly string[]): Promise<CreatorRows> {
  const wanted = new Set(keys);
  const creatorPrefix = entityKeyOf('creator', '');
  const [allPosts, creatorSnapshots, allComments] = await Promise.all([
    db.posts.toArray(),
    // every creator's snapshots: the entity keys "creator:…" sort together
    db.snapshots.where('[entityKey+readAt]').between([creatorPrefix, Dexie.minKey], [`${creatorPrefix}\uffff`, Dexie.maxKey]).toArray(),
    db.comments.toArray(),
  ]);
  const posts = new Map<string, PostRow[]>();
  for (const post of allPosts) {
    if (post.creatorKey === null || !wanted.has(post.creatorKey)) continue;
    const group = posts.get(post.creatorKey);
    if (group) group.push(post);
    else posts.set(post.creatorKey, [post]);
  }
  const snapshots = new Map<string, SnapshotRow[]>();
  for (const snapshot of creatorSnapshots) {
    const creatorKey = snapshot.entityKey.slice(creatorPrefix.length);
    if (!wanted.has(creatorKey)) continue;
    const group = snapshots.get(creatorKey);
    if (group) group.push(snapshot);
    else snapshots.set(creatorKey, [snapshot]);
  }
  const commentsByPost = new Map<string, CommentRow[]>();
  for (const comment of allComments) {
    const group = commentsByPost.get(comment.postKey);
    if (group) group.push(comment);
    else commentsByPost.set(comment.postKey, [comment]);
  }
  return { posts, snapshots, commentsByPost };
}

export type TabCreator =
  | { ok: true; creatorKey: string; creator: CreatorRow | null; entries: Array<{ shortlistId: string; entryId: string }> }
  | { ok: false; error: string };

/** The creator the tab's page shows (lib/shortlists/page-creator.ts) and the lists it is on already. */
export function tabCreatorOf(db: CastlistDatabase, url: string): Promise<TabCreator> {
  return db.transaction('r', [db.creators, db.posts, db.shortlistEntries], async () => readTabCreator(db, url));
}

async function readTabCreator(db: CastlistDatabase, url: string): Promise<TabCreator> {
  const found = await creatorOfPage(db, url);
  if (!found.ok) return found;
  const [creator, entries] = await Promise.all([
    db.creators.get(found.creatorKey),
    db.shortlistEntries.where('creatorKey').equals(found.creatorKey).toArray(),
  ]);
  return {
    ok: true,
    creatorKey: found.creatorKey,
    creator: creator ?? null,
    entries: entries.map((entry) => ({ shortlistId: entry.shortlistId, entryId: entry.id })),
  };
}

/** Every tag used on any entry, each once (the first spelling), sorted: suggestions that keep a team's tags consistent. */
export async function knownTags(db: CastlistDatabase): Promise<string[]> {
  const seen = new Map<string, string>();
  await db.shortlistEntries.each((entry) => {
    for (const tag of entry.tags ?? []) if (!seen.has(tag.toLocaleLowerCase())) seen.set(tag.toLocaleLowerCase(), tag);
  });
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
