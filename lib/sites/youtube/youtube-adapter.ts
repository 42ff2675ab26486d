import type { SiteAdapter } from '../site-adapter';
import { youtubeBadgePlacements } from './badge-placements';
import { detectYouTubePage } from './detect';
import { readYouTubePage } from './read-youtube';
import { youtubeTiles } from './video-tile';

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  detect: detectYouTubePage,
  read: (input) => readYouTubePage(input),
  badgePlacements: youtubeBadgePlacements,
  tiles: youtubeTiles,
};
