/**
 * Every message the background accepts, from content scripts and from the panel, as one zod union. The background
 * parses each message with it first: a malformed message gets an explicit error and nothing from it is stored.
 */
import * as z from 'zod/mini';
import { SHORTLIST_STATUSES } from '../db/rows';
import { SETTING_KEYS } from '../db/settings';
import type { RestoreResult } from '../backup/backup-database';
import type { ReadingBadges } from '../badges/reading-badges';
import type { CsvImportResult } from '../csv/import/apply-csv-import';
import { readingSchema } from '../reading/reading-schema';
import { CAMPAIGN_MESSAGES } from './campaign-messages';

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** Opaque JSON the background stores as given (kpisAtAdd, setting values), bounded in size. */
const MAX_JSON_CHARS = 50_000;
const boundedJson = z.json().check(
  z.refine((value) => JSON.stringify(value).length <= MAX_JSON_CHARS, { message: `too big: more than ${MAX_JSON_CHARS} characters of JSON` }),
);

const tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));
/** A user field of a shortlist entry; null or "" clears it. */
const entryField = z.nullable(z.string().check(z.trim(), z.maxLength(300)));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const entryEmail = z.nullable(
  z.string().check(z.trim(), z.maxLength(320), z.refine((text) => text === '' || EMAIL.test(text), { message: 'not an email address' })),
);

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

/** A creatorKey from lib/reading/keys.ts (a LinkedIn company is `linkedin:company:<slug>`). */
export const addToShortlistMessage = z.object({
  type: z.literal('shortlist.add'),
  shortlistId: id,
  creatorKey: id,
  /** The creator's casting KPIs at the time of adding, frozen (shape: lib/kpi). */
  kpisAtAdd: z.optional(z.nullable(boundedJson)),
});

/**
 * From a page's badge button (a content script): add the creator this tab shows to the last-used list. The
 * background checks the creator against the readings of the sender's page (lib/background/add-from-page.ts).
 */
export const addFromPageMessage = z.object({
  type: z.literal('shortlist.add-from-page'),
  creatorKey: id,
});

/**
 * A whole file's text, from the panel: a CSV to import into shortlists, a backup to restore. Chrome carries a
 * message of up to 64 MiB; a larger file is refused here with its size rather than lost on the way.
 */
const MAX_FILE_CHARS = 48 * 1024 * 1024;
const fileText = z.string().check(z.maxLength(MAX_FILE_CHARS, `too big: a file of more than ${MAX_FILE_CHARS} characters`));

/** The list a spreadsheet from elsewhere goes to (Castlist's own CSV names its lists in a column). */
export const importCsvMessage = z.object({
  type: z.literal('csv.import'),
  text: fileText,
  shortlistName: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
});

/** Replaces the whole database with a backup file's contents, once the file has been checked completely. */
export const restoreBackupMessage = z.object({
  type: z.literal('backup.restore'),
  text: fileText,
});

/** Changes only what it names: `tags` replaces the entry's tags, `fields` changes only the fields it carries. */
export const updateShortlistEntryMessage = z.object({
  type: z.literal('shortlist.update-entry'),
  entryId: id,
  status: z.optional(z.enum(SHORTLIST_STATUSES)),
  notes: z.optional(z.string().check(z.maxLength(5_000))),
  tags: z.optional(z.array(tag).check(z.maxLength(50))),
  fields: z.optional(z.object({ rate: z.optional(entryField), email: z.optional(entryEmail), agency: z.optional(entryField) })),
});

export const removeFromShortlistMessage = z.object({
  type: z.literal('shortlist.remove-entry'),
  entryId: id,
});

/** A user setting; the value is checked against its key's schema (lib/db/settings.ts) before it is stored. */
export const setSettingMessage = z.object({
  type: z.literal('settings.set'),
  key: z.enum(SETTING_KEYS),
  value: boundedJson,
});

/** Back to the default: the stored value is removed. */
export const resetSettingMessage = z.object({
  type: z.literal('settings.reset'),
  key: z.enum(SETTING_KEYS),
});

export const backgroundMessage = z.discriminatedUnion('type', [
  captureReadingMessage,
  createShortlistMessage,
  renameShortlistMessage,
  deleteShortlistMessage,
  addToShortlistMessage,
  addFromPageMessage,
  importCsvMessage,
  restoreBackupMessage,
  updateShortlistEntryMessage,
  removeFromShortlistMessage,
  setSettingMessage,
  resetSettingMessage,
  ...CAMPAIGN_MESSAGES,
]);

export type BackgroundMessage = z.infer<typeof backgroundMessage>;
export type CaptureReadingMessage = z.infer<typeof captureReadingMessage>;
export type AddFromPageMessage = z.infer<typeof addFromPageMessage>;

/**
 * Every reply: either what was done, or why nothing was. A stored reading's reply carries the badges of its page
 * and tiles by key (lib/badges/badge-keys.ts): the content script renders them, it does not compute them. A failure with
 * `retry: true` changed nothing and is no judgement of the message (the database was closing, the disk full, the
 * worker stopping): the same message may succeed later, and the outbox sends it again. Without it, the message itself
 * was refused (invalid, or a request that cannot be done) and sending it again would not change that.
 */
export type BackgroundReply =
  | {
      ok: true;
      stored?: { creators: number; posts: number; snapshots: number; comments: number };
      id?: string;
      badges?: ReadingBadges;
      /** The list an entry went to (adds), so the sender can say where. */
      shortlist?: { id: string; name: string };
      /** A page's add found the creator already on that list: nothing changed (lib/background/add-from-page.ts). */
      alreadyListed?: true;
      /** What a CSV import did (lists, creators, entries) and the rows it skipped, with the reasons. */
      imported?: CsvImportResult;
      /** What a restore put back, per table. */
      restored?: RestoreResult;
    }
  | { ok: false; error: string; retry?: true };

/** One line per problem, with the path: "reading.posts.0.metrics.views.min: Invalid input". */
export function describeMessageError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(message)'}: ${issue.message}`)
    .join('; ');
}
