/**
 * The link builder's output for a stored campaign: one tagged link per campaign creator, from the campaign's
 * landing page, utm_campaign and utm_medium and each creator's frozen utm_content and promo code (campaign-links.ts
 * gives new creators theirs; once given, they are read back, never recomputed).
 */
import type { CampaignCreatorRow, CampaignRow } from '../db/rows';
import type { CreatorLink } from './campaign-links';
import { taggedLink } from './tagged-link';
import { utmSourceOf } from './utm-source';

/** Links are empty ("") while the campaign has no landing page. */
export function storedCreatorLinks(campaign: CampaignRow, creators: readonly CampaignCreatorRow[]): CreatorLink[] {
  const { base, utmCampaign, utmMedium } = campaign.links;
  return creators.map((creator) => {
    const utmSource = utmSourceOf(creator.platform);
    return {
      handle: creator.handle,
      platform: creator.platform,
      utmSource,
      utmMedium,
      utmCampaign,
      utmContent: creator.utmContent,
      promoCode: creator.promoCode,
      link: base ? taggedLink(base, { source: utmSource, medium: utmMedium, campaign: utmCampaign, content: creator.utmContent }) : '',
    };
  });
}
