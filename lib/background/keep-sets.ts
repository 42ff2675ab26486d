/**
 * What retention never compacts: sets of entity keys (`creator:<creatorKey>`, `post:<postKey>`, lib/reading/keys.ts)
 * whose every snapshot, and whose posts' comments, stay. The rule takes any number of keep-sets: shortlisted
 * creators, and tracked campaign posts with the campaigns' creators.
 *
 * A keep-set is read inside each compaction transaction, next to the deletes it guards (its `tables` join that
 * transaction), so a creator shortlisted while compaction runs is never compacted after it was added.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { entityKeyOf } from '../reading/keys';

export type TableName =
  | 'creators'
  | 'posts'
  | 'snapshots'
  | 'comments'
  | 'shortlists'
  | 'shortlistEntries'
  | 'readerEvents'
  | 'settings'
  | 'maintenance'
  | 'campaigns'
  | 'campaignCreators'
  | 'trackedPosts'
  | 'campaignResults'
  | 'campaignKpiEntries';

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

/**
 * Every post tracked by a campaign (each visit is a point of its campaign chart, so none is thinned out), and every
 * creator of a campaign (their follower snapshots are the ER denominators and the follower-growth KPI). A creator's
 * other posts are not kept by this set: only the tracked ones are the campaign's.
 */
export const campaignPostsAndCreators: KeepSet = {
  name: 'tracked campaign posts and campaign creators',
  tables: ['trackedPosts', 'campaignCreators'],
  async entityKeys(db) {
    const postKeys = (await db.trackedPosts.orderBy('postKey').uniqueKeys()) as string[];
    const creatorKeys = (await db.campaignCreators.orderBy('creatorKey').uniqueKeys()) as string[];
    return [...postKeys.map((key) => entityKeyOf('post', key)), ...creatorKeys.map((key) => entityKeyOf('creator', key))];
  },
};

export const DEFAULT_KEEP_SETS: readonly KeepSet[] = [shortlistedCreators, campaignPostsAndCreators];

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
