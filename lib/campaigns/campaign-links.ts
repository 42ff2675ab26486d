/**
 * The link builder: one tagged link and one promo code per creator of a campaign, with the parameters consistent
 * across it (utm_source per platform, one utm_medium, the campaign's slug, one utm_content per creator). The panel
 * and `npm run cli -- utm` both call this.
 */
import { assignPromoCodes, assignUtmContents, type TaggableCreator } from './creator-tags';
import { SLUG_RULES, slugify } from './slug';
import { checkBaseUrl, taggedLink } from './tagged-link';
import { utmSourceOf } from './utm-source';

export const DEFAULT_UTM_MEDIUM = 'influencer';

export interface CampaignLinkRequest {
  base: string;
  campaign: string;
  /** utm_medium, slugged; influencer when absent. */
  medium?: string;
  creators: readonly TaggableCreator[];
}

export interface CreatorLink {
  handle: string;
  platform: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  utmContent: string;
  promoCode: string;
  link: string;
}

export class CampaignLinksError extends Error {
  override name = 'CampaignLinksError';
}

/** The rules the values follow, as the panel shows them beside the links. */
export const LINK_RULES: readonly string[] = [
  'utm_source: the platform (instagram, tiktok, youtube, x, linkedin; other platforms by the rules below)',
  `utm_medium: one value for the whole campaign (${DEFAULT_UTM_MEDIUM} unless set)`,
  'utm_campaign: the campaign name by the rules below',
  'utm_content: one value per creator, from the utm_content given or the handle; a value already taken gets -<platform>, then -2, -3, …',
  ...SLUG_RULES.map((rule) => `values: ${rule}`),
  "the base URL's own query and fragment are kept; its own utm_source/medium/campaign/content are replaced",
  'promo code: the code given, else the handle in capitals + two digits, never 0, O, 1, I or L; unique within the campaign',
];

export function campaignLinks(request: CampaignLinkRequest): CreatorLink[] {
  const base = checkBaseUrl(request.base);
  const utmCampaign = slugify(request.campaign);
  if (!utmCampaign) throw new CampaignLinksError(`campaign name "${request.campaign}" has no letter or digit a URL can carry`);
  const utmMedium = slugify(request.medium ?? DEFAULT_UTM_MEDIUM);
  if (!utmMedium) throw new CampaignLinksError(`utm_medium "${request.medium}" has no letter or digit a URL can carry`);
  request.creators.forEach((creator) => {
    if (!utmSourceOf(creator.platform)) throw new CampaignLinksError(`creator ${creator.handle || '(no handle)'} has no platform (utm_source needs one)`);
  });
  const contents = assignUtmContents(request.creators);
  const codes = assignPromoCodes(utmCampaign, request.creators);
  return request.creators.map((creator, index) => {
    const utmSource = utmSourceOf(creator.platform);
    const utmContent = contents[index]!;
    return {
      handle: creator.handle,
      platform: creator.platform,
      utmSource,
      utmMedium,
      utmCampaign,
      utmContent,
      promoCode: codes[index]!,
      link: taggedLink(base, { source: utmSource, medium: utmMedium, campaign: utmCampaign, content: utmContent }),
    };
  });
}
