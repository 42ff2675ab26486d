/**
 * A creator's profile URL as each site writes it, from what a creator row knows (handle, platform id, kind). The
 * CRM presets need one URL per creator; the stored URL (the page's own) is used when no handle gives one.
 */
import type { CreatorRow } from '../db/rows';

export function profileUrlOf(creator: Pick<CreatorRow, 'platform' | 'handle' | 'platformId' | 'url' | 'kind'>): string | null {
  const handle = creator.handle ? encodeURIComponent(creator.handle) : null;
  switch (creator.platform) {
    case 'youtube':
      if (handle) return `https://www.youtube.com/@${handle}`;
      if (creator.platformId) return `https://www.youtube.com/channel/${encodeURIComponent(creator.platformId)}`;
      break;
    case 'tiktok':
      if (handle) return `https://www.tiktok.com/@${handle}`;
      break;
    case 'instagram':
      if (handle) return `https://www.instagram.com/${handle}/`;
      break;
    case 'x':
      if (handle) return `https://x.com/${handle}`;
      break;
    case 'linkedin':
      if (handle) return `https://www.linkedin.com/${creator.kind === 'company' ? 'company' : 'in'}/${handle}/`;
      break;
  }
  return creator.url;
}
