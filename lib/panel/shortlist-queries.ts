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
import type { CastlistDatabase } from '../db/castlist-db';
import { commentsOfPosts, creatorRowsOf } from '../db/creator-rows';
import type { CreatorRow, ShortlistEntryRow, ShortlistRow } from '../db/rows';
import { readSetting } from '../db/settings';
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

/** What each stored creator's KPIs are computed from (lib/shortlists/kpis-now.ts), by creator key; unread ones left out. */
export function kpiInputsOf(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<Map<string, CreatorKpiInput>> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments], async () => readKpiInputs(db, creatorKeys));
}

async function readKpiInputs(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<Map<string, CreatorKpiInput>> {
  const creators = (await db.creators.bulkGet([...creatorKeys])).filter((creator): creator is CreatorRow => creator !== undefined);
  const { posts, snapshots } = await creatorRowsOf(db, creators.map((creator) => creator.key));
  const commentsByPost = await commentsOfPosts(db, [...posts.values()].flat().map((post) => post.key));
  const inputs = new Map<string, CreatorKpiInput>();
  for (const creator of creators) {
    const ownPosts = posts.get(creator.key) ?? [];
    const comments = ownPosts.flatMap((post) => commentsByPost.get(post.key) ?? []);
    inputs.set(creator.key, { creator, posts: ownPosts, creatorSnapshots: snapshots.get(creator.key) ?? [], comments });
  }
  return inputs;
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
