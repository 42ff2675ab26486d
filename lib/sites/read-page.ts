/**
 * One entry for every reader: which site the URL belongs to decides which reader reads it. The CLI and the tests
 * go through here; each content script calls its own site's reader directly, to carry only that site's code.
 */
import type { Platform, Reading } from '../reading/reading';
import { identifyPage } from './identify-page';
import { readInstagram } from './instagram/read-instagram';
import { readLinkedIn } from './linkedin/read-linkedin';
import type { PageInput } from './page-input';
import { readTikTok } from './tiktok/read-tiktok';
import { readX } from './x/read-x';
import { readYouTube } from './youtube/read-youtube';

const READERS: Record<Platform, (input: PageInput) => Reading> = {
  youtube: readYouTube,
  tiktok: readTikTok,
  instagram: readInstagram,
  x: readX,
  linkedin: readLinkedIn,
};

export function readPage(input: PageInput): Reading {
  const identity = identifyPage(input.url);
  if (!identity) throw new Error(`Castlist does not read ${new URL(input.url).hostname}: not one of the supported sites`);
  return READERS[identity.platform](input);
}
