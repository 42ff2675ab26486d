/**
 * Where YouTube badges go: beside the video title on a watch page, beside the channel name on a channel page.
 */
import { creatorBadge, postBadge } from '../../badges/badge-model';
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
    const model = post && postBadge('youtube', post, reading.creator);
    return anchor && model ? [{ key: `post:${post!.id}`, anchor, position: 'append', model }] : [];
  }
  if (reading.surface === 'profile' && reading.creator) {
    const anchor = firstMatch(root, CHANNEL_NAME_ANCHORS);
    const model = creatorBadge('youtube', reading.creator, reading.posts);
    return anchor && model ? [{ key: `creator:${reading.creator.handle ?? reading.creator.id}`, anchor, position: 'after', model }] : [];
  }
  return [];
}
