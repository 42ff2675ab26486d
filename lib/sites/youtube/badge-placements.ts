/**
 * Where YouTube badges go: beside the video title on a watch page, beside the channel name on a channel page.
 */
import { creatorBadgeKey, postBadgeKey } from '../../badges/badge-keys';
import type { BadgePlacement } from '../site-adapter';
import type { Reading } from '../../reading/reading';
import { firstMatch } from '../dom-text';

const WATCH_TITLE_ANCHORS = [
  'ytd-watch-metadata #title h1', // 2022– metadata panel
  '#container > h1.title', // 2019–2022 primary info renderer
  'ytd-reel-video-renderer[is-active] h2', // Shorts: the active reel's title
] as const;

const CHANNEL_NAME_ANCHORS = [
  'yt-page-header-renderer yt-dynamic-text-view-model', // 2024– page header
  'ytd-c4-tabbed-header-renderer #channel-name', // –2024 header
] as const;

export function youtubeBadgePlacements(reading: Reading, root: Document): BadgePlacement[] {
  if (reading.surface === 'post') {
    const post = reading.posts[0];
    const anchor = firstMatch(root, WATCH_TITLE_ANCHORS);
    return anchor && post ? [{ key: postBadgeKey(post.id), anchor, position: 'append' }] : [];
  }
  if (reading.surface === 'profile' && reading.creator) {
    const anchor = firstMatch(root, CHANNEL_NAME_ANCHORS);
    return anchor ? [{ key: creatorBadgeKey(reading.creator), anchor, position: 'after' }] : [];
  }
  return [];
}
