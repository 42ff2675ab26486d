/**
 * The only hosts Castlist runs on or asks access to, and only over https: a page served over plain http can be
 * rewritten by anyone on the network, so its numbers are not evidence and its DOM is not trusted to our scripts.
 */
export const SITE_HOST_PATTERNS = {
  youtube: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  instagram: ['https://www.instagram.com/*'],
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
} as const;

export const SUPPORTED_HOST_PATTERNS = Object.values(SITE_HOST_PATTERNS).flat();
