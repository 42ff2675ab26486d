/**
 * The background's one entry point for messages: validate, dispatch, reply. A message that does not parse stores
 * nothing and gets `invalid message: <path>: <problem>`. A failure while storing is logged with the message type and
 * replied as `<type> failed: <why>`, so the sender can show it; nothing is swallowed.
 *
 * Refusals and failures are told apart in the reply. A refusal (the message is invalid, the reading cannot be
 * stored as it is, the request cannot be done) is final: `{ok: false, error}`; a refused reading is dropped, and a
 * reader event says so (ingest-failures.ts). Anything else is a failure of the moment, not of the message (the
 * database closing or closed, the disk full, a transaction aborted, the worker stopping): `{ok: false, error,
 * retry: true}`, and the outbox sends the reading again. A full disk also starts compaction at once.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { CastlistDatabase } from '../db/castlist-db';
import {
  backgroundMessage,
  describeMessageError,
  type BackgroundMessage,
  type BackgroundReply,
  type CaptureReadingMessage,
} from '../messages/background-messages';
import { addFromPage } from './add-from-page';
import { DataFileError, importCsvFile, restoreBackupFile } from './data-files';
import { dispatchCampaignMessage } from './campaign-dispatch';
import { CampaignError } from './campaign-records';
import { recordRejectedReading, storageFullEvent } from './ingest-failures';
import type { ReadingBadges } from '../badges/reading-badges';
import { badgesOfReading } from './badges-of-reading';
import { ingestReading, RejectedReadingError } from './ingest-reading';
import { resetSetting, SettingError, setSetting } from './settings';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  removeFromShortlist,
  renameShortlist,
  ShortlistError,
  updateShortlistEntry,
} from './shortlists';
import type { StorageMaintenance } from './storage-maintenance';

// zod/mini ships no error messages ("Invalid input" for everything); the English ones make replies say what is wrong:
// "reading.posts.0.caption: Too big: expected string to have <=10000 characters".
z.config(en());

/** What the background runs beside message handling; absent in tests and tools that only store. */
export interface BackgroundServices {
  maintenance?: StorageMaintenance;
  /** The toolbar's reminder of tracked posts not visited for a while (tracking-reminder-badge.ts). */
  trackingReminder?: { refresh(): Promise<void> };
}

/** Who sent the message, as the browser reports it (never as the message claims). */
export interface MessageOrigin {
  /** The sending document's URL: the page, for a content script. */
  url?: string;
}

export async function handleBackgroundMessage(
  raw: unknown,
  db: CastlistDatabase,
  now: number = Date.now(),
  services: BackgroundServices = {},
  origin: MessageOrigin = {},
): Promise<BackgroundReply> {
  const parsed = backgroundMessage.safeParse(raw);
  if (!parsed.success) {
    const error = `invalid message: ${describeMessageError(parsed.error)}`;
    // Dropped only once reader health knows: a refusal that could not be recorded is asked for again.
    if (!(await recordRejectedReading(db, raw, error, now))) return { ok: false, error: `${error} (not recorded yet)`, retry: true };
    return { ok: false, error };
  }
  const message = parsed.data;
  try {
    const reply = await dispatch(message, db, now, origin);
    if (message.type === 'reading.capture') services.maintenance?.afterIngest();
    if (changesTrackingReminder(message)) void services.trackingReminder?.refresh();
    return reply;
  } catch (error) {
    const reason = `${message.type} failed: ${describeFailure(error)}`;
    if (isRefusal(error)) {
      console.warn(`[castlist] refused ${message.type}: ${error.message}`);
      if (error instanceof RejectedReadingError && !(await recordRejectedReading(db, message, reason, now))) {
        return { ok: false, error: `${reason} (not recorded yet)`, retry: true };
      }
      return { ok: false, error: reason };
    }
    console.error(`[castlist] ${message.type} failed; the sender may send it again:`, error);
    if (message.type === 'reading.capture' && isStorageFull(error)) {
      void services.maintenance?.storageFull(
        storageFullEvent(message, `${reason}. The reading waits in its tab and is stored once compaction has made room.`, now),
      );
    }
    return { ok: false, error: reason, retry: true };
  }
}

/** A stored reading may be a visit to a tracked post; campaign and setting changes change what is tracked or when it is due. */
function changesTrackingReminder(message: BackgroundMessage): boolean {
  return message.type === 'reading.capture' || message.type.startsWith('campaign.') || message.type.startsWith('settings.');
}

