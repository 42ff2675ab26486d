import type { SiteAdapter } from '../../content/site-adapter';
import { youtubeBadgePlacements } from './badge-placements';
import { detectYouTubePage } from './detect';
import { readYouTube } from './read-youtube';

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  detect: detectYouTubePage,
  read: readYouTube,
  badgePlacements: youtubeBadgePlacements,
};
