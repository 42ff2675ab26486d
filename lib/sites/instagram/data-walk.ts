/**
 * Finds what an Instagram JSON document holds, whatever its generation: users with counts, posts (media) and
 * comments. Instagram's web app has served the same objects under many roots over the years, so they are found by
 * their own fields, not by a path:
 *   REST /api/v1/users/web_profile_info/ → data.user {edge_followed_by, edge_owner_to_timeline_media.edges[*].node}
 *   GraphQL PolarisProfilePageContentQuery → data.user {follower_count, following_count, media_count}
 *   GraphQL timelines → xdt_api__v1__feed__user_timeline_graphql_connection.edges[*].node {code, like_count, …}
 *   post pages → xdt_api__v1__media__shortcode__web_info.items[0], xig_polaris_media.if_not_gated_logged_out,
 *     legacy xdt_shortcode_media / shortcode_media {shortcode, edge_media_preview_like, …}
 *   REST /api/v1/media/{id}/info/ → items[0];  /api/v1/media/{id}/comments/ → comments[*] {media_id, user, text}
 * Every object names its own user or post (username, code/shortcode, media_id): the reader checks those against
 * the URL. Results are kept per document, because the content script re-reads the same responses every second.
 */
import { type Json, asRecord, asString, at } from '../json-path';
import { type ReaderMemo, remembered } from '../reader-memo';
import { isShortcode, shortcodeOfMediaId } from './shortcode';

type JsonObject = Record<string, Json>;

export interface FoundUser {
  user: JsonObject;
  /** The document's subject (data.user), not a user mentioned in passing. */
  primary: boolean;
}

export interface FoundMedia {
  media: JsonObject;
  code: string;
  /** The document is about this one post (a post page's query). */
  primary: boolean;
}

export interface FoundComment {
  comment: JsonObject;
  /** The post it belongs to: its media_id, or the post object it sits in. */
  code: string;
}

export interface InstagramData {
  users: FoundUser[];
  media: FoundMedia[];
  comments: FoundComment[];
  /** The document answers a post query with no post (deleted, private or login-gated). */
  noPost: boolean;
  /** The post's author named by a comments response (its caption is comment-shaped). */
  commentsPostOwner: string | null;
}

const USER_COUNT_KEYS = ['follower_count', 'following_count', 'media_count', 'edge_followed_by', 'edge_follow', 'edge_owner_to_timeline_media'];
const MEDIA_FIELDS = ['like_count', 'comment_count', 'media_type', 'taken_at', 'play_count'];
const LEGACY_MEDIA_FIELDS = ['edge_media_preview_like', 'edge_liked_by', 'edge_media_to_comment', 'edge_media_to_parent_comment', 'taken_at_timestamp'];
/** Lists of top-level comments (replies are read through their parent). */
const COMMENT_LISTS = new Set([
  'comments', // REST /comments/ and the preview inside a media item
  'preview_comments', // media item preview
  'edge_media_to_parent_comment', // legacy post page, threaded
  'edge_media_to_comment', // legacy post page, flat
  'xdt_api__v1__media__media_id__comments__connection', // GraphQL comments
]);
const PRIMARY_MEDIA_KEYS = new Set(['xdt_shortcode_media', 'shortcode_media', 'if_not_gated_logged_out']);
const MAX_NODES = 300_000;

/** Everything one JSON document holds, walked once per visit when the caller keeps a memo. */
export function instagramDataOf(json: Json, memo?: ReaderMemo): InstagramData {
  const root = asRecord(json);
  if (!root) return { users: [], media: [], comments: [], noPost: false, commentsPostOwner: null };
  return remembered(memo, 'instagram.walk', root, walk);
}

function walk(root: JsonObject): InstagramData {
  const data: InstagramData = {
    users: [],
    media: [],
    comments: [],
    noPost: answersWithoutPost(root),
    commentsPostOwner: asString(at(root, 'caption', 'user', 'username')),
  };
  new Walk(data).visit(root, null, null, null, null);
  return data;
}

export function codeOfMedia(media: JsonObject): string | null {
  const code = media.code ?? media.shortcode;
  return isShortcode(code) ? code : null;
}

function isUserWithCounts(node: JsonObject): boolean {
  return typeof node.username === 'string' && USER_COUNT_KEYS.some((key) => node[key] !== undefined && node[key] !== null);
}

function isMedia(node: JsonObject): boolean {
  if (isShortcode(node.code)) return MEDIA_FIELDS.some((key) => key in node);
  if (isShortcode(node.shortcode)) return LEGACY_MEDIA_FIELDS.some((key) => key in node);
  return false;
}

function isComment(node: JsonObject): boolean {
  return (
    typeof node.text === 'string' &&
    (typeof at(node, 'user', 'username') === 'string' || typeof at(node, 'owner', 'username') === 'string') &&
    node.created_at !== undefined
  );
}

/** A post query answered with nothing: web_info with no items, a null legacy media, a REST "not found". */
function answersWithoutPost(root: JsonObject): boolean {
  const webInfo = at(root, 'data', 'xdt_api__v1__media__shortcode__web_info');
  if (webInfo === null || (Array.isArray(at(webInfo, 'items')) && (at(webInfo, 'items') as Json[]).length === 0)) return true;
  if (at(root, 'data', 'xdt_shortcode_media') === null || at(root, 'data', 'shortcode_media') === null) return true;
  if (at(root, 'data', 'xig_polaris_media') === null || at(root, 'data', 'xig_polaris_media', 'if_not_gated_logged_out') === null) return true;
  return root.status === 'fail' && /not found|unavailable|deleted/i.test(asString(root.message) ?? '');
}

class Walk {
  private nodes = 0;

  constructor(private readonly data: InstagramData) {}

  /**
   * `key` is the property holding `node` (arrays pass their own key down), `parentKey` the one above it; `listKey`
   * the nearest key that is not edges/node (the list an edge belongs to); `mediaCode` the enclosing post.
   */
  visit(node: Json, key: string | null, parentKey: string | null, listKey: string | null, mediaCode: string | null): void {
    if (node === null || typeof node !== 'object' || ++this.nodes > MAX_NODES) return;
    if (Array.isArray(node)) {
      for (const item of node) this.visit(item, key, parentKey, listKey, mediaCode);
      return;
    }
    const record = node as JsonObject;
    if (isUserWithCounts(record)) {
      this.data.users.push({ user: record, primary: key === 'user' && (parentKey === 'data' || parentKey === 'graphql') });
    }
    let code = mediaCode;
    if (mediaCode === null && isMedia(record)) {
      code = codeOfMedia(record)!;
      const primary = (key !== null && PRIMARY_MEDIA_KEYS.has(key)) || (key === 'items' && parentKey === 'xdt_api__v1__media__shortcode__web_info');
      this.data.media.push({ media: record, code, primary });
    } else if (listKey !== null && COMMENT_LISTS.has(listKey) && isComment(record)) {
      const owner = shortcodeOfMediaId(record.media_id) ?? mediaCode;
      if (owner) this.data.comments.push({ comment: record, code: owner });
      return; // replies inside are read with their parent
    }
    for (const child of Object.keys(record)) {
      const childListKey = child === 'edges' || child === 'node' ? listKey : child;
      this.visit(record[child], child, key, childListKey, code);
    }
  }
}
