/**
 * Tracking a live post in a campaign. Castlist fetches nothing: once tracked, each of the user's own visits to the
 * post stores a snapshot as any visit does (ingest-reading.ts), retention keeps every one of them
 * (keep-sets.ts: campaignPostsAndCreators), and the panel charts them against the campaign's targets. The post must
 * be one Castlist has read (so its creator is known) by a creator of the campaign.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { TrackedPostRow } from '../db/rows';
import type { CampaignMessageOf } from '../messages/campaign-messages';
import { CampaignError, campaignTables, checkCampaignRecords, readCampaignRecords } from './campaign-records';

export async function trackPost(db: CastlistDatabase, message: CampaignMessageOf<'campaign.track-post'>, now: number): Promise<{ id: string }> {
  return db.transaction('rw', [...campaignTables(db), db.posts], async () => {
    const records = await readCampaignRecords(db, message.campaignId);
    const { campaign } = records;
    const post = await db.posts.get(message.postKey);
    if (!post) throw new CampaignError(`Castlist has not read the post ${message.postKey}: open it first`);
    if (!post.creatorKey) throw new CampaignError(`the post ${message.postKey} was read without its creator: open it again so Castlist can tell whose it is`);
    if (records.trackedPosts.some((tracked) => tracked.postKey === post.key)) {
      throw new CampaignError(`the post ${post.key} is already tracked in the campaign "${campaign.name}"`);
    }
    if (!records.creators.some((creator) => creator.creatorKey === post.creatorKey)) {
      throw new CampaignError(`the post ${post.key} is by ${post.creatorKey}, who is not in the campaign "${campaign.name}": add them to it first`);
    }
    const tracked: TrackedPostRow = { id: crypto.randomUUID(), campaignId: campaign.id, postKey: post.key, creatorKey: post.creatorKey, url: post.url, addedAt: now };
    const changed = { ...campaign, updatedAt: now };
    checkCampaignRecords({ ...records, campaign: changed, trackedPosts: [...records.trackedPosts, tracked] });
    await db.trackedPosts.add(tracked);
    await db.campaigns.put(changed);
    return { id: tracked.id };
  });
}

/** Stops tracking; the snapshots stored so far stay (retention treats them as any other post's from then on). */
export async function untrackPost(db: CastlistDatabase, message: CampaignMessageOf<'campaign.untrack-post'>, now: number): Promise<{ id: string }> {
  return db.transaction('rw', campaignTables(db), async () => {
    const records = await readCampaignRecords(db, message.campaignId);
    const tracked = records.trackedPosts.find((candidate) => candidate.postKey === message.postKey);
    if (!tracked) throw new CampaignError(`the post ${message.postKey} is not tracked in the campaign "${records.campaign.name}"`);
    await db.trackedPosts.delete(tracked.id);
    await db.campaigns.put({ ...records.campaign, updatedAt: now });
    return { id: tracked.id };
  });
}
