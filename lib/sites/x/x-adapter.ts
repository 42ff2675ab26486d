import type { SiteAdapter } from '../site-adapter';
import { xBadgePlacements } from './badge-placements';
import { detectXPage } from './detect';
import { readX } from './read-x';
import { xTiles } from './tweet-tile';

export const xAdapter: SiteAdapter = {
  platform: 'x',
  detect: detectXPage,
  read: readX,
  badgePlacements: xBadgePlacements,
  tiles: xTiles,
};