/** Errors that judge the message itself: sending it again would be refused again. */
function isRefusal(error: unknown): error is Error {
  return (
    error instanceof RejectedReadingError ||
    error instanceof ShortlistError ||
    error instanceof SettingError ||
    error instanceof DataFileError ||
    error instanceof CampaignError
  );
}

/**
 * QuotaExceededError, as thrown, as the inner cause of the AbortError Dexie reports for the aborted transaction, or
 * as the first failure of a BulkError.
 */
function isStorageFull(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 4; depth++) {
    if (cause.name === 'QuotaExceededError') return true;
    const { inner, failures } = cause as { inner?: unknown; failures?: unknown[] };
    cause = inner ?? failures?.[0] ?? cause.cause;
  }
  return false;
}

async function dispatch(message: BackgroundMessage, db: CastlistDatabase, now: number, origin: MessageOrigin): Promise<BackgroundReply> {
  switch (message.type) {
    case 'reading.capture': {
      const stored = await ingestReading(db, message, now);
      return { ok: true, stored, ...(await badgesOrNone(db, message.reading, now)) };
    }
    case 'shortlist.create':
      return { ok: true, ...(await createShortlist(db, message, now)) };
    case 'shortlist.rename':
      return { ok: true, ...(await renameShortlist(db, message, now)) };
    case 'shortlist.delete':
      return { ok: true, ...(await deleteShortlist(db, message)) };
    case 'shortlist.add':
      return { ok: true, ...(await addToShortlist(db, message, now)) };
    case 'shortlist.add-from-page':
      return { ok: true, ...(await addFromPage(db, message, origin.url, now)) };
    case 'csv.import':
      return { ok: true, ...(await importCsvFile(db, message, now)) };
    case 'backup.restore':
      return { ok: true, ...(await restoreBackupFile(db, message)) };
    case 'shortlist.update-entry':
      return { ok: true, ...(await updateShortlistEntry(db, message, now)) };
    case 'shortlist.remove-entry':
      return { ok: true, ...(await removeFromShortlist(db, message, now)) };
    case 'settings.set':
      return { ok: true, ...(await setSetting(db, message, now)) };
    case 'settings.reset':
      return { ok: true, ...(await resetSetting(db, message)) };
    case 'campaign.create':
    case 'campaign.update':
    case 'campaign.delete':
    case 'campaign.add-creator':
    case 'campaign.update-creator':
    case 'campaign.remove-creator':
    case 'campaign.track-post':
    case 'campaign.untrack-post':
    case 'campaign.import-results':
    case 'campaign.delete-results':
    case 'campaign.record-kpi':
    case 'campaign.delete-kpi':
      return { ok: true, ...(await dispatchCampaignMessage(message, db, now)) };
    default:
      return unreachable(message);
  }
}

/** The reading is stored: a failure to work out its badges costs the page its badges, not the reading. */
async function badgesOrNone(db: CastlistDatabase, reading: CaptureReadingMessage['reading'], now: number): Promise<{ badges?: ReadingBadges }> {
  try {
    return { badges: await badgesOfReading(db, reading, now) };
  } catch (error) {
    console.error(`[castlist] the badges of a stored ${reading.platform} reading of ${reading.url} failed:`, error);
    return {};
  }
}

function unreachable(message: never): never {
  throw new Error(`no handler for message ${JSON.stringify(message)}`);
}

/** What IndexedDB's (and Dexie's) error names mean for someone who only wanted to save a reading or a list. */
const STORAGE_ERROR_MEANINGS: Record<string, string> = {
  QuotaExceededError: "the browser's storage for Castlist is full",
  ConstraintError: 'it would duplicate a row that must be unique',
  DatabaseClosedError: 'the database is closed',
  OpenFailedError: 'the database could not be opened',
  VersionError: 'the database was written by a newer version of Castlist; reload the extension',
  UpgradeError: 'the database could not be upgraded to this version of Castlist',
  DataCloneError: 'the data cannot be stored in IndexedDB',
  DataError: 'a key or indexed value is not valid for IndexedDB',
};

function describeFailure(error: unknown): string {
  if (isRefusal(error)) return error.message;
  if (!(error instanceof Error)) return String(error);
  const meaning = STORAGE_ERROR_MEANINGS[error.name];
  const detail = `${error.name}: ${error.message}`;
  return meaning ? `${meaning} (${detail})` : detail;
}
