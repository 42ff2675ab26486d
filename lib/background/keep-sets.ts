/**
 * What retention never compacts: sets of entity keys (`creator:<creatorKey>`, `post:<postKey>`, lib/reading/keys.ts)
 * whose every snapshot, and whose posts' comments, stay. The rule takes any number of keep-sets: shortlisted
 * creators today, tracked campaign posts when campaigns arrive (add a KeepSet and pass it to StorageMaintenance).
 *
 * A keep-set is read inside each compaction transaction, next to the deletes it guards (its `tables` join that
 * transaction), so a creator shortlisted while compaction runs is never compacted after it was added.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { entityKeyOf } from '../reading/keys';

export type TableName = 'creators' | 'posts' | 'snapshots' | 'comments' | 'shortlists' | 'shortlistEntries' | 'readerEvents' | 'settings' | 'maintenance';

export interface KeepSet {
  /** Says what it keeps, in logs. */
  name: string;
  /** The tables `entityKeys` reads. */
  tables: readonly TableName[];
  entityKeys(db: CastlistDatabase): Promise<Iterable<string>>;
}

/** Every creator on any shortlist, and every post stored under one of them. */
export const shortlistedCreators: KeepSet = {
  name: 'shortlisted creators and their posts',
  tables: ['shortlistEntries', 'posts'],
  async entityKeys(db) {
    const creatorKeys = (await db.shortlistEntries.orderBy('creatorKey').uniqueKeys()) as string[];
    if (creatorKeys.length === 0) return [];
    const postKeys = await db.posts.where('creatorKey').anyOf(creatorKeys).primaryKeys();
    return [...creatorKeys.map((key) => entityKeyOf('creator', key)), ...postKeys.map((key) => entityKeyOf('post', key))];
  },
};

export const DEFAULT_KEEP_SETS: readonly KeepSet[] = [shortlistedCreators];

/** The union of the keep-sets, read in the current transaction when there is one. */
export async function keptEntityKeys(db: CastlistDatabase, keepSets: readonly KeepSet[]): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const keepSet of keepSets) for (const key of await keepSet.entityKeys(db)) kept.add(key);
  return kept;
}

/** The tables a transaction needs to read the keep-sets. */
export function keepSetTables(keepSets: readonly KeepSet[]): TableName[] {
  return [...new Set(keepSets.flatMap((keepSet) => keepSet.tables))];
}
