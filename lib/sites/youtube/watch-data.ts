/**
 * A watch page read from InnerTube data: the `/youtubei/v1/next` response (same shape as `ytInitialData` on a
 * watch page) and the `/youtubei/v1/player` response (same shape as `ytInitialPlayerResponse`).
 * Paths are from yt-dlp `_video.py` and NewPipe `YoutubeStreamExtractor` (platform-extraction.md §1.1).
 */
import { type SourcedCount, exactCount } from '../../count';
import type { CountSource } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { type Json, asArray, asCountNumber, asRecord, asString, at, findAllUnderKey } from '../json-path';
import type { ProblemLog } from '../reader-problems';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { handleFromPath, hasBadgeStyle, innertubeText } from './innertube-text';
import { innertubeSubscriberCount, youtubeCount } from './youtube-counts';
import { youtubeChannelUrl, youtubeVideoUrl } from './detect';

export interface WatchParts {
  post: PostReading;
  creator: CreatorReading | null;
}

/** The video a `next` response (or ytInitialData) describes. */
export function videoIdOfNext(next: Json): string | null {
  return (
    asString(at(next, 'currentVideoEndpoint', 'watchEndpoint', 'videoId')) ??
    asString(at(next, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId'))
  );
}

/** The video a `player` response (or ytInitialPlayerResponse) describes. */
export function videoIdOfPlayer(player: Json): string | null {
  return asString(at(player, 'videoDetails', 'videoId'));
}

export function isWatchNext(json: Json): boolean {
  return at(json, 'contents', 'twoColumnWatchNextResults') !== undefined || videoIdOfNext(json) !== null;
}

export function isPlayerResponse(json: Json): boolean {
  return asRecord(at(json, 'videoDetails')) !== null;
}

function primaryInfo(next: Json): Json {
  return findInWatchContents(next, 'videoPrimaryInfoRenderer');
}

function secondaryInfo(next: Json): Json {
  return findInWatchContents(next, 'videoSecondaryInfoRenderer');
}

function findInWatchContents(next: Json, renderer: string): Json {
  for (const item of asArray(at(next, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'))) {
    const found = at(item, renderer);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads one video. `next` and `player` must already be known to describe `videoId` (the caller checks).
 * `source` says whether the data came from the network or the embedded first-load state.
 */
export function readWatchData(
  videoId: string,
  next: Json,
  player: Json,
  lang: string | null,
  sources: { next: CountSource; player: CountSource },
  problems: ProblemLog,
  pageUrl: string,
): WatchParts {
  const source = sources.next;
  const primary = primaryInfo(next);
  const owner = at(secondaryInfo(next), 'owner', 'videoOwnerRenderer');
  const details = at(player, 'videoDetails');
  const microformat = at(player, 'microformat', 'playerMicroformatRenderer');
  const metrics: PostReading['metrics'] = {};

  const views = readViews(primary, details, microformat, lang, sources);
  if (views) metrics.views = views;
  else if (asString(at(details, 'isLive')) || at(details, 'isLive') === true) {
    problems.add('post.views', 'unavailable', 'live: viewers now, not views');
  } else problems.notFound('post.views', 'no view count');

  const likes = readLikes(primary, next, lang, source);
  if (likes) metrics.likes = likes;
  else if (at(details, 'allowRatings') === false || likesHiddenByButton(primary)) {
    problems.add('post.likes', 'hidden', 'ratings turned off');
  } else problems.notFound('post.likes', 'no like count');

  const comments = readCommentCount(next, lang, source);
  if (comments) metrics.comments = comments;
  else problems.notFound('post.comments', 'no comment count');

  const title = innertubeText(at(primary, 'title')) ?? asString(at(details, 'title'));
  const description = asString(at(details, 'shortDescription')) ?? innertubeText(at(secondaryInfo(next), 'attributedDescription'));
  const isLive = at(details, 'isLiveContent') === true && at(details, 'isLive') === true;
  const isShort = /\/shorts\//.test(pageUrl) || at(next, 'currentVideoEndpoint', 'reelWatchEndpoint') !== undefined;
  const post: PostReading = {
    id: videoId,
    url: youtubeVideoUrl(videoId, isShort),
    title,
    caption: description,
    publishedAt: readPublishedAt(microformat),
    format: isLive ? 'live' : isShort ? 'short' : 'video',
    sponsored: at(player, 'paidContentOverlay') !== undefined || hasSponsorshipDisclosure(description) || hasSponsorshipDisclosure(title),
    metrics,
  };

  const creator = readOwner(owner, details, microformat, lang, source, problems);
  if (creator) post.author = { handle: creator.handle, name: creator.name, ...(creator.id ? { id: creator.id } : {}) };
  return { post, creator };
}

function readViews(
  primary: Json,
  details: Json,
  microformat: Json,
  lang: string | null,
  sources: { next: CountSource; player: CountSource },
): SourcedCount | null {
  const source = sources.next;
  const renderer = at(primary, 'viewCount', 'videoViewCountRenderer');
  // A live stream's videoViewCountRenderer counts people watching now.
  if (at(renderer, 'isLive') === true) return null;
  for (const raw of [at(details, 'viewCount'), at(microformat, 'viewCount')]) {
    const exact = asCountNumber(raw);
    if (exact !== null) return { ...exactCount(exact, String(raw)), source: sources.player };
  }
  const full = youtubeCount(innertubeText(at(renderer, 'viewCount')), lang, source);
  if (full?.exact) return full;
  return full ?? youtubeCount(innertubeText(at(renderer, 'shortViewCount')), lang, source);
}

/**
 * The like count, exact where YouTube gives it: the like button's accessibility text ("like this video along with
 * 43,864 other people"), then older button shapes, then the shown (truncated) text.
 */
function readLikes(primary: Json, next: Json, lang: string | null, source: CountSource): SourcedCount | null {
  const buttons = asArray(at(primary, 'videoActions', 'menuRenderer', 'topLevelButtons'));
  for (const button of buttons) {
    // 2023– segmented like button view model
    const viewModel = likeButtonViewModel(button);
    const fromViewModel = youtubeCount(asString(at(viewModel, 'accessibilityText')), lang, source);
    if (fromViewModel) return fromViewModel;
    // 2023 segmented like button renderer: an exact number
    const likeCount = asCountNumber(at(button, 'segmentedLikeDislikeButtonRenderer', 'likeCount'));
    if (likeCount !== null) return { ...exactCount(likeCount), source };
    // 2019–2023 toggle buttons: "3,485,266 likes"
    for (const toggle of [at(button, 'segmentedLikeDislikeButtonRenderer', 'likeButton', 'toggleButtonRenderer'), at(button, 'toggleButtonRenderer')]) {
      if (toggle === undefined || !isLikeToggle(toggle)) continue;
      const label =
        asString(at(toggle, 'defaultText', 'accessibility', 'accessibilityData', 'label')) ??
        asString(at(toggle, 'accessibilityData', 'accessibilityData', 'label')) ??
        asString(at(toggle, 'accessibility', 'label'));
      const fromLabel = youtubeCount(label, lang, source);
      if (fromLabel) return fromLabel;
      const shown = youtubeCount(innertubeText(at(toggle, 'defaultText')), lang, source);
      if (shown) return shown;
    }
  }
  // 2024– entity store: the like count entity referenced by the button.
  for (const entity of findAllUnderKey(at(next, 'frameworkUpdates'), 'likeCountEntity', 5)) {
    const exact = asCountNumber(at(entity, 'likeCountIfIndifferentNumber'));
    if (exact !== null) return { ...exactCount(exact), source };
  }
  return null;
}

/** The 2023– like button: its accessibility text carries the exact count. */
function likeButtonViewModel(button: Json): Json {
  return at(button, 'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel', 'likeButtonViewModel', 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel');
}

/** Old toggle buttons come in a like/dislike pair; the like one has the LIKE icon. */
function isLikeToggle(toggle: Json): boolean {
  const icon = asString(at(toggle, 'defaultIcon', 'iconType'));
  return icon === null || icon === 'LIKE';
}

function likesHiddenByButton(primary: Json): boolean {
  for (const button of asArray(at(primary, 'videoActions', 'menuRenderer', 'topLevelButtons'))) {
    const viewModel = likeButtonViewModel(button);
    const text = asString(at(viewModel, 'accessibilityText'));
    if (text !== null && !/\d/.test(text)) return true;
  }
  return false;
}

const COMMENT_PANELS = new Set(['engagement-panel-comments-section', 'comment-item-section']);

function readCommentCount(next: Json, lang: string | null, source: CountSource): SourcedCount | null {
  for (const item of asArray(at(next, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'))) {
    for (const content of asArray(at(item, 'itemSectionRenderer', 'contents'))) {
      const header = at(content, 'commentsEntryPointHeaderRenderer');
      if (header === undefined) continue;
      const count = youtubeCount(innertubeText(at(header, 'commentCount')), lang, source);
      if (count) return count;
    }
  }
  for (const panel of asArray(at(next, 'engagementPanels'))) {
    const section = at(panel, 'engagementPanelSectionListRenderer');
    const identifier = asString(at(section, 'panelIdentifier')) ?? asString(at(section, 'targetId'));
    if (!identifier || !COMMENT_PANELS.has(identifier)) continue;
    const info = at(section, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo');
    const count = youtubeCount(innertubeText(info), lang, source);
    if (count) return count;
  }
  return null;
}

/** The publish time from the player's microformat; a watch response alone only has a localized date text. */
function readPublishedAt(microformat: Json): string | null {
  const raw = asString(at(microformat, 'publishDate')) ?? asString(at(microformat, 'uploadDate'));
  if (!raw) return null;
  // A bare date is YouTube's US/Pacific calendar day (yt-dlp); keep the day, at Pacific midnight.
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return `${raw}T00:00:00-08:00`;
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function readOwner(
  owner: Json,
  details: Json,
  microformat: Json,
  lang: string | null,
  source: CountSource,
  problems: ProblemLog,
): CreatorReading | null {
  const browse = at(owner, 'navigationEndpoint', 'browseEndpoint');
  const channelId = asString(at(browse, 'browseId')) ?? asString(at(details, 'channelId'));
  const handle =
    handleFromPath(asString(at(browse, 'canonicalBaseUrl'))) ??
    handleFromPath(asString(at(microformat, 'ownerProfileUrl')));
  const name = innertubeText(at(owner, 'title')) ?? asString(at(details, 'author'));
  if (!channelId && !handle) {
    problems.notFound('creator', 'no channel id or handle');
    return null;
  }
  const creator: CreatorReading = {
    ...(channelId ? { id: channelId } : {}),
    handle,
    name,
    url: youtubeChannelUrl(handle, channelId),
  };
  const verified = hasBadgeStyle(at(owner, 'badges'), /VERIFIED/);
  if (verified !== undefined) creator.verified = verified;
  const subscribers = innertubeSubscriberCount(at(owner, 'subscriberCountText'), lang, source);
  if (subscribers) creator.followers = subscribers;
  else problems.notFound('creator.followers', 'no subscriber count (hidden?)');
  return creator;
}
