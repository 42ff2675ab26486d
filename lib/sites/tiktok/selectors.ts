/**
 * TikTok's rendered DOM, one list per thing, each alternative with the layout it serves. TikTok's classes are
 * emotion hashes ("tiktok-1p23b18-StrongVideoCount", "css-…"): never used. The `data-e2e` test hooks and links are
 * what stay (platform-extraction.md §2; the 2022–23 profile in ../shared/fixtures/tiktok).
 */

/** Profile header: the handle. 2022–23 `h2[data-e2e=user-title]`, 2024– `h1[data-e2e=user-title]`. */
export const profileTitle = ['[data-e2e="user-title"]'] as const;
/** Profile header: the display name (2022–23 `h1`, 2024– `h2`). */
export const profileSubtitle = ['[data-e2e="user-subtitle"]'] as const;

/** Profile header counts, compact text ("6.2M"); the `title` attribute is the label ("Followers"), not a number. */
export const profileFollowers = ['strong[data-e2e="followers-count"]', '[data-e2e="followers-count"]'] as const;
export const profileFollowing = ['strong[data-e2e="following-count"]', '[data-e2e="following-count"]'] as const;
export const profileLikes = ['strong[data-e2e="likes-count"]', '[data-e2e="likes-count"]'] as const;

/** A post's like count: the marker that one post's action bar is inside an element (see post-dom.ts). */
export const likeCount = [
  '[data-e2e="like-count"]', // video page and For You feed, 2021–
  '[data-e2e="browse-like-count"]', // browse modal opened from a grid or feed, 2022–
] as const;
export const commentCount = ['[data-e2e="comment-count"]', '[data-e2e="browse-comment-count"]'] as const;
export const shareCount = ['[data-e2e="share-count"]', '[data-e2e="browse-share-count"]'] as const;
export const saveCount = [
  '[data-e2e="undefined-count"]', // 2022–2026: the favourite button's hook is literally "undefined"
  '[data-e2e="favorite-count"]', // 2026 rename (gabireze/tiktok-all-favorite-videos-remover PR #7)
] as const;

export const postCaption = [
  '[data-e2e="browse-video-desc"]', // video page and browse modal
  '[data-e2e="video-desc"]', // For You feed item
] as const;
export const postAuthorHandle = [
  '[data-e2e="browse-username"]', // video page and browse modal
  '[data-e2e="video-author-uniqueid"]', // For You feed item
] as const;
/** The feed item's avatar links to its author ("/@handle"). */
export const postAuthorLink = ['a[data-e2e="video-author-avatar"][href]', 'a[data-e2e="browse-user-avatar"][href]'] as const;
/** The browse modal's "copy link" box: its text is the post's URL. */
export const postLinkText = ['[data-e2e="browse-video-link"]'] as const;
/** The player's wrapper is "xgwrapper-0-<post id>", in the feed and on the video page. */
export const playerWrapper = '[id^="xgwrapper-"]';

/** Post tiles of grids, feeds and search results. */
export const postTile = [
  '[data-e2e="user-post-item"]', // profile grid, 2020–
  '[data-e2e="user-liked-item"]', // profile "Liked" tab
  '[data-e2e="recommend-list-item-container"]', // For You / Following feed item, 2022–
  '[data-e2e="search_top-item"]', // search results, Top tab
  '[data-e2e="search_video-item"]', // search results, Videos tab
  '[data-e2e="explore-item"]', // Explore grid
].join(',');

/** A grid tile's play count ("52.1K"); TikTok shows plays only on tiles, not on the video page. */
export const tileViews = ['strong[data-e2e="video-views"]', '[data-e2e="video-views"]'] as const;
/** "Pinned" badge on a profile grid tile. */
export const tileBadge = ['[data-e2e="video-card-badge"]'] as const;

/** A comment's text ("p" or "span" depending on the version); replies are level 2. */
export const commentText = '[data-e2e="comment-level-1"]';
export const replyText = '[data-e2e="comment-level-2"]';
export const commentUsername = ['[data-e2e="comment-username-1"]'] as const;
export const replyUsername = '[data-e2e="comment-username-2"]';
export const commentLikes = ['[data-e2e="comment-like-count"]'] as const;
export const commentTime = ['[data-e2e="comment-time-1"]'] as const;
