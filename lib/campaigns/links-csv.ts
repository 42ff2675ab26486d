/** The link builder's export: one row per creator with the link, its parameters and the promo code. */
import type { CreatorLink } from './campaign-links';
import { toSafeCsv } from './csv-cells';

export const LINKS_CSV_HEADER = ['handle', 'platform', 'link', 'promo_code', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;

export function campaignLinksCsv(links: readonly CreatorLink[]): string {
  return toSafeCsv(
    LINKS_CSV_HEADER,
    links.map((link) => [link.handle, link.platform, link.link, link.promoCode, link.utmSource, link.utmMedium, link.utmCampaign, link.utmContent]),
  );
}
