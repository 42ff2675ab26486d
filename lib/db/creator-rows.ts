/**
 * A set of creators' posts, snapshots and comments: what their KPIs are computed from. One read shared by the CSV
 * export (lib/csv/collect-export-rows.ts) and the shortlist views (lib/panel/shortlist-queries.ts).
 *
 * Up to PER_CREATOR_READS_UP_TO creators, each creator's rows are read with its own indexed read (issued together:
 * IndexedDB pipelines them); beyond it, each table is read once and grouped here. A cursor hopping from key to key
 * (anyOf, inAnyRange) waits for every step and took 40 s for 10,000 creators in Chromium.
 *
 * These functions read inside the caller's transaction when there is one (a live query's, or a read transaction
 * over the tables they read), so that what they return is one consistent picture.
 */
import Dexie from 'dexie';
import { entityKeyOf } from '../reading/keys';
import type { CastlistDatabase } from './castlist-db';
import type { CommentRow, CreatorRow, PostRow, SnapshotRow } from './rows';

/** Beyond this many creators (or posts, for comments) the whole table is read once instead of per key. */
export const PER_CREATOR_READS_UP_TO = 200;

export interface CreatorRows {
  /** By creator key; a creator with none has no entry. */
  posts: Map<string, PostRow[]>;
  /** The creator's own snapshots (entity key creator:<key>), by creator key; a creator with none has no entry. */
  snapshots: Map<string, SnapshotRow[]>;
}

/**
 * The stored creators with these keys, by key (keys not stored are left out). Many keys out of a table not much
 * larger are read with one read of the whole table: 10,000 single reads took a second in Chromium.
 */
export async function storedCreatorsOf(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<Map<string, CreatorRow>> {
  const keys = [...new Set(creatorKeys)];
  const wholeTable = keys.length > PER_CREATOR_READS_UP_TO && (await db.creators.count()) <= WHOLE_TABLE_FACTOR * keys.length;
  const wanted = new Set(keys);
  const rows = wholeTable ? (await db.creators.toArray()).filter((creator) => wanted.has(creator.key)) : await db.creators.bulkGet(keys);
  const creators = new Map<string, CreatorRow>();
  for (const creator of rows) if (creator) creators.set(creator.key, creator);
  return creators;
}

/** A whole table is read instead of single keys while it holds at most this many rows per key wanted. */
const WHOLE_TABLE_FACTOR = 4;

/** The posts and snapshots of the creators with these keys (keys of creators not stored give nothing). */
export async function creatorRowsOf(db: CastlistDatabase, creatorKeys: readonly string[]): Promise<CreatorRows> {
  const keys = [...new Set(creatorKeys)];
  return keys.length > PER_CREATOR_READS_UP_TO ? readWholeTables(db, keys) : readPerCreator(db, keys);
}

/** The comments of the posts with these keys, by post key; a post with none has no entry. */
export async function commentsOfPosts(db: CastlistDatabase, postKeys: readonly string[]): Promise<Map<string, CommentRow[]>> {
  const keys = [...new Set(postKeys)];
  if (keys.length > PER_CREATOR_READS_UP_TO) {
    const wanted = new Set(keys);
    return groupBy((await db.comments.toArray()).filter((comment) => wanted.has(comment.postKey)), (comment) => comment.postKey);
  }
  const lists = await Promise.all(keys.map((postKey) => db.comments.where('postKey').equals(postKey).toArray()));
  return nonEmpty(keys, lists);
}

async function readPerCreator(db: CastlistDatabase, keys: readonly string[]): Promise<CreatorRows> {
  const [postLists, snapshotLists] = await Promise.all([
    Promise.all(keys.map((key) => db.posts.where('creatorKey').equals(key).toArray())),
    Promise.all(
      keys.map((key) => {
        const entityKey = entityKeyOf('creator', key);
        return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
      }),
    ),
  ]);
  return { posts: nonEmpty(keys, postLists), snapshots: nonEmpty(keys, snapshotLists) };
}

async function readWholeTables(db: CastlistDatabase, keys: readonly string[]): Promise<CreatorRows> {
  const wanted = new Set(keys);
  const creatorPrefix = entityKeyOf('creator', '');
  const [allPosts, creatorSnapshots] = await Promise.all([
    db.posts.toArray(),
    // every creator's snapshots: the entity keys "creator:…" sort together
    db.snapshots.where('[entityKey+readAt]').between([creatorPrefix, Dexie.minKey], [`${creatorPrefix}\uffff`, Dexie.maxKey]).toArray(),
  ]);
  const posts = groupBy(
    allPosts.filter((post) => post.creatorKey !== null && wanted.has(post.creatorKey)),
    (post) => post.creatorKey!,
  );
  const snapshots = groupBy(
    creatorSnapshots.filter((snapshot) => wanted.has(snapshot.entityKey.slice(creatorPrefix.length))),
    (snapshot) => snapshot.entityKey.slice(creatorPrefix.length),
  );
  return { posts, snapshots };
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function nonEmpty<Row>(keys: readonly string[], lists: readonly Row[][]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  keys.forEach((key, index) => {
    if (lists[index]!.length > 0) groups.set(key, lists[index]!);
  });
  return groups;
}
