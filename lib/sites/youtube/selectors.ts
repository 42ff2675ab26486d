/**
 * YouTube's rendered DOM, one list per thing, each alternative with the layout it serves. Never hashed classes:
 * custom element names, ids and attributes YouTube keeps across redesigns.
 */

/** The watch page's root element, carrying the video id it currently shows (RYD `isVideoLoaded`). */
export const watchRoot = [
  'ytd-watch-flexy', // desktop watch page, 2019–
  'ytd-watch-grid', // spring-2024 grid watch layout
] as const;

/**
 * The schema.org VideoObject microdata of the server-rendered page (2013–2023): its own videoId, and the exact views
 * as interactionCount. In the –2020 server-rendered layout (#watch7-content) it names the video the page shows.
 */
export const microdataVideo = '[itemtype$="schema.org/VideoObject"]';
/** Its property naming the video: videoId (–2022), identifier (2022–). */
export const microdataVideoId = ['videoId', 'identifier'] as const;

export const watchTitle = [
  'ytd-watch-metadata h1 yt-formatted-string', // 2022– metadata panel
  'h1.title yt-formatted-string', // 2019–2022 primary info renderer
  '#eow-title', // 2013–2020 server-rendered layout
] as const;

/** Exact views, "14,358 views". */
export const watchViewsExact = [
  'ytd-video-view-count-renderer .view-count', // 2019–2023 primary info ("14,358 views")
  'tp-yt-paper-tooltip[for="info"] #tooltip', // 2023– tooltip over the compact views ("1,234,567 views • Jan 1, 2024")
  '#watch7-views-info .watch-view-count', // 2013–2020 server-rendered layout ("1,234,567 views")
] as const;

/** Compact views, "14K views": only when the exact text is absent. */
export const watchViewsShort = [
  'ytd-video-view-count-renderer .short-view-count', // 2019–2023
  'ytd-watch-metadata #info-container #info > span:first-child', // 2023– compact info line
] as const;

/**
 * The like button; its aria-label carries the exact count in the page's language ("like this video along with 245
 * other people", "Ich mag das Video (wie 27 andere auch)"). Only the like button itself: the labels around it (the
 * dislike button, durations such as "19 Minuten, 14 Sekunden") are other controls'.
 */
export const likeButton = [
  'like-button-view-model button[aria-label]', // 2023– segmented like button view model
  '#segmented-like-button button[aria-label]', // 2022–2023 segmented like button
  // 2019–2022 toggle buttons (ytd-video-primary-info-renderer, then briefly ytd-watch-metadata): the like button is
  // the bar's first toggle, the dislike button its second; #top-level-buttons before 2021
  ':is(ytd-video-primary-info-renderer, ytd-watch-metadata) :is(#top-level-buttons-computed, #top-level-buttons) > ytd-toggle-button-renderer:first-of-type button[aria-label]',
  // the same toggle's text, where its button has no label ("3,418 likes", shown "3.4K")
  ':is(ytd-video-primary-info-renderer, ytd-watch-metadata) :is(#top-level-buttons-computed, #top-level-buttons) > ytd-toggle-button-renderer:first-of-type #text[aria-label]',
  // 2014–2020 server-rendered layout; its hidden "-clicked" twin counts the viewer's own like as well
  '.like-button-renderer-like-button-unclicked[aria-label]',
] as const;

export const ownerSubscribers = [
  'ytd-watch-metadata #owner-sub-count', // 2022– metadata panel
  'ytd-video-owner-renderer #owner-sub-count', // 2019– owner renderer (also inside the hidden legacy copy)
  // 2013–2020 server-rendered layout, beside the owner's subscribe button ("187.983", "3,4 tys.")
  '.yt-subscription-button-subscriber-count-branded-horizontal.yt-subscriber-count',
] as const;

export const ownerLink = [
  'ytd-watch-metadata ytd-video-owner-renderer a[href]', // 2022–
  'ytd-video-owner-renderer #channel-name a[href]', // 2019–
  '#watch7-user-header .yt-user-info a[href]', // 2013–2020 server-rendered layout
] as const;

export const ownerName = [
  'ytd-watch-metadata ytd-channel-name#channel-name yt-formatted-string a', // 2022–
  'ytd-video-owner-renderer ytd-channel-name yt-formatted-string a', // 2019–
  '#watch7-user-header .yt-user-info a', // 2013–2020 server-rendered layout
] as const;

