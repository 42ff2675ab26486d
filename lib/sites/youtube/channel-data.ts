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
import { type Json, asArray, asRecord, asString, at, findAllUnderKey } from '../json-path';
import type { ProblemLog } from '../reader-problems';
import { handleFromPath, innertubeLabel, innertubeText } from './innertube-text';
import { youtubeCount, youtubeSubscriberCount } from './youtube-counts';

export interface ChannelIdentity {
  id: string | null;
  handle: string | null;
}

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
  return { id, handle };
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
    url: identity.handle ? `https://www.youtube.com/@${identity.handle}` : identity.id ? `https://www.youtube.com/channel/${identity.id}` : undefined,
  };
  const badges = asArray(at(c4, 'badges'));
  if (badges.length) creator.verified = badges.some((badge) => /VERIFIED/.test(asString(at(badge, 'metadataBadgeRenderer', 'style')) ?? ''));

  const counts = c4 !== undefined ? readC4Counts(c4, lang, source) : readPageHeaderCounts(pageHeader, lang, source);
  if (counts.followers) creator.followers = counts.followers;
  else problems.notFound('creator.followers', 'no subscriber count in the header (hidden?)');
  if (counts.posts) creator.posts = counts.posts;
  else problems.notFound('creator.posts', 'no video count in the header');
  if (!creator.url) delete creator.url;

  const author = { handle: identity.handle, ...(identity.id ? { id: identity.id } : {}) };
  const posts = readVideoList(at(browse, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'), lang, source).map((post) => ({ ...post, author }));
  return { creator, posts };
}

function readC4Counts(c4: Json, lang: string | null, source: CountSource) {
  const subscribers = at(c4, 'subscriberCountText');
  return {
    followers:
      youtubeSubscriberCount(innertubeText(subscribers), lang, source) ??
      youtubeSubscriberCount(innertubeLabel(subscribers), lang, source),
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

/** The videos and shorts in a grid, feed or search result list, each with the views its tile shows. */
export function readVideoList(tabs: Json, lang: string | null, source: CountSource): PostReading[] {
  const posts = new Map<string, PostReading>();
  const add = (post: PostReading | null) => {
    if (post && !posts.has(post.id)) posts.set(post.id, post);
  };
  for (const video of findAllUnderKey(tabs, 'videoRenderer', 200)) add(readVideoTile(video, lang, source));
  for (const video of findAllUnderKey(tabs, 'gridVideoRenderer', 200)) add(readVideoTile(video, lang, source));
  for (const reel of findAllUnderKey(tabs, 'reelItemRenderer', 200)) add(readReelTile(reel, lang, source));
  for (const reel of findAllUnderKey(tabs, 'shortsLockupViewModel', 200)) add(readShortsLockup(reel, lang, source));
  for (const lockup of findAllUnderKey(tabs, 'lockupViewModel', 200)) add(readLockup(lockup, lang, source));
  return [...posts.values()];
}

/** videoRenderer (2020–): the full count "1,545,374 views" first, the short "1.5M views" when that is all. */
function readVideoTile(video: Json, lang: string | null, source: CountSource): PostReading | null {
  const id = asString(at(video, 'videoId'));
  if (!id) return null;
  const views = viewsOf(innertubeText(at(video, 'viewCountText')), lang, source) ?? viewsOf(innertubeText(at(video, 'shortViewCountText')), lang, source);
  const live = asArray(at(video, 'badges')).some((badge) => /LIVE/.test(asString(at(badge, 'metadataBadgeRenderer', 'style')) ?? ''));
  return {
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    title: innertubeText(at(video, 'title')),
    format: live ? 'live' : 'video',
    metrics: views && !live ? { views } : {},
  };
}

function readReelTile(reel: Json, lang: string | null, source: CountSource): PostReading | null {
  const id = asString(at(reel, 'videoId'));
  if (!id) return null;
  const views = viewsOf(innertubeText(at(reel, 'viewCountText')), lang, source);
  return {
    id,
    url: `https://www.youtube.com/shorts/${id}`,
    title: innertubeText(at(reel, 'headline')),
    format: 'short',
    metrics: views ? { views } : {},
  };
}

function readShortsLockup(lockup: Json, lang: string | null, source: CountSource): PostReading | null {
  const id =
    asString(at(lockup, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ??
    asString(at(lockup, 'entityId'))?.replace(/^shorts-shelf-item-/, '') ??
    null;
  if (!id || !/^[\w-]{11}$/.test(id)) return null;
  const views = viewsOf(innertubeText(at(lockup, 'overlayMetadata', 'secondaryText')), lang, source);
  return {
    id,
    url: `https://www.youtube.com/shorts/${id}`,
    title: innertubeText(at(lockup, 'overlayMetadata', 'primaryText')),
    format: 'short',
    metrics: views ? { views } : {},
  };
}

/**
 * lockupViewModel (2025–): metadata rows of parts; on a channel's tab the views row is "1.2M views • 3 days ago".
 * Read by position, as NewPipe reads the header: the age part holds a number too, so its text cannot tell.
 */
function readLockup(lockup: Json, lang: string | null, source: CountSource): PostReading | null {
  const id = asString(at(lockup, 'contentId'));
  if (!id || !/^[\w-]{11}$/.test(id) || asString(at(lockup, 'contentType')) === 'LOCKUP_CONTENT_TYPE_PLAYLIST') return null;
  const metadata = at(lockup, 'metadata', 'lockupMetadataViewModel');
  let views: SourcedCount | null = null;
  for (const row of asArray(at(metadata, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
    const texts = asArray(at(row, 'metadataParts')).map((part) => innertubeText(at(part, 'text')) ?? '');
    if (texts.length !== 2) continue;
    views = viewsOf(texts[0] ?? null, lang, source) ?? views;
  }
  return {
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    title: innertubeText(at(metadata, 'title')),
    format: 'video',
    metrics: views ? { views } : {},
  };
}

function viewsOf(text: string | null, lang: string | null, source: CountSource): SourcedCount | null {
  return youtubeCount(text, lang, source);
}
