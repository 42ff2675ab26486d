import type { SiteAdapter } from '../site-adapter';
import { tiktokBadgePlacements } from './badge-placements';
import { detectTikTokPage } from './detect';
import { tiktokTiles } from './post-tile';
import { readTikTok } from './read-tiktok';

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  detect: detectTikTokPage,
  read: readTikTok,
  badgePlacements: tiktokBadgePlacements,
  tiles: tiktokTiles,
};
