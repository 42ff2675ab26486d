/**
 * The zod schemas of the rows a backup may hold, per table (lib/db/rows.ts). A backup is checked row by row before
 * anything is written. A field this version does not know (one a later schema added and an upgrade kept) passes:
 * the check only reads, and the rows restored are the file's own, so nothing is dropped and a restore stays lossless.
 *
 * Written with zod's classic API, not zod/mini like the message schemas: classic compiles object checks, which makes
 * checking 25,000 snapshots several times faster (the restore budget), and this code never ships in a content script.
 */
import * as z from 'zod';
import { kpiTargetSchema, moneySchema } from '../campaigns/campaign';
import { KPI_IDS, OBJECTIVES } from '../campaigns/kpi-catalog';
import { campaignResultsSchema } from '../campaigns/results/results-schema';
import { SHORTLIST_STATUSES } from '../db/rows';
import { CREATOR_KINDS } from '../reading/reading';
import { CREATOR_METRICS, PLATFORMS, POST_FORMATS, POST_METRICS } from '../reading/reading';

/** Statuses before schema v4, which its upgrade maps (booked → approved, declined → rejected). */
export const LEGACY_SHORTLIST_STATUSES = ['booked', 'declined'] as const;

const time = z.number();
const text = z.string();
const key = z.string().min(1);
const nullableText = z.string().nullable();
const platform = z.enum(PLATFORMS);
const countNumber = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** The rules of lib/reading/reading-schema.ts's countSchema, which every stored count passed on its way in. */
const countFields = {
  value: countNumber,
  min: countNumber,
  max: countNumber,
  exact: z.boolean(),
  text: z.string().max(2_000),
  source: z.enum(['network', 'state', 'embedded', 'attribute', 'text', 'meta']).optional(),
};
const withinRange = <Count extends { value: number; min: number; max: number; exact: boolean }>(count: Count) =>
  count.min <= count.value && count.value <= count.max && (!count.exact || (count.min === count.value && count.max === count.value));
const rangeMessage = { message: 'a count must lie within its own range (min ≤ value ≤ max), and an exact count must have none' };
/** A stored count (lib/db/rows.ts StoredCount), checked as the reading schema checked it on its way in. */
export const storedCountSchema = z.object(countFields).refine(withinRange, rangeMessage);
const countSchema = storedCountSchema;
const latestCount = z.object({ ...countFields, readAt: time }).refine(withinRange, rangeMessage);
const countsOf = <const Metrics extends readonly [string, ...string[]]>(metrics: Metrics, count: z.ZodType) =>
  z.partialRecord(z.enum(metrics), count);

const creator = z.object({
  key,
  platform,
  kind: z.enum(CREATOR_KINDS).optional(),
  handle: nullableText,
  name: nullableText,
  platformId: nullableText,
  url: nullableText,
  verified: z.boolean().nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
  latest: countsOf(CREATOR_METRICS, latestCount),
  followersValue: z.number().nullable().optional(),
});

const post = z.object({
  key,
  platform,
  postId: key,
  creatorKey: nullableText,
  url: text,
  title: nullableText,
  caption: nullableText,
  publishedAt: time.nullable(),
  format: z.enum(POST_FORMATS).nullable(),
  sponsored: z.boolean().nullable(),
  pinned: z.boolean().nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
  latest: countsOf(POST_METRICS, latestCount),
});

const snapshot = z.object({
  id: key,
  visitId: key,
  entityKey: key,
  kind: z.enum(['creator', 'post']),
  platform,
  readAt: time,
  pageUrl: text,
  counts: countsOf([...CREATOR_METRICS, ...POST_METRICS], countSchema),
});

const comment = z.object({
  key,
  platform,
  postKey: key,
  commentId: nullableText,
  author: text,
  authorName: nullableText,
  text,
  publishedAt: time.nullable(),
  publishedText: nullableText,
  likes: countSchema.nullable(),
  replies: countSchema.nullable(),
  byCreator: z.boolean(),
  creatorReplied: z.boolean(),
  firstSeenAt: time,
  lastSeenAt: time,
});

