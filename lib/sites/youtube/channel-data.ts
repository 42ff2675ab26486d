/**
 * A channel page read from InnerTube data: the `/youtubei/v1/browse` response (same shape as `ytInitialData` on a
 * channel page). Three header generations are read side by side:
 *   pageHeaderRenderer / pageHeaderViewModel (2024–): metadata rows of parts, read by position (NewPipe: "the
 *     subscriber count is at the same position for all languages");
 *   c4TabbedHeaderRenderer (–2024): subscriberCountText, videosCountText;
 *   metadata.channelMetadataRenderer: the channel's id, name and vanity URL, on every generation.
 */
import type { CountSource, SourcedCount } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { type Json, asArray, asRecord, asString, at, findUnderKeys } from '../json-path';
import { agreedCount } from '../merge';
import type { ProblemLog } from '../reader-problems';
import type { PostAuthor } from '../post-attribution';
import { handleFromPath, hasBadgeStyle, innertubeText } from './innertube-text';
import { channelOfShelf, ownerOfVideoData } from './video-owner';
import { innertubeSubscriberCount, youtubeCount, youtubeSubscriberCount } from './youtube-counts';
import { youtubeChannelUrl, youtubeVideoUrl } from './detect';

export interface ChannelIdentity {
  id: string | null;
  handle: string | null;
  /** Custom URLs ("c/name", "user/name", lower case): the one a legacy URL names, or those the data answers to. */
  legacy?: string[];
}

/**
 * "/c/Name/videos" → "c/name"; "http://www.youtube.com/user/Name" → "user/name"; anything else → null. Compared as
 * written (URLs and the data's URLs are escaped alike), in lower case.
 */
