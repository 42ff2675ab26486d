/**
 * What a reader gets from one page: the creator, the posts and the comments it shows, with every count's evidence,
 * and what it could not find. This is the shape `npm run cli -- read-page` prints and the content script sends.
 *
 *   page (DOM, embedded state, the page's own network responses)
 *     → lib/sites/<site>/ reader  → Reading
 *     → content script (outbox)   → background (zod, Dexie)  → panel
 */
import type { SourcedCount } from '../count';

export const PLATFORMS = ['youtube', 'tiktok', 'instagram', 'x', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_NAMES: Record<Platform, string> = {
  youtube: 'YouTube',
  tiktok: 'TikTok',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
};

/** The kind of page: a creator's header, one post, or a list of posts. */
export const SURFACES = ['profile', 'post', 'feed', 'search', 'unsupported'] as const;
export type Surface = (typeof SURFACES)[number];

export const POST_METRICS = ['views', 'likes', 'comments', 'shares', 'saves', 'reposts', 'quotes', 'bookmarks'] as const;
export type PostMetric = (typeof POST_METRICS)[number];

/** followers = subscribers on YouTube; posts = the video count on a channel. likes = TikTok's total hearts. */
export const CREATOR_METRICS = ['followers', 'following', 'posts', 'likes'] as const;
export type CreatorMetric = (typeof CREATOR_METRICS)[number];

export const POST_FORMATS = ['video', 'short', 'image', 'carousel', 'text', 'article', 'live', 'audio', 'poll'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

/**
 * What kind of account a creator is. A person, channel or account is the platform's default; only LinkedIn has
 * company pages today (/company/slug), which are other creators than a person with the same slug.
 */
export const CREATOR_KINDS = ['person', 'company'] as const;
export type CreatorKind = (typeof CREATOR_KINDS)[number];

export interface CreatorReading {
  /** Absent: the platform's default, a person (channel, account). 'company': a LinkedIn company page. */
  kind?: CreatorKind;
  /** The platform's stable id when the page has one (YouTube channel id, X rest_id, TikTok user id). */
  id?: string;
  /** Without the "@". */
  handle: string | null;
  name: string | null;
  url?: string;
  verified?: boolean;
  followers?: SourcedCount;
  following?: SourcedCount;
  posts?: SourcedCount;
  likes?: SourcedCount;
}

export interface PostReading {
  /** The platform's id of the post (YouTube video id, tweet id, Instagram shortcode, LinkedIn activity urn id). */
  id: string;
  url: string;
  title?: string | null;
  caption?: string | null;
  /** ISO 8601. */
  publishedAt?: string | null;
  format?: PostFormat | null;
  /** Marked #ad / paid partnership / "Includes paid promotion". */
  sponsored?: boolean;
  pinned?: boolean;
  /**
   * Who published the post: the only thing the background attributes a post by (lib/sites/post-attribution.ts
   * sets it from the post's own data or markup, or from a surface that guarantees it). A post without an author that
   * the database can key is stored under nobody, and only when it is the page's own post.
   */
  author?: { handle: string | null; name?: string | null; id?: string; kind?: CreatorKind };
  metrics: Partial<Record<PostMetric, SourcedCount>>;
}

export interface CommentReading {
  id?: string;
  postId: string;
  author: string;
  authorName?: string | null;
  text: string;
  /** ISO 8601 when the page says exactly when; otherwise only publishedText ("3 days ago"). */
  publishedAt?: string | null;
  publishedText?: string | null;
  likes?: SourcedCount;
  replies?: SourcedCount;
  /** The creator wrote this comment. */
  byCreator?: boolean;
  /** The creator replied to it (or hearted it, where that is all the page shows). */
  creatorReplied?: boolean;
}

export const PROBLEM_CODES = ['not-found', 'stale', 'ambiguous', 'hidden', 'unavailable', 'invalid'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A number a reader looked for and could not give, and why: the panel turns these into "… reader degraded". */
export interface ReaderProblem {
  /** e.g. "youtube.watch.embedded" */
  reader: string;
  /** e.g. "post.likes", "creator.followers" */
  field: string;
  code: ProblemCode;
  detail: string;
}

export interface Reading {
  platform: Platform;
  surface: Surface;
  url: string;
  /** ISO 8601 */
  readAt: string;
  /** The page's locale the counts were parsed with. */
  lang: string | null;
  creator: CreatorReading | null;
  posts: PostReading[];
  comments: CommentReading[];
  problems: ReaderProblem[];
}