const shortlist = z.object({ id: key, name: text, createdAt: time, updatedAt: time });

const json = z.unknown().refine((value) => isJsonValue(value, 0), {
  message: 'must be plain JSON (objects, arrays, strings, finite numbers, booleans, null)',
});

const shortlistEntryWith = (statuses: readonly [string, ...string[]]) =>
  z.object({
    id: key,
    shortlistId: key,
    creatorKey: key,
    status: z.enum(statuses),
    notes: text,
    addedAt: time,
    updatedAt: time,
    tags: z.array(text).optional(),
    fields: z.object({ rate: nullableText, email: nullableText, agency: nullableText }).optional(),
    kpisAtAdd: json.nullable().optional(),
  });

const readerEvent = z.object({
  id: z.number().int().positive(),
  platform,
  surface: text,
  reader: text,
  field: text,
  outcome: z.enum(['found', 'missed']),
  code: nullableText,
  detail: nullableText,
  at: time,
  pageUrl: text,
  visitId: text.optional(),
});

const setting = z.object({ key, value: json, updatedAt: time });

/** Schema v4: how far snapshot compaction has gone (lib/db/rows.ts MaintenanceRow). */
const removedCount = z.number().int().nonnegative();
const maintenance = z.object({
  key,
  dailyThrough: time.nullable(),
  weeklyThrough: time.nullable(),
  lastRunAt: time.nullable(),
  lastRemoved: z.object({ snapshots: removedCount, comments: removedCount, readerEvents: removedCount }).nullable(),
});

/** Since v5: campaigns and what belongs to them (lib/db/rows.ts; the campaign model is lib/campaigns/campaign.ts). */
const campaign = z.object({
  id: key,
  name: text,
  objective: z.enum(OBJECTIVES),
  primaryKpi: kpiTargetSchema,
  supportingKpis: z.array(kpiTargetSchema),
  startsAt: time,
  endsAt: time,
  budget: moneySchema,
  links: z.object({ base: nullableText, utmCampaign: key, utmMedium: key }),
  createdAt: time,
  updatedAt: time,
});

const campaignCreator = z.object({
  id: key,
  campaignId: key,
  creatorKey: key,
  platform,
  kind: z.enum(CREATOR_KINDS),
  handle: key,
  agreedCost: moneySchema,
  promoCode: key,
  utmContent: key,
  shortlistEntryId: nullableText,
  addedAt: time,
  updatedAt: time,
});

const trackedPost = z.object({ id: key, campaignId: key, postKey: key, creatorKey: key, url: text, addedAt: time });

const importedFile = z.object({
  name: text,
  bytes: z.number().int().nonnegative(),
  format: text,
  encoding: text,
  delimiter: nullableText,
  decimal: nullableText,
  dataRows: z.number().int().nonnegative(),
});

const campaignResults = z.object({
  id: key,
  campaignId: key,
  importedAt: time,
  orders: importedFile,
  sessions: importedFile.nullable(),
  creators: z.array(z.object({ creatorKey: key, handle: key, platform, promoCode: key, utmContent: key, cost: moneySchema })),
  results: campaignResultsSchema,
});

const campaignKpiEntry = z.object({ id: key, campaignId: key, kpi: z.enum(KPI_IDS), at: time, value: z.number().finite(), note: text, enteredAt: time });

/** The schema of each table's rows in a backup written with schema `version`. */
export function rowSchemasOf(version: number): Record<string, z.ZodType> {
  return {
    creators: creator,
    posts: post,
    snapshots: snapshot,
    comments: comment,
    shortlists: shortlist,
    shortlistEntries: shortlistEntryWith(version >= 4 ? SHORTLIST_STATUSES : [...SHORTLIST_STATUSES, ...LEGACY_SHORTLIST_STATUSES]),
    readerEvents: readerEvent,
    settings: setting,
    maintenance,
    campaigns: campaign,
    campaignCreators: campaignCreator,
    trackedPosts: trackedPost,
    campaignResults,
    campaignKpiEntries: campaignKpiEntry,
  };
}

function isJsonValue(value: unknown, depth: number): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  }
  return false;
}
