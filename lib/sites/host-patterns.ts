/** The only hosts Castlist runs on or asks access to. */
export const SITE_HOST_PATTERNS = {
  youtube: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  tiktok: ['*://www.tiktok.com/*'],
  instagram: ['*://www.instagram.com/*'],
  x: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*'],
  linkedin: ['*://www.linkedin.com/*'],
} as const;

export const SUPPORTED_HOST_PATTERNS = Object.values(SITE_HOST_PATTERNS).flat();
