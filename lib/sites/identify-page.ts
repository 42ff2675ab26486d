import type { PageIdentity } from './page-identity';
import { detectYouTubePage } from './youtube/detect';
import { detectTikTokPage } from './tiktok/detect';
import { detectInstagramPage } from './instagram/detect';
import { detectXPage } from './x/detect';
import { detectLinkedInPage } from './linkedin/detect';

const DETECTORS = [detectYouTubePage, detectTikTokPage, detectInstagramPage, detectXPage, detectLinkedInPage];

/** Which supported site and page a URL is, or null for any other site. */
export function identifyPage(url: string | URL): PageIdentity | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null; // not a URL: not a page we support
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  for (const detect of DETECTORS) {
    const identity = detect(parsed);
    if (identity) return identity;
  }
  return null;
}
