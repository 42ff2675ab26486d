/**
 * The rows Castlist keeps in IndexedDB. Only the background writes them (lib/background/); the panel reads them
 * with live queries. Times are epoch milliseconds so that indexes sort them.
 */
import type { SourcedCount } from '../count';
import type { CreatorMetric, Platform, PostFormat, PostMetric } from '../reading/reading';

/** A count as stored: the page's evidence stays with the number. */
export type StoredCount = SourcedCount;

/** Schema v4: a creator is a person (or channel, account) unless the platform says it is a company page. */
export const CREATOR_KINDS = ['person', 'company'] as const;
export type CreatorKind = (typeof CREATOR_KINDS)[number];

export interface CreatorRow {
  /**
   * `${platform}:${handle in lower case}`, or `${platform}:id:${platformId}` when the page shows no handle;
   * `linkedin:company:${slug}` for a company page (schema v4). Always from lib/reading/keys.ts.
   */
  key: string;
  platform: Platform;
  /** Schema v4 (the storage engineer's upgrade fills it); absent means 'person'. */
  kind?: CreatorKind;
  handle: string | null;
  name: string | null;
  platformId: string | null;
  url: string | null;
  verified: boolean | null;
  firstSeenAt: number;
  lastSeenAt: number;
  /** The newest value of each count, with the time it was read. */
  latest: Partial<Record<CreatorMetric, StoredCount & { readAt: number }>>;
  /** Since v2: latest.followers.value, indexed so creators sort and filter by size (tier). */
  followersValue?: number | null;
}

export interface PostRow {
  /** `${platform}:${postId}` */
  key: string;
  platform: Platform;
  postId: string;
  creatorKey: string | null;
  url: string;
  title: string | null;
  caption: string | null;
  publishedAt: number | null;
  format: PostFormat | null;
  sponsored: boolean | null;
  pinned: boolean | null;
  firstSeenAt: number;
  lastSeenAt: number;
  latest: Partial<Record<PostMetric, StoredCount & { readAt: number }>>;
}

export type EntityKind = 'creator' | 'post';

/** One reading of one creator or one post: a point on its curve. */
export interface SnapshotRow {
  /** `${visitId}:${entityKey}`: a visit re-read as the page fills in updates its own point, never adds another. */
  id: string;
  visitId: string;
  /** `creator:${creatorKey}` or `post:${postKey}` */
  entityKey: string;
  kind: EntityKind;
  platform: Platform;
  readAt: number;
  pageUrl: string;
  counts: Partial<Record<CreatorMetric | PostMetric, StoredCount>>;
}

export interface CommentRow {
  /** `${postKey}:${comment id, or a hash of author and text}` */
  key: string;
  platform: Platform;
  postKey: string;
  commentId: string | null;
  author: string;
  authorName: string | null;
  text: string;
  publishedAt: number | null;
  publishedText: string | null;
  likes: StoredCount | null;
  replies: StoredCount | null;
  byCreator: boolean;
  creatorReplied: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface ShortlistRow {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** Schema v4: `booked` became `approved` and `declined` became `rejected`. */
export const SHORTLIST_STATUSES = ['candidate', 'contacted', 'negotiating', 'approved', 'rejected'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

/** Schema v4: the user's own fields of an entry. */
export interface ShortlistEntryFields {
  rate: string | null;
  email: string | null;
  agency: string | null;
}

export interface ShortlistEntryRow {
  id: string;
  shortlistId: string;
  creatorKey: string;
  status: ShortlistStatus;
  notes: string;
  addedAt: number;
  updatedAt: number;
  /** Schema v4 (absent on entries written before it: no tags). */
  tags?: string[];
  /** Schema v4 (absent on entries written before it: all null). */
  fields?: ShortlistEntryFields;
  /** Schema v4: a frozen copy of the creator's casting KPIs when added (shape from lib/kpi); stored opaque. */
  kpisAtAdd?: unknown;
}

/** Which reader found or missed which number, when: the panel's "X reader degraded since …". */
export interface ReaderEventRow {
  id?: number;
  platform: Platform;
  surface: string;
  reader: string;
  /** "post.likes", or "*" for a reading's summary of what it found. */
  field: string;
  outcome: 'found' | 'missed';
  code: string | null;
  detail: string | null;
  at: number;
  pageUrl: string;
  /**
   * Since v3: the visit whose reading wrote this event. Re-ingesting a visit replaces its events instead of adding
   * more (lib/background/ingest-reading.ts). Absent on events written before v3.
   */
  visitId?: string;
}
