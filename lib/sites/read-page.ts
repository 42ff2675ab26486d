/**
 * One entry for every reader: which site the URL belongs to decides which site reads it. The CLI and the tests go
 * through here; each content script runs its own site's adapter, to carry only that site's code. Both take the same
 * path: the site's reader, then the page's tiles through lib/sites/page-tiles.ts.
 */
import type { Platform, Reading } from '../reading/reading';
import { identifyPage } from './identify-page';
import { instagramAdapter } from './instagram/instagram-adapter';
import { linkedinAdapter } from './linkedin/linkedin-adapter';
import { readLinkedIn } from './linkedin/read-linkedin';
import type { PageInput } from './page-input';
import { readWithTiles } from './page-tiles';
import type { SiteAdapter } from './site-adapter';
import { tiktokAdapter } from './tiktok/tiktok-adapter';
import { xAdapter } from './x/x-adapter';
import { readYouTube } from './youtube/read-youtube';
import { youtubeAdapter } from './youtube/youtube-adapter';

// The content scripts read their site's pages only; the CLI also reads bare API responses, whose data says what
// page they are (each site's reader for any URL).
const ADAPTERS: Record<Platform, SiteAdapter> = {
  youtube: { ...youtubeAdapter, read: readYouTube },
  tiktok: tiktokAdapter,
  instagram: instagramAdapter,
  x: xAdapter,
  linkedin: { ...linkedinAdapter, read: readLinkedIn },
};

export function readPage(input: PageInput): Reading {
  const identity = identifyPage(input.url);
  if (!identity) throw new Error(`Castlist does not read ${new URL(input.url).hostname}: not one of the supported sites`);
  return readWithTiles(ADAPTERS[identity.platform], input);
}
