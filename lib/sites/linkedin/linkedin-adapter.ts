import type { SiteAdapter } from '../site-adapter';
import { linkedinBadgePlacements } from './badge-placements';
import { detectLinkedInPage } from './detect';
import { linkedinTiles } from './feed-tile';
import { readLinkedInPage } from './read-linkedin';

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  detect: detectLinkedInPage,
  read: (input) => readLinkedInPage(input),
  badgePlacements: linkedinBadgePlacements,
  tiles: linkedinTiles,
};
