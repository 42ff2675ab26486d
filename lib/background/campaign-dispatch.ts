/** The campaign messages, each to its handler (campaigns.ts, campaign-tracking.ts, campaign-imports.ts). */
import type { CastlistDatabase } from '../db/castlist-db';
import type { CampaignMessage } from '../messages/campaign-messages';
import { deleteCampaignResults, deleteKpiValue, importCampaignResults, recordKpiValue } from './campaign-imports';
import { trackPost, untrackPost } from './campaign-tracking';
import { addCampaignCreator, createCampaign, deleteCampaign, removeCampaignCreator, updateCampaign, updateCampaignCreator } from './campaigns';

export function dispatchCampaignMessage(message: CampaignMessage, db: CastlistDatabase, now: number): Promise<{ id: string }> {
  switch (message.type) {
    case 'campaign.create':
      return createCampaign(db, message, now);
    case 'campaign.update':
      return updateCampaign(db, message, now);
    case 'campaign.delete':
      return deleteCampaign(db, message);
    case 'campaign.add-creator':
      return addCampaignCreator(db, message, now);
    case 'campaign.update-creator':
      return updateCampaignCreator(db, message, now);
    case 'campaign.remove-creator':
      return removeCampaignCreator(db, message, now);
    case 'campaign.track-post':
      return trackPost(db, message, now);
    case 'campaign.untrack-post':
      return untrackPost(db, message, now);
    case 'campaign.import-results':
      return importCampaignResults(db, message, now);
    case 'campaign.delete-results':
      return deleteCampaignResults(db, message);
    case 'campaign.record-kpi':
      return recordKpiValue(db, message, now);
    case 'campaign.delete-kpi':
      return deleteKpiValue(db, message);
    default:
      return unreachable(message);
  }
}

function unreachable(message: never): never {
  throw new Error(`no handler for campaign message ${JSON.stringify(message)}`);
}
