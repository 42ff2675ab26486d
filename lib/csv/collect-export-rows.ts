/**
 * The rows an export covers, read from the database in one read transaction:
 *   - a shortlist by name: its entries, in the order they were added;
 *   - no name: every list's entries (lists in the order they were made), then every creator on no list, so that
 *     the file holds every stored creator.
 * An entry whose creator has no stored row still exports, with what its key says (platform, handle or id).
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CreatorRow, PostRow, ShortlistRow, SnapshotRow } from '../db/rows';
import { entityKeyOf } from '../reading/keys';
import { creatorFromKey } from './creator-key-parts';
import { creatorKpisOf } from './creator-kpis';
import type { ExportRow } from './export-row';

export class ExportSelectionError extends Error {
  override name = 'ExportSelectionError';
}

export async function collectExportRows(db: CastlistDatabase, options: { shortlistName?: string } = {}): Promise<ExportRow[]> {
  return db.transaction('r', [db.shortlists, db.shortlistEntries, db.creators, db.posts, db.snapshots], async () => {
    const lists = (await db.shortlists.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const chosen = options.shortlistName === undefined ? lists : [shortlistNamed(lists, options.shortlistName)];
    const entries = (await Promise.all(chosen.map((list) => db.shortlistEntries.where('shortlistId').equals(list.id).toArray()))).flat();
    const listOrder = new Map(chosen.map((list, index) => [list.id, index]));
    entries.sort((a, b) => listOrder.get(a.shortlistId)! - listOrder.get(b.shortlistId)! || a.addedAt - b.addedAt || a.id.localeCompare(b.id));

    let unlisted: CreatorRow[] = [];
    if (options.shortlistName === undefined) {
      const listed = new Set(entries.map((entry) => entry.creatorKey));
      unlisted = (await db.creators.toArray()).filter((creator) => !listed.has(creator.key));
      unlisted.sort((a, b) => a.platform.localeCompare(b.platform) || a.key.localeCompare(b.key));
    }
    const entryKeys = [...new Set(entries.map((entry) => entry.creatorKey))];
    const stored = await db.creators.bulkGet(entryKeys);
    const creators = new Map<string, CreatorRow>();
    const storedKeys = new Set<string>();
    entryKeys.forEach((key, index) => {
      const row = stored[index];
      if (row) storedKeys.add(key);
      creators.set(key, row ?? creatorFromKey(key));
    });
    for (const creator of unlisted) creators.set(creator.key, creator);

    const keys = [...creators.keys()];
    const { posts, snapshots } = keys.length > PER_CREATOR_READS_UP_TO ? await readAllOf(db, keys) : await readEachOf(db, keys);
    const kpisOf = (creator: CreatorRow) =>
      creatorKpisOf(creator, posts.get(creator.key) ?? [], snapshots.get(entityKeyOf('creator', creator.key)) ?? []);
    const listsById = new Map(chosen.map((list) => [list.id, list]));

    const rows: ExportRow[] = entries.map((entry) => {
      const creator = creators.get(entry.creatorKey)!;
      return { creator, creatorStored: storedKeys.has(creator.key), shortlist: listsById.get(entry.shortlistId) ?? null, entry, kpis: kpisOf(creator) };
    });
    for (const creator of unlisted) rows.push({ creator, creatorStored: true, shortlist: null, entry: null, kpis: kpisOf(creator) });
    return rows;
  });
}

/**
 * Up to this many creators, their posts and snapshots are read creator by creator (one indexed read each, issued
 * together: IndexedDB pipelines them); beyond it, with one read of each table, filtered here. A cursor hopping from
 * key to key (anyOf, inAnyRange) waits for every step and took 40 s for 10,000 creators in Chromium.
 */
const PER_CREATOR_READS_UP_TO = 200;

interface CreatorData {
  posts: Map<string, PostRow[]>;
  /** By entity key (creator:<key>). */
  snapshots: Map<string, SnapshotRow[]>;
}

async function readEachOf(db: CastlistDatabase, keys: string[]): Promise<CreatorData> {
  const [postsByCreator, snapshotsByCreator] = await Promise.all([
    Promise.all(keys.map((key) => db.posts.where('creatorKey').equals(key).toArray())),
    Promise.all(
      keys.map((key) =>
        db.snapshots
          .where('[entityKey+readAt]')
          .between([entityKeyOf('creator', key), Dexie.minKey], [entityKeyOf('creator', key), Dexie.maxKey])
          .toArray(),
      ),
    ),
  ]);
  return {
    posts: new Map(keys.map((key, index) => [key, postsByCreator[index]!])),
    snapshots: new Map(keys.map((key, index) => [entityKeyOf('creator', key), snapshotsByCreator[index]!])),
  };
}

async function readAllOf(db: CastlistDatabase, keys: string[]): Promise<CreatorData> {
  const wanted = new Set(keys);
  const creatorPrefix = entityKeyOf('creator', '');
  const [allPosts, creatorSnapshots] = await Promise.all([
    db.posts.toArray(),
    // every creator's snapshots: entity keys "creator:…" sort together
    db.snapshots.where('[entityKey+readAt]').between([creatorPrefix, Dexie.minKey], [`${creatorPrefix}\uffff`, Dexie.maxKey]).toArray(),
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
    const group = snapshots.get(snapshot.entityKey);
    if (group) group.push(snapshot);
    else snapshots.set(snapshot.entityKey, [snapshot]);
  }
  return { posts, snapshots };
}

function shortlistNamed(lists: ShortlistRow[], name: string): ShortlistRow {
  // list names are stored trimmed (lib/messages): " Spring " asks for "Spring"
  const matches = lists.filter((list) => list.name === name || list.name === name.trim());
  if (matches.length === 1) return matches[0]!;
  const names = lists.map((list) => JSON.stringify(list.name)).join(', ');
  if (matches.length > 1) throw new ExportSelectionError(`${matches.length} shortlists are named ${JSON.stringify(name)}: rename one in the panel`);
  throw new ExportSelectionError(`no shortlist is named ${JSON.stringify(name)} (${lists.length ? `the lists: ${names}` : 'there are no lists'})`);
}
