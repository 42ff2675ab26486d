/**
 * The zod schema of a Reading: checked by the background before anything is stored, so a malformed or hostile
 * reading is rejected with a clear error and never reaches the database. Written with zod/mini so the same schema
 * is cheap wherever it is used.
 */
import * as z from 'zod/mini';
import {
  CREATOR_KINDS,
  CREATOR_METRICS,
  PLATFORMS,
  POST_FORMATS,
  POST_METRICS,
  PROBLEM_CODES,
  SURFACES,
  type Reading,
} from './reading';

const MAX_TEXT = 10_000;
const shortText = z.string().check(z.maxLength(2_000));
const longText = z.string().check(z.maxLength(MAX_TEXT));
const isoDate = z.iso.datetime({ offset: true });
const countNumber = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));

export const countSchema = z
  .object({
    value: countNumber,
    min: countNumber,
    max: countNumber,
    exact: z.boolean(),
    text: shortText,
    source: z.optional(z.enum(['network', 'state', 'embedded', 'attribute', 'text', 'meta'])),
  })
  .check(
    z.refine((count) => count.min <= count.value && count.value <= count.max, {
      message: 'a count must lie within its own range (min ≤ value ≤ max)',
    }),
    z.refine((count) => !count.exact || (count.min === count.value && count.max === count.value), {
      message: 'an exact count has no range',
    }),
  );

const url = z.url({ protocol: /^https?$/ });

export const creatorSchema = z.object({
  kind: z.optional(z.enum(CREATOR_KINDS)),
  id: z.optional(shortText),
  handle: z.nullable(shortText),
  name: z.nullable(shortText),
  url: z.optional(url),
  verified: z.optional(z.boolean()),
  ...Object.fromEntries(CREATOR_METRICS.map((metric) => [metric, z.optional(countSchema)])),
});

export const postSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  url,
  title: z.optional(z.nullable(longText)),
  caption: z.optional(z.nullable(longText)),
  publishedAt: z.optional(z.nullable(isoDate)),
  format: z.optional(z.nullable(z.enum(POST_FORMATS))),
  sponsored: z.optional(z.boolean()),
  pinned: z.optional(z.boolean()),
  author: z.optional(
    z.object({ handle: z.nullable(shortText), name: z.optional(z.nullable(shortText)), id: z.optional(shortText), kind: z.optional(z.enum(CREATOR_KINDS)) }),
  ),
  metrics: z.partialRecord(z.enum(POST_METRICS), countSchema),
});

export const commentSchema = z.object({
  id: z.optional(shortText),
  postId: z.string().check(z.minLength(1), z.maxLength(200)),
  author: shortText,
  authorName: z.optional(z.nullable(shortText)),
  text: longText,
  publishedAt: z.optional(z.nullable(isoDate)),
  publishedText: z.optional(z.nullable(shortText)),
  likes: z.optional(countSchema),
  replies: z.optional(countSchema),
  byCreator: z.optional(z.boolean()),
  creatorReplied: z.optional(z.boolean()),
});

export const problemSchema = z.object({
  reader: shortText,
  field: shortText,
  code: z.enum(PROBLEM_CODES),
  detail: shortText,
});

export const readingSchema = z.object({
  platform: z.enum(PLATFORMS),
  surface: z.enum(SURFACES),
  url,
  readAt: isoDate,
  lang: z.nullable(shortText),
  creator: z.nullable(creatorSchema),
  posts: z.array(postSchema).check(z.maxLength(2_000)),
  comments: z.array(commentSchema).check(z.maxLength(5_000)),
  problems: z.array(problemSchema).check(z.maxLength(500)),
});

// The schema and the hand-written type must describe the same thing.
type SchemaReading = z.infer<typeof readingSchema>;
export const schemaMatchesType: [Reading] extends [SchemaReading] ? true : never = true;
