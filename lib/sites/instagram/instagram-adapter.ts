import type { SiteAdapter } from '../site-adapter';
import { instagramBadgePlacements } from './badge-placements';
import { detectInstagramPage } from './detect';
import { instagramTiles } from './post-tile';
import { readInstagram } from './read-instagram';

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  detect: detectInstagramPage,
  read: readInstagram,
  badgePlacements: instagramBadgePlacements,
  tiles: instagramTiles,
};
