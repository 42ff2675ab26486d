/**
 * A campaign as the background changes it: its row, its creators and its tracked posts read together in the
 * change's transaction, changed in memory, checked whole by the campaign model (lib/campaigns/campaign.ts), and only
 * then written. A change that would break a rule is a CampaignError carrying the model's sentences, and nothing of it
 * is stored.
 */
import { validateCampaign } from '../campaigns/campaign';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CampaignCreatorRow, CampaignRow, TrackedPostRow } from '../db/rows';

export class CampaignError extends Error {
  override name = 'CampaignError';
}

export interface CampaignRecords {
  campaign: CampaignRow;
  creators: CampaignCreatorRow[];
  trackedPosts: TrackedPostRow[];
}

/** The tables a change of a campaign's records touches (one transaction). */
export function campaignTables(db: CastlistDatabase) {
  return [db.campaigns, db.campaignCreators, db.trackedPosts] as const;
}

export async function requireCampaign(db: CastlistDatabase, campaignId: string): Promise<CampaignRow> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) throw new CampaignError(`no campaign with id ${campaignId}`);
  return campaign;
}

export async function readCampaignRecords(db: CastlistDatabase, campaignId: string): Promise<CampaignRecords> {
  const campaign = await requireCampaign(db, campaignId);
  const [creators, trackedPosts] = await Promise.all([
    db.campaignCreators.where('campaignId').equals(campaignId).sortBy('addedAt'),
    db.trackedPosts.where('campaignId').equals(campaignId).sortBy('addedAt'),
  ]);
  return { campaign, creators, trackedPosts };
}

/** Throws a CampaignError with every rule the records break (the model's own sentences). */
export function checkCampaignRecords(records: CampaignRecords): void {
  const { campaign, creators, trackedPosts } = records;
  const validation = validateCampaign({
    id: campaign.id,
    name: campaign.name,
    objective: campaign.objective,
    primaryKpi: campaign.primaryKpi,
    supportingKpis: campaign.supportingKpis,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    budget: campaign.budget,
    creators: creators.map((creator) => ({
      creatorKey: creator.creatorKey,
      platform: creator.platform,
      kind: creator.kind,
      handle: creator.handle,
      agreedCost: creator.agreedCost,
      promoCode: creator.promoCode,
      utmContent: creator.utmContent,
    })),
    trackedPosts: trackedPosts.map((post) => ({ postKey: post.postKey, creatorKey: post.creatorKey, url: post.url, addedAt: post.addedAt })),
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
  });
  if (!validation.ok) throw new CampaignError(`campaign "${campaign.name}" not saved: ${validation.problems.join('; ')}`);
}
