/**
 * The only hosts Castlist runs on or asks access to, and only over https: a page served over plain http can be
 * rewritten by anyone on the network, so its numbers are not evidence and its DOM is not trusted to our scripts.
 * One constant per site, so that each site's content script bundles its own patterns only (the 20 kB budget).
 */
export const YOUTUBE_HOST_PATTERNS = ['https://www.youtube.com/*', 'https://m.youtube.com/*'] as const;
export const TIKTOK_HOST_PATTERNS = ['https://www.tiktok.com/*'] as const;
export const INSTAGRAM_HOST_PATTERNS = ['https://www.instagram.com/*'] as const;
export const X_HOST_PATTERNS = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'] as const;
export const LINKEDIN_HOST_PATTERNS = ['https://www.linkedin.com/*'] as const;

export const SITE_HOST_PATTERNS = {
  youtube: YOUTUBE_HOST_PATTERNS,
  tiktok: TIKTOK_HOST_PATTERNS,
  instagram: INSTAGRAM_HOST_PATTERNS,
  x: X_HOST_PATTERNS,
  linkedin: LINKEDIN_HOST_PATTERNS,
} as const;

// Marked pure so that a content script that imports one site's patterns does not also keep every site's.
export const SUPPORTED_HOST_PATTERNS = /* @__PURE__ */ allHostPatterns();

function allHostPatterns() {
  return Object.values(SITE_HOST_PATTERNS).flat();
}
