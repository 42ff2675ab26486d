/**
 * One Instagram post (a "media") read from its JSON object, in either generation:
 *   2023– XDTMediaDict / REST item: code, like_count, comment_count, play_count / view_count, taken_at, media_type
 *     (1 image, 2 video, 8 carousel), product_type ("clips" = reel), caption.text, user, is_paid_partnership,
 *     sponsor_tags, like_and_view_counts_disabled, comments_disabled, timeline_pinned_user_ids;
 *   –2023 GraphQL node: shortcode, __typename (GraphImage/GraphVideo/GraphSidecar), edge_liked_by /
 *     edge_media_preview_like, edge_media_to_comment / edge_media_to_parent_comment, video_view_count,
 *     video_play_count, taken_at_timestamp, edge_media_to_caption, owner, pinned_for_users.
 * Hidden like counts are reported as hidden, never as 0: Instagram still sends a like_count for them.
 */
import type { CountSource } from '../../count';
import type { CommentReading, PostFormat, PostReading } from '../../reading/reading';
import { type Json, asArray, asRecord, asString, at } from '../json-path';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { codeOfMedia } from './data-walk';
import { sameUsername } from './detect';
import { firstJsonCount, isoOfUnixSeconds, jsonCount } from './instagram-counts';
import { postUrl } from './shortcode';

type JsonObject = Record<string, Json>;

export interface MediaFacts {
  post: PostReading;
  /** The author's username and id, and the co-authors of a collab post (it shows on each of their grids). */
  owner: string | null;
  ownerId: string | null;
  coauthors: string[];
  likesHidden: boolean;
  commentsOff: boolean;
  isVideo: boolean;
}

export function readMedia(media: JsonObject, source: CountSource): MediaFacts | null {
  const code = codeOfMedia(media);
  if (!code) return null;
  const user = asRecord(media.user) ?? asRecord(media.owner);
  const owner = asString(user?.username);
  const ownerId = asString(user?.pk) ?? asString(user?.id) ?? (typeof user?.pk === 'number' ? String(user.pk) : null);
  const format = formatOf(media);
  const isVideo = format === 'video';
  const reel = media.product_type === 'clips' || media.product_type === 'igtv';
  const likesHidden = media.like_and_view_counts_disabled === true;
  const commentsOff = media.comments_disabled === true;
  const caption = asString(at(media, 'caption', 'text')) ?? asString(at(media, 'edge_media_to_caption', 'edges', 0, 'node', 'text')) ?? asString(media.caption);

  const metrics: PostReading['metrics'] = {};
  if (!likesHidden) {
    const likes = firstJsonCount([media.like_count, at(media, 'edge_liked_by', 'count'), at(media, 'edge_media_preview_like', 'count')], source);
    if (likes) metrics.likes = likes;
    // Instagram's "views" since 2024; plays (which count replays) only where views are not given.
    const views = isVideo
      ? firstJsonCount([media.view_count, media.video_view_count, media.play_count, media.video_play_count, media.ig_play_count], source)
      : null;
    if (views) metrics.views = views;
  }
  if (!commentsOff) {
    const comments = firstJsonCount(
      [media.comment_count, at(media, 'edge_media_to_comment', 'count'), at(media, 'edge_media_to_parent_comment', 'count'), at(media, 'edge_media_preview_comment', 'count')],
      source,
    );
    if (comments) metrics.comments = comments;
  }
  const shares = jsonCount(media.share_count, source);
  if (shares) metrics.shares = shares;

  const post: PostReading = {
    id: code,
    url: postUrl(code, reel),
    caption,
    publishedAt: isoOfUnixSeconds(media.taken_at) ?? isoOfUnixSeconds(media.taken_at_timestamp),
    format,
    sponsored: isSponsored(media, caption),
    metrics,
  };
  if (isPinned(media)) post.pinned = true;
  if (owner) post.author = { handle: owner, name: asString(user?.full_name), ...(ownerId ? { id: ownerId } : {}) };
  const coauthors = asArray(media.coauthor_producers).map((coauthor) => asString(at(coauthor, 'username'))).filter((name): name is string => !!name);
  return { post, owner, ownerId, coauthors, likesHidden, commentsOff, isVideo };
}

function formatOf(media: JsonObject): PostFormat | null {
  // media_type 1/2/8 (2023–), __typename (XDT)GraphImage/GraphVideo/GraphSidecar (–2023)
  const kind = `${media.media_type ?? media.__typename ?? ''}`;
  if (kind === '1' || kind.endsWith('GraphImage')) return 'image';
  if (kind === '2' || kind.endsWith('GraphVideo') || media.is_video === true) return 'video';
  if (kind === '8' || kind.endsWith('GraphSidecar')) return 'carousel';
  return null;
}

/** The paid-partnership label, brand tags, or a disclosure in the caption (#ad, #werbung, …). */
function isSponsored(media: JsonObject, caption: string | null): boolean {
  return (
    media.is_paid_partnership === true ||
    asArray(media.sponsor_tags).length > 0 ||
    asArray(at(media, 'edge_media_to_sponsor_user', 'edges')).length > 0 ||
    hasSponsorshipDisclosure(caption)
  );
}

function isPinned(media: JsonObject): boolean {
  return ['timeline_pinned_user_ids', 'clips_tab_pinned_user_ids', 'pinned_for_users'].some((key) => asArray(media[key]).length > 0);
}

/**
 * One comment: REST and GraphQL comment dicts (user.username, text, created_at, comment_like_count,
 * child_comment_count, preview_child_comments, is_liked_by_media_owner) and legacy nodes (owner.username,
 * edge_liked_by, edge_threaded_comments). `has_liked_comment` is the viewer's own like, so it is not read.
 */
export function readComment(comment: JsonObject, postId: string, postOwner: string | null, source: CountSource): CommentReading | null {
  const author = asString(at(comment, 'user', 'username')) ?? asString(at(comment, 'owner', 'username'));
  const text = asString(comment.text);
  if (!author || text === null) return null;
  const id = asString(comment.pk) ?? asString(comment.id);
  const reading: CommentReading = {
    ...(id ? { id } : {}),
    postId,
    author,
    authorName: asString(at(comment, 'user', 'full_name')),
    text,
    publishedAt: isoOfUnixSeconds(comment.created_at),
  };
  const likes = firstJsonCount([comment.comment_like_count, at(comment, 'edge_liked_by', 'count')], source);
  if (likes) reading.likes = likes;
  const replies = firstJsonCount([comment.child_comment_count, at(comment, 'edge_threaded_comments', 'count')], source);
  if (replies) reading.replies = replies;
  if (postOwner) {
    reading.byCreator = sameUsername(author, postOwner);
    const replyAuthors = [
      ...asArray(comment.preview_child_comments).map((reply) => asString(at(reply, 'user', 'username'))),
      ...asArray(at(comment, 'edge_threaded_comments', 'edges')).map((edge) => asString(at(edge, 'node', 'owner', 'username'))),
    ];
    reading.creatorReplied = comment.is_liked_by_media_owner === true || replyAuthors.some((name) => sameUsername(name, postOwner));
  }
  return reading;
}