export function legacyChannelPath(path: string | null | undefined): string | null {
  const match = /^(?:https?:\/\/[^/]+)?\/(c|user)\/([^/?#]+)/.exec(path ?? '');
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : null;
}

/** A channel's own uploads: its Videos, Shorts and Live tabs, by the tab's URL (/@h/videos, /c/name/shorts, …). */
export const UPLOADS_TAB_PATH = /\/(?:videos|shorts|streams)(?:[/?#]|$)/;

export function isChannelBrowse(json: Json): boolean {
  return asRecord(at(json, 'metadata', 'channelMetadataRenderer')) !== null || asRecord(at(json, 'header')) !== null && at(json, 'contents', 'twoColumnBrowseResultsRenderer') !== undefined;
}

export function channelIdentityOfBrowse(browse: Json): ChannelIdentity {
  const metadata = at(browse, 'metadata', 'channelMetadataRenderer');
  const c4 = at(browse, 'header', 'c4TabbedHeaderRenderer');
  const id = asString(at(metadata, 'externalId')) ?? asString(at(c4, 'channelId'));
  const handle =
    handleFromPath(asString(at(metadata, 'vanityChannelUrl'))) ??
    handleFromPath(asString(at(asArray(at(metadata, 'ownerUrls'))[0]))) ??
    handleFromPath(innertubeText(at(c4, 'channelHandleText'))) ??
    handleFromPath(asString(at(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'))) ??
    handleFromPath(headerHandlePart(at(browse, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel')));
  // Before handles (–2022) the data names the channel's custom URL: its vanity URL, owner URLs and base URL.
  const paths = [asString(at(metadata, 'vanityChannelUrl')), ...asArray(at(metadata, 'ownerUrls')).map(asString), asString(at(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'))];
  const legacy = [...new Set(paths.map(legacyChannelPath).filter((path): path is string => path !== null))];
  return { id, handle, legacy };
}

export function readChannelData(
  browse: Json,
  lang: string | null,
  source: CountSource,
  problems: ProblemLog,
): { creator: CreatorReading; posts: PostReading[] } {
  const identity = channelIdentityOfBrowse(browse);
  const metadata = at(browse, 'metadata', 'channelMetadataRenderer');
  const c4 = at(browse, 'header', 'c4TabbedHeaderRenderer');
  const pageHeader = at(browse, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
  const creator: CreatorReading = {
    ...(identity.id ? { id: identity.id } : {}),
    handle: identity.handle,
    name:
      asString(at(metadata, 'title')) ??
      asString(at(c4, 'title')) ??
      innertubeText(at(pageHeader, 'title', 'dynamicTextViewModel', 'text')),
    url: youtubeChannelUrl(identity.handle, identity.id),
  };
  const verified = hasBadgeStyle(at(c4, 'badges'), /VERIFIED/);
  if (verified !== undefined) creator.verified = verified;

  const counts = c4 !== undefined ? readC4Counts(c4, lang, source) : readPageHeaderCounts(pageHeader, lang, source);
  if (counts.followers) creator.followers = counts.followers;
  else problems.notFound('creator.followers', 'no subscriber count in the header (hidden?)');
  if (counts.posts) creator.posts = counts.posts;
  else problems.notFound('creator.posts', 'no video count in the header');
  if (!creator.url) delete creator.url;

  // The channel's own uploads tab guarantees its tiles to the channel; any other tab (Home's shelves) does not.
  const author = { handle: identity.handle, ...(identity.id ? { id: identity.id } : {}), name: creator.name };
  const tabs = at(browse, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs');
  const posts = readVideoList(tabs, lang, source, problems, isUploadsTab(selectedTab(tabs)) ? author : null);
  return { creator, posts };
}

function readC4Counts(c4: Json, lang: string | null, source: CountSource) {
  return {
    followers: innertubeSubscriberCount(at(c4, 'subscriberCountText'), lang, source),
    posts: youtubeCount(innertubeText(at(c4, 'videosCountText')), lang, source),
  };
}

/** The "@handle" part of the 2024 header (the first row's first part). */
function headerHandlePart(pageHeader: Json): string | null {
  for (const row of asArray(at(pageHeader, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
    for (const part of asArray(at(row, 'metadataParts'))) {
      const text = innertubeText(at(part, 'text'));
      if (text?.startsWith('@')) return text;
    }
  }
  return null;
}

/**
 * The 2024 header's counts: the last row whose parts all hold digits is "subscribers • videos". A row with only
 * one count cannot say which one it is (artist channels show no subscribers): nothing is read from it.
 */
function readPageHeaderCounts(pageHeader: Json, lang: string | null, source: CountSource) {
  const rows = asArray(at(pageHeader, 'metadata', 'contentMetadataViewModel', 'metadataRows'));
  for (let index = rows.length - 1; index >= 0; index--) {
    const parts = asArray(at(rows[index], 'metadataParts'));
    const texts = parts.map((part) => innertubeText(at(part, 'text')) ?? '');
    if (texts.length < 2 || !texts.slice(0, 2).every((text) => /\d/.test(text) && !text.startsWith('@'))) continue;
    return {
      followers:
        youtubeSubscriberCount(texts[0], lang, source) ??
        youtubeSubscriberCount(asString(at(parts[0], 'accessibilityLabel')), lang, source),
      posts: youtubeCount(texts[1], lang, source),
    };
  }
  return { followers: null, posts: null };
}

interface TileShape {
  id: (tile: Json) => string | null;
  /** The texts that may hold the views ("1,545,374 views" and "1.5M views"): the most precise one they agree on. */
  views: (tile: Json) => Json[];
  title: (tile: Json) => Json;
  short: boolean;
}

const videoRenderer: TileShape = {
  id: (tile) => asString(at(tile, 'videoId')),
  views: (tile) => [at(tile, 'viewCountText'), at(tile, 'shortViewCountText')],
  title: (tile) => at(tile, 'title'),
  short: false,
};

/**
 * Every shape of video tile in InnerTube data, old and new side by side:
 *   videoRenderer / gridVideoRenderer (2020–): full and short view texts;
 *   reelItemRenderer (2022–2024 Shorts) and shortsLockupViewModel (2024– Shorts): one overlay text;
 *   lockupViewModel (2025–): metadata rows, the views row being "1.2M views • 3 days ago", read by position
 *   (NewPipe reads the header so): the age part holds a number too, so its words cannot tell.
 */
const TILE_SHAPES: Record<string, TileShape> = {
  videoRenderer,
  gridVideoRenderer: videoRenderer,
  compactVideoRenderer: videoRenderer, // watch-page recommendations, –2025
  reelItemRenderer: {
    id: (tile) => asString(at(tile, 'videoId')),
    views: (tile) => [at(tile, 'viewCountText')],
    title: (tile) => at(tile, 'headline'),
    short: true,
  },
  shortsLockupViewModel: {
    id: (tile) =>
      asString(at(tile, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ??
      asString(at(tile, 'entityId'))?.replace(/^shorts-shelf-item-/, '') ??
      null,
    views: (tile) => [at(tile, 'overlayMetadata', 'secondaryText'), shortsLabelViews(tile)],
    title: (tile) => at(tile, 'overlayMetadata', 'primaryText'),
    short: true,
  },
  lockupViewModel: {
    id: (tile) => (asString(at(tile, 'contentType')) === 'LOCKUP_CONTENT_TYPE_PLAYLIST' ? null : asString(at(tile, 'contentId'))),
    views: (tile) =>
      asArray(at(tile, 'metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'))
        .map((row) => asArray(at(row, 'metadataParts')))
        .filter((parts) => parts.length === 2)
        .map((parts) => at(parts[0], 'text')),
    title: (tile) => at(tile, 'metadata', 'lockupMetadataViewModel', 'title'),
    short: false,
  },
};

const TILE_KEYS = new Set(Object.keys(TILE_SHAPES));

/**
 * A Shorts tile's accessibility text is its title, then its views with the unit spelled out ("<title>, 429 thousand
 * views – play Short"): the views are what follows the title, which may hold numbers of its own.
 */
function shortsLabelViews(tile: Json): string | null {
  const label = asString(at(tile, 'accessibilityText'));
  const title = innertubeText(at(tile, 'overlayMetadata', 'primaryText'));
  return label && title && label.startsWith(title) ? label.slice(title.length) : label;
}

/**
 * The parts of a response that list videos: a page's contents, and the items a continuation appends
 * (appendContinuationItemsAction under onResponseReceivedActions on grids and feeds, onResponseReceivedCommands on
 * search results).
 */
export function videoListsOf(json: Json): Json[] {
  return [at(json, 'contents'), at(json, 'onResponseReceivedActions'), at(json, 'onResponseReceivedCommands')].filter((tree) => tree !== undefined);
}

// Made once: a pattern literal in the loop is a new object for every tile.
const VIDEO_ID = /^[\w-]{11}$/;
const LIVE_BADGE = /LIVE/;

/** Shelves: a row of tiles under a title that may open a channel (video-owner.ts channelOfShelf). */
const SHELF_KEYS = new Set(['shelfRenderer', 'richShelfRenderer', 'reelShelfRenderer', 'horizontalCardListRenderer']);
const TILE_OR_SHELF_KEYS = new Set([...TILE_KEYS, ...SHELF_KEYS]);

/** The selected tab of a channel browse. */
function selectedTab(tabs: Json): Json {
  // (expandableTabRenderer, the Search tab, is never an uploads tab)
  return asArray(tabs).map((tab) => at(tab, 'tabRenderer')).find((tab) => at(tab, 'selected') === true);
}

/** Whether a channel tab is one of its uploads tabs, by its URL in any generation. */
export function isUploadsTab(tab: Json): boolean {
  return UPLOADS_TAB_PATH.test(asString(at(tab, 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url')) ?? '');
}

/**
 * The videos and shorts in a grid, feed or search result list, each with the views its tile shows and its owner:
 * the channel the tile itself links to, else the channel its shelf opens, else `owner` when the list is that
 * owner's own uploads (a tile in a shelf that opens no channel has none). Tiles with no owner have no author.
 */
export function readVideoList(tree: Json, lang: string | null, source: CountSource, problems: ProblemLog, owner: PostAuthor | null = null): PostReading[] {
  const posts = new Map<string, PostReading>();
  const tiles: Array<[string, Json, PostAuthor | null]> = [];
  for (const [key, found] of findUnderKeys(tree, TILE_OR_SHELF_KEYS, 1000)) {
    if (!SHELF_KEYS.has(key)) tiles.push([key, found, owner]);
    else for (const [tileKey, tile] of findUnderKeys(found, TILE_KEYS, 1000)) tiles.push([tileKey, tile, channelOfShelf(found)]);
  }
  for (const [key, tile, listOwner] of tiles) {
    const shape = TILE_SHAPES[key]!;
    const id = shape.id(tile);
    if (!id || !VIDEO_ID.test(id) || posts.has(id)) continue;
    const live = hasBadgeStyle(at(tile, 'badges'), LIVE_BADGE) === true;
    let views: SourcedCount | undefined;
    let disagree = false;
    for (const text of shape.views(tile)) {
      const count: SourcedCount | null = disagree ? null : youtubeCount(innertubeText(text), lang, source);
      if (!count) continue;
      views = views ? agreedCount(views, count, 'post.views', problems, `video ${id}: `) : count;
      disagree = !views;
    }
    const author = ownerOfVideoData(tile) ?? listOwner;
    const url = youtubeVideoUrl(id, shape.short);
    const title = innertubeText(shape.title(tile));
    const format = live ? 'live' : shape.short ? 'short' : 'video';
    const metrics = views && !live ? { views } : {};
    // Two literals, not a spread of the author (one post per recommendation): its fields in the same order.
    posts.set(id, author ? { id, url, title, format, author, metrics } : { id, url, title, format, metrics });
  }
  return [...posts.values()];
}
