/**
 * The rows Castlist keeps in IndexedDB. Only the background writes them (lib/background/); the panel reads them
 * with live queries. Times are epoch milliseconds so that indexes sort them.
 */
import type { SourcedCount } from '../count';
import type { KpiTarget } from '../campaigns/campaign';
import type { KpiId, Objective } from '../campaigns/kpi-catalog';
import type { CampaignResults } from '../campaigns/results/campaign-results';
import type { CreatorKind, CreatorMetric, Platform, PostFormat, PostMetric } from '../reading/reading';

/** A count as stored: the page's evidence stays with the number. */
export type StoredCount = SourcedCount;

export interface CreatorRow {
  /**
   * `${platform}:${handle in lower case}`, or `${platform}:id:${platformId}` when the page shows no handle; a company
   * `${platform}:company:${handle in lower case}` (lib/reading/keys.ts creatorKeyOf).
   */
  key: string;
  platform: Platform;
  /** Since v4: a person (channel, account: the platform's default) or a LinkedIn company page. */
  kind: CreatorKind;
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

/** Since v4. Before, 'booked' and 'declined' stood where 'approved' and 'rejected' are (the v4 upgrade maps them). */
export const SHORTLIST_STATUSES = ['candidate', 'contacted', 'negotiating', 'approved', 'rejected'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

/** The user's own fields of an entry, free text as the user typed it (a rate is "1,200 EUR per reel", not a number). */
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
  /** Since v4: the user's tags, trimmed, each once, in the order given. */
  tags: string[];
  /** Since v4. */
  fields: ShortlistEntryFields;
  /**
   * Since v4: a frozen copy of the creator's casting KPIs when the entry was added (its shape belongs to lib/kpi),
   * stored as validated JSON; null when none was given, and for entries added before v4.
   */
  kpisAtAdd: unknown;
  addedAt: number;
  updatedAt: number;
}

/** Since v4: one user setting (edited benchmarks, retention, reminder days), written only by the background. */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/**
 * Since v4: what the background's storage upkeep (lib/background/compaction.ts) has done, so that a woken worker
 * neither redoes it nor runs it more often than its interval. One row per task, keyed by the task's name.
 */
export interface MaintenanceRow {
  key: string;
  /** Snapshots read before this time (a UTC day start) are compacted to the newest of each entity's day. */
  dailyThrough: number | null;
  /** Snapshots read before this time (a UTC Monday) are compacted to the newest of each entity's week. */
  weeklyThrough: number | null;
  lastRunAt: number | null;
  /** What the last run removed. */
  lastRemoved: { snapshots: number; comments: number; readerEvents: number } | null;
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

/**
 * Since v5: a campaign, goal first (its model and rules: lib/campaigns/campaign.ts). Its creators, tracked posts,
 * imported results and entered KPI values are rows of their own tables, keyed by `campaignId`.
 */
export interface CampaignRow {
  id: string;
  name: string;
  objective: Objective;
  primaryKpi: KpiTarget;
  supportingKpis: KpiTarget[];
  startsAt: number;
  endsAt: number;
  budget: { amount: number; currency: string };
  /**
   * The link builder's campaign-wide values. utm_campaign is fixed when the campaign is made, so that renaming the
   * campaign does not change links already given to creators; the user may change it on purpose.
   */
  links: { base: string | null; utmCampaign: string; utmMedium: string };
  createdAt: number;
  updatedAt: number;
}

/**
 * Since v5: a creator of a campaign with the agreed cost, and the promo code and utm_content given when they joined
 * (lib/campaigns/creator-tags.ts): frozen from then on, because they are handed to the creator.
 */
export interface CampaignCreatorRow {
  id: string;
  campaignId: string;
  creatorKey: string;
  platform: Platform;
  kind: CreatorKind;
  handle: string;
  agreedCost: { amount: number; currency: string };
  promoCode: string;
  utmContent: string;
  /** The shortlist entry they were picked from, when they were. */
  shortlistEntryId: string | null;
  addedAt: number;
  updatedAt: number;
}

/** Since v5: a live post of a campaign creator. Every visit to it stores a snapshot, and retention keeps them all. */
export interface TrackedPostRow {
  id: string;
  campaignId: string;
  postKey: string;
  creatorKey: string;
  url: string;
  addedAt: number;
}

/** Since v5: one import of the brand's files, joined to the campaign's creators as they were at the import. */
export interface CampaignResultsRow {
  id: string;
  campaignId: string;
  importedAt: number;
  orders: ImportedFileSummary;
  sessions: ImportedFileSummary | null;
  /** The creators the files were matched against (their codes, utm_content and cost at the time). */
  creators: { creatorKey: string; handle: string; platform: Platform; promoCode: string; utmContent: string; cost: { amount: number; currency: string } }[];
  results: CampaignResults;
}

export interface ImportedFileSummary {
  name: string;
  bytes: number;
  /** What the file was read as: shopify, woocommerce-analytics, woocommerce or plain (orders); sessions. */
  format: string;
  encoding: string;
  /** The orders file's separator and decimal mark, with how the mark was decided ("," from its cells). */
  delimiter: string | null;
  decimal: string | null;
  /** Rows of data read (orders file), or session rows matched or not (sessions file). */
  dataRows: number;
}

/** Since v5: a KPI value the user entered (reach, impressions, link clicks: numbers no page shows Castlist). */
export interface CampaignKpiEntryRow {
  id: string;
  campaignId: string;
  kpi: KpiId;
  /** When the value was true (the user's "as of"). */
  at: number;
  value: number;
  note: string;
  enteredAt: number;
}
