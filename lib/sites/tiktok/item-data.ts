/**
 * One post from TikTok's JSON item (`itemStruct` of /api/item/detail/ and webapp.video-detail, `itemList[*]` of
 * the list endpoints, SIGI `ItemModule[id]`). Stats mapping as yt-dlp and TikTok-Api: playCount → views,
 * diggCount → likes, commentCount → comments, shareCount → shares, collectCount → saves; statsV2 first.
 */
import type { CreatorReading, PostFormat, PostReading } from '../../reading/reading';
import { type Json, asArray, asString, at } from '../json-path';
import { hasSponsorshipDisclosure } from '../sponsorship';
import type { ItemEntry } from './page-data';
import { statsCounts } from './tiktok-counts';
import { creatorOfUser, handleOfUser } from './user-data';

const POST_STATS = {
  views: ['playCount'],
  likes: ['diggCount'],
  comments: ['commentCount'],
  shares: ['shareCount'],
  saves: ['collectCount'],
  reposts: ['repostCount'],
} as const;

export const POST_ID = /^\d{5,25}$/;

export function itemIdOf(item: Json): string | null {
  const id = at(item, 'id');
  const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : asString(id);
  return text && POST_ID.test(text) ? text : null;
}

/** The author's handle: an object in the web API and UNIVERSAL state, the bare handle in SIGI_STATE. */
export function itemAuthorHandle(entry: ItemEntry): string | null {
  return asString(at(entry.item, 'author')) ?? handleOfUser(entry.authorUser);
}

export function postUrl(handle: string | null, id: string, format?: PostFormat | null): string {
  return `https://www.tiktok.com/@${handle ?? ''}/${format === 'image' || format === 'carousel' ? 'photo' : 'video'}/${id}`;
}

/** When it was published: createTime in seconds, a number or a digit string; a time past 2100 is none. */
export function isoFromSeconds(value: Json): string | null {
  const seconds = typeof value === 'string' && /^\d{9,11}$/.test(value) ? Number(value) : value;
  return typeof seconds === 'number' && seconds > 0 && seconds < LAST_PLAUSIBLE_SECOND ? new Date(seconds * 1000).toISOString() : null;
}

/** 2100-01-01T00:00:00Z in Unix seconds. */
const LAST_PLAUSIBLE_SECOND = 4_102_444_800;

export function readItem(entry: ItemEntry): { post: PostReading; creator: CreatorReading | null } | null {
  const { item, source } = entry;
  const id = itemIdOf(item);
  if (!id) return null;
  const handle = itemAuthorHandle(entry);
  const images = at(item, 'imagePost', 'images');
  const format: PostFormat = images === undefined ? 'video' : asArray(images).length > 1 ? 'carousel' : 'image';
  const caption = asString(at(item, 'desc'));
  const author = entry.authorUser;
  const authorId = asString(at(author, 'id')) ?? asString(at(item, 'authorId'));
  const post: PostReading = {
    id,
    url: postUrl(handle, id, format),
    caption,
    publishedAt: isoFromSeconds(at(item, 'createTime')),
    format,
    sponsored: isSponsored(item, caption),
    author: { handle, name: asString(at(author, 'nickname')) ?? asString(at(item, 'nickname')), ...(authorId ? { id: authorId } : {}) },
    metrics: statsCounts([at(item, 'statsV2'), at(item, 'stats')], POST_STATS, source),
  };
  if (at(item, 'isPinnedItem') === true) post.pinned = true;
  const creator = handle ? creatorOfUser({ nickname: post.author!.name, ...(typeof author === 'object' ? author : {}), uniqueId: handle }, entry.authorStats, source) : null;
  return { post, creator };
}

/** An ad (isAd), branded content (brandOrganicType / brandedContentType set), or a disclosure in the caption. */
function isSponsored(item: Json, caption: string | null): boolean {
  const flagged = (value: Json) => (typeof value === 'number' && value > 0) || (typeof value === 'string' && value !== '' && value !== '0');
  return (
    at(item, 'isAd') === true ||
    flagged(at(item, 'brandOrganicType')) ||
    flagged(at(item, 'brandedContentType')) ||
    hasSponsorshipDisclosure(caption)
  );
}
