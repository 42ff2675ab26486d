/**
 * The panel's reads for campaigns, as plain Dexie queries run inside useLiveQuery (so every new visit to a tracked
 * post, import or change shows at once). Each resolves null, never undefined, for "not in the database".
 */
import Dexie from 'dexie';
import type { CampaignData } from '../campaigns/campaign-progress';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CampaignRow, CreatorRow, PostRow, ShortlistEntryRow, ShortlistRow, SnapshotRow } from '../db/rows';
import { entityKeyOf } from '../reading/keys';

export async function listCampaigns(db: CastlistDatabase): Promise<CampaignRow[]> {
  return (await db.campaigns.toArray()).sort((a, b) => b.startsAt - a.startsAt || a.name.localeCompare(b.name));
}

async function snapshotsOf(db: CastlistDatabase, entityKey: string): Promise<SnapshotRow[]> {
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
}

/** Everything the campaign view and report need, or null when there is no such campaign. */
export async function loadCampaignData(db: CastlistDatabase, campaignId: string): Promise<CampaignData | null> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) return null;
  const [creators, tracked, imports, entries] = await Promise.all([
    db.campaignCreators.where('campaignId').equals(campaignId).sortBy('addedAt'),
    db.trackedPosts.where('campaignId').equals(campaignId).sortBy('addedAt'),
    db.campaignResults.where('campaignId').equals(campaignId).sortBy('importedAt'),
    db.campaignKpiEntries.where('campaignId').equals(campaignId).sortBy('at'),
  ]);
  const posts = await db.posts.bulkGet(tracked.map((row) => row.postKey));
  const postSnapshots = await Promise.all(tracked.map((row) => snapshotsOf(db, entityKeyOf('post', row.postKey))));
  const creatorSnapshots = await Promise.all(creators.map((creator) => snapshotsOf(db, entityKeyOf('creator', creator.creatorKey))));
  const comments = await Promise.all(tracked.map((row) => db.comments.where('postKey').equals(row.postKey).toArray()));
  return {
    campaign,
    creators,
    trackedPosts: tracked.map((row, index) => ({ tracked: row, post: posts[index] ?? null, snapshots: postSnapshots[index]!, comments: comments[index]! })),
    creatorSnapshots: Object.fromEntries(creators.map((creator, index) => [creator.creatorKey, creatorSnapshots[index]!])),
    imports,
    entries,
  };
}

export interface ShortlistChoice {
  shortlist: ShortlistRow;
  entries: { entry: ShortlistEntryRow; creator: CreatorRow | null }[];
}

/** The shortlists with their entries' creators, for picking a campaign's creators. */
export async function shortlistChoices(db: CastlistDatabase): Promise<ShortlistChoice[]> {
  const [lists, entries] = await Promise.all([db.shortlists.orderBy('createdAt').toArray(), db.shortlistEntries.toArray()]);
  const creators = await db.creators.bulkGet([...new Set(entries.map((entry) => entry.creatorKey))]);
  const byKey = new Map(creators.filter((creator): creator is CreatorRow => Boolean(creator)).map((creator) => [creator.key, creator]));
  return lists.map((shortlist) => ({
    shortlist,
    entries: entries
      .filter((entry) => entry.shortlistId === shortlist.id)
      .sort((a, b) => a.addedAt - b.addedAt)
      .map((entry) => ({ entry, creator: byKey.get(entry.creatorKey) ?? null })),
  }));
}

/** Posts Castlist has read by these creators, newest first: what the campaign view offers to track. */
export async function postsByCreators(db: CastlistDatabase, creatorKeys: readonly string[], limit = 50): Promise<PostRow[]> {
  if (creatorKeys.length === 0) return [];
  const posts = await db.posts.where('creatorKey').anyOf([...creatorKeys]).toArray();
  return posts.sort((a, b) => (b.publishedAt ?? b.firstSeenAt) - (a.publishedAt ?? a.firstSeenAt)).slice(0, limit);
}

/** The campaigns whose creators include this post's creator, each with whether it tracks the post already. */
export async function campaignsForPost(db: CastlistDatabase, postKey: string, creatorKey: string | null): Promise<{ campaign: CampaignRow; tracked: boolean }[]> {
  if (!creatorKey) return [];
  const memberships = await db.campaignCreators.where('creatorKey').equals(creatorKey).toArray();
  const campaigns = await db.campaigns.bulkGet(memberships.map((membership) => membership.campaignId));
  const tracked = new Set((await db.trackedPosts.where('postKey').equals(postKey).toArray()).map((row) => row.campaignId));
  return campaigns
    .filter((campaign): campaign is CampaignRow => Boolean(campaign))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((campaign) => ({ campaign, tracked: tracked.has(campaign.id) }));
}
