/**
 * Every message the background accepts, from content scripts and from the panel, as one zod union. The background
 * parses each message with it first: a malformed message gets an explicit error and nothing from it is stored.
 */
import * as z from 'zod/mini';
import { SHORTLIST_STATUSES } from '../db/rows';
import type { ReadingBadges } from '../badges/reading-badges';
import { readingSchema } from '../reading/reading-schema';

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** A reading from a content script. `visitId` names one visit to one page; re-reads of the visit replace its points. */
export const captureReadingMessage = z.object({
  type: z.literal('reading.capture'),
  visitId: id,
  reading: readingSchema,
});

export const createShortlistMessage = z.object({
  type: z.literal('shortlist.create'),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
});

export const renameShortlistMessage = z.object({
  type: z.literal('shortlist.rename'),
  shortlistId: id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
});

export const deleteShortlistMessage = z.object({
  type: z.literal('shortlist.delete'),
  shortlistId: id,
});

export const addToShortlistMessage = z.object({
  type: z.literal('shortlist.add'),
  shortlistId: id,
  creatorKey: id,
});

export const updateShortlistEntryMessage = z.object({
  type: z.literal('shortlist.update-entry'),
  entryId: id,
  status: z.optional(z.enum(SHORTLIST_STATUSES)),
  notes: z.optional(z.string().check(z.maxLength(5_000))),
});

export const removeFromShortlistMessage = z.object({
  type: z.literal('shortlist.remove-entry'),
  entryId: id,
});

export const backgroundMessage = z.discriminatedUnion('type', [
  captureReadingMessage,
  createShortlistMessage,
  renameShortlistMessage,
  deleteShortlistMessage,
  addToShortlistMessage,
  updateShortlistEntryMessage,
  removeFromShortlistMessage,
]);

export type BackgroundMessage = z.infer<typeof backgroundMessage>;
export type CaptureReadingMessage = z.infer<typeof captureReadingMessage>;

/**
 * Every reply: either what was done, or why nothing was. A stored reading's reply carries the badges of its page
 * and tiles by key (lib/badges/badge-keys.ts): the content script renders them, it does not compute them.
 */
export type BackgroundReply =
  | { ok: true; stored?: { creators: number; posts: number; snapshots: number; comments: number }; id?: string; badges?: ReadingBadges }
  | { ok: false; error: string };

/** One line per problem, with the path: "reading.posts.0.metrics.views.min: Invalid input". */
export function describeMessageError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(message)'}: ${issue.message}`)
    .join('; ');
}
