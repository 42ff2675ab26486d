/**
 * utm_source per platform: one value per platform across every campaign, whatever the creators file calls it, so
 * GA4's source report has one row per platform. Castlist's five sites have their own names (the spellings people
 * use for them map to one); any other platform is its slug.
 */
import { PLATFORMS, type Platform } from '../reading/reading';
import { slugify } from './slug';

const PLATFORM_SPELLINGS: Record<string, Platform> = {
  youtube: 'youtube', yt: 'youtube', 'youtube-shorts': 'youtube', 'youtube-com': 'youtube',
  tiktok: 'tiktok', tt: 'tiktok', 'tik-tok': 'tiktok', 'tiktok-com': 'tiktok',
  instagram: 'instagram', ig: 'instagram', insta: 'instagram', 'instagram-com': 'instagram',
  x: 'x', twitter: 'x', 'x-com': 'x', 'x-twitter': 'x', 'twitter-com': 'x', 'x-formerly-twitter': 'x',
  linkedin: 'linkedin', 'linked-in': 'linkedin', 'linkedin-com': 'linkedin',
};

/** The platform among Castlist's five that a creators-file spelling names, or null. */
export function knownPlatformOf(spelling: string): Platform | null {
  const slug = slugify(spelling);
  return PLATFORM_SPELLINGS[slug] ?? ((PLATFORMS as readonly string[]).includes(slug) ? (slug as Platform) : null);
}

/** The utm_source for a platform as written anywhere ("Instagram", "IG" → instagram); "" when nothing is left. */
export function utmSourceOf(platform: string): string {
  return knownPlatformOf(platform) ?? slugify(platform);
}