/** Lazy: rendered only once the comments section scrolls into view ("2,455 Comments"). */
export const commentCount = [
  'ytd-comments-header-renderer #count .count-text', // 2019–
  'ytd-comments-header-renderer h2 #count yt-formatted-string', // 2023– header variant
  'ytd-comments-entry-point-header-renderer #count', // narrow layout: the collapsed comments teaser ("Comments 9")
] as const;

/**
 * The channel page YouTube shows: its browse element of the channels kind that is not hidden (YouTube keeps the
 * browse elements of earlier pages, hidden, after in-page navigation).
 */
export const channelPage = 'ytd-browse[page-subtype="channels"]:not([hidden])';

/** The –2024 header's handle ("@name", 2022–2024). */
export const c4Handle = ['ytd-c4-tabbed-header-renderer #channel-handle'] as const;

/** Channel header rows ("@handle", "1.2M subscribers • 500 videos"); BEM and camelCase class generations. */
export const channelHeaderRows = [
  'yt-page-header-renderer yt-content-metadata-view-model .ytContentMetadataViewModelMetadataRow', // 2025– camelCase
  'yt-page-header-renderer yt-content-metadata-view-model .yt-content-metadata-view-model-wiz__metadata-row', // 2024 wiz
  'yt-page-header-renderer yt-content-metadata-view-model .yt-content-metadata-view-model__metadata-row', // 2024–2025 BEM
] as const;

export const channelHeaderName = [
  'yt-page-header-renderer yt-dynamic-text-view-model h1', // 2024–
  'ytd-c4-tabbed-header-renderer #channel-name #text', // –2024
] as const;

/** –2024 header counts. */
export const c4Subscribers = ['ytd-c4-tabbed-header-renderer #subscriber-count'] as const;
export const c4VideosCount = ['ytd-c4-tabbed-header-renderer #videos-count'] as const;

/** Video tiles of grids, feeds, search results and recommendations. */
export const videoTile = [
  'ytd-rich-item-renderer', // home feed and channel grids, 2020–
  'ytd-grid-video-renderer', // –2022 channel grid
  'ytd-video-renderer', // search results
  'ytd-compact-video-renderer', // watch-page recommendations, –2025
  'yt-lockup-view-model', // 2025– lockups (recommendations, grids)
].join(',');

/**
 * A tile's channel name where it links nowhere (a watch page's recommendations): a name, not an identity. Links to
 * the channel (/@handle, /channel/UC…) are found by their href in any generation (video-owner.ts).
 */
export const tileChannelName = ['ytd-channel-name #text'] as const; // 2019– ytd-*-renderer byline

/** The tile's link to its video (watch or Shorts). */
export const tileLink = ['a#thumbnail[href]', 'a#video-title-link[href]', 'a[href*="/watch?v="]', 'a[href*="/shorts/"]'] as const;

/** The tile's first metadata line part, the views ("1.2M views"); the second is the age. */
export const tileViews = [
  '#metadata-line > span:first-of-type', // 2019– ytd-*-renderer metadata line
  '.yt-content-metadata-view-model__metadata-row:last-child > span:first-child', // 2025 lockup, BEM
  '.ytContentMetadataViewModelMetadataRow:last-child > span:first-child', // 2025– lockup, camelCase
  '.shortsLockupViewModelHostMetadataSubhead span', // 2024– Shorts lockup ("895K views" under the title)
  '.yt-shorts-lockup-view-model__metadata-subhead span', // 2024 Shorts lockup, BEM
] as const;

export const tileTitle = ['#video-title', '.yt-lockup-metadata-view-model__title', '.ytLockupMetadataViewModelTitle'] as const;

/** A live tile's first part is people watching now, not views. */
export const tileLiveBadge = [
  '.badge-style-type-live-now-alternate', // 2021– live badge
  '[overlay-style="LIVE"]', // thumbnail overlay
  'badge-shape.badge-shape-wiz--thumbnail-live', // 2025 lockup badge
] as const;

export const tileBadgeAnchor = ['#metadata-line', '#meta', '.yt-content-metadata-view-model', '.ytContentMetadataViewModelHost', '#details'] as const;
