/**
 * The zod schemas of the rows a backup may hold, per table (lib/db/rows.ts). A backup is checked row by row before
 * anything is written. Objects are loose on purpose: a field this version does not know (one a later schema added
 * and an upgrade kept) is carried through, never dropped, so a restore stays lossless.
 */
import * as z from 'zod/mini';
import { CREATOR_KINDS, SHORTLIST_STATUSES } from '../db/rows';
import { countSchema } from '../reading/reading-schema';
import { CREATOR_METRICS, PLATFORMS, POST_FORMATS, POST_METRICS } from '../reading/reading';

/** Statuses before schema v4, which its upgrade maps (booked → approved, declined → rejected). */
export const LEGACY_SHORTLIST_STATUSES = ['booked', 'declined'] as const;

const time = z.number().check(z.refine(Number.isFinite, { message: 'a time must be a finite number of milliseconds' }));
const text = z.string();
const key = z.string().check(z.minLength(1));
const nullableText = z.nullable(z.string());
const platform = z.enum(PLATFORMS);
const latestCount = z.intersection(countSchema, z.looseObject({ readAt: time }));
const countsOf = <const Metrics extends readonly [string, ...string[]]>(metrics: Metrics, count: z.ZodMiniType) =>
  z.partialRecord(z.enum(metrics), count);

const creator = z.looseObject({
  key,
  platform,
  kind: z.optional(z.enum(CREATOR_KINDS)),
  handle: nullableText,
  name: nullableText,
  platformId: nullableText,
  url: nullableText,
  verified: z.nullable(z.boolean()),
  firstSeenAt: time,
  lastSeenAt: time,
  latest: countsOf(CREATOR_METRICS, latestCount),
  followersValue: z.optional(z.nullable(z.number())),
});

const post = z.looseObject({
  key,
  platform,
  postId: key,
  creatorKey: nullableText,
  url: text,
  title: nullableText,
  caption: nullableText,
  publishedAt: z.nullable(time),
  format: z.nullable(z.enum(POST_FORMATS)),
  sponsored: z.nullable(z.boolean()),
  pinned: z.nullable(z.boolean()),
  firstSeenAt: time,
  lastSeenAt: time,
  latest: countsOf(POST_METRICS, latestCount),
});

const snapshot = z.looseObject({
  id: key,
  visitId: key,
  entityKey: key,
  kind: z.enum(['creator', 'post']),
  platform,
  readAt: time,
  pageUrl: text,
  counts: countsOf([...CREATOR_METRICS, ...POST_METRICS], countSchema),
});

const comment = z.looseObject({
  key,
  platform,
  postKey: key,
  commentId: nullableText,
  author: text,
  authorName: nullableText,
  text,
  publishedAt: z.nullable(time),
  publishedText: nullableText,
  likes: z.nullable(countSchema),
  replies: z.nullable(countSchema),
  byCreator: z.boolean(),
  creatorReplied: z.boolean(),
  firstSeenAt: time,
  lastSeenAt: time,
});

const shortlist = z.looseObject({ id: key, name: text, createdAt: time, updatedAt: time });

const json: z.ZodMiniType<unknown> = z.unknown().check(
  z.refine((value) => isJsonValue(value, 0), { message: 'kpisAtAdd must be plain JSON (objects, arrays, strings, finite numbers, booleans, null)' }),
);

const shortlistEntryWith = (statuses: readonly [string, ...string[]]) =>
  z.looseObject({
    id: key,
    shortlistId: key,
    creatorKey: key,
    status: z.enum(statuses),
    notes: text,
    addedAt: time,
    updatedAt: time,
    tags: z.optional(z.array(text)),
    fields: z.optional(z.looseObject({ rate: nullableText, email: nullableText, agency: nullableText })),
    kpisAtAdd: z.optional(z.nullable(json)),
  });

const readerEvent = z.looseObject({
  id: z.number().check(z.int(), z.positive()),
  platform,
  surface: text,
  reader: text,
  field: text,
  outcome: z.enum(['found', 'missed']),
  code: nullableText,
  detail: nullableText,
  at: time,
  pageUrl: text,
  visitId: z.optional(text),
});

const setting = z.looseObject({ key, value: json, updatedAt: time });

/** The schema of each table's rows in a backup written with schema `version`. */
export function rowSchemasOf(version: number): Record<string, z.ZodMiniType> {
  return {
    creators: creator,
    posts: post,
    snapshots: snapshot,
    comments: comment,
    shortlists: shortlist,
    shortlistEntries: shortlistEntryWith(version >= 4 ? SHORTLIST_STATUSES : [...SHORTLIST_STATUSES, ...LEGACY_SHORTLIST_STATUSES]),
    readerEvents: readerEvent,
    settings: setting,
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
