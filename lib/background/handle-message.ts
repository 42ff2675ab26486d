/**
 * The background's one entry point for messages: validate, dispatch, reply. A message that does not parse stores
 * nothing and gets `invalid message: <path>: <problem>`. A failure while storing is logged with the message type and
 * replied as `<type> failed: <why>`, so the sender can show it; nothing is swallowed.
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
import type { ReadingBadges } from '../badges/reading-badges';
import { badgesOfReading } from './badges-of-reading';
import { ingestReading, RejectedReadingError } from './ingest-reading';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  removeFromShortlist,
  renameShortlist,
  ShortlistError,
  updateShortlistEntry,
} from './shortlists';

// zod/mini ships no error messages ("Invalid input" for everything); the English ones make replies say what is wrong:
// "reading.posts.0.caption: Too big: expected string to have <=10000 characters".
z.config(en());

export async function handleBackgroundMessage(
  raw: unknown,
  db: CastlistDatabase,
  now: number = Date.now(),
): Promise<BackgroundReply> {
  const parsed = backgroundMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${describeMessageError(parsed.error)}` };
  const message = parsed.data;
  try {
    return await dispatch(message, db, now);
  } catch (error) {
    console.error(`[castlist] ${message.type} failed:`, error);
    return { ok: false, error: `${message.type} failed: ${describeFailure(error)}` };
  }
}

async function dispatch(message: BackgroundMessage, db: CastlistDatabase, now: number): Promise<BackgroundReply> {
  switch (message.type) {
    case 'reading.capture': {
      const stored = await ingestReading(db, message, now);
      return { ok: true, stored, ...(await badgesOrNone(db, message.reading)) };
    }
    case 'shortlist.create':
      return { ok: true, ...(await createShortlist(db, message, now)) };
    case 'shortlist.rename':
      return { ok: true, ...(await renameShortlist(db, message, now)) };
    case 'shortlist.delete':
      return { ok: true, ...(await deleteShortlist(db, message)) };
    case 'shortlist.add':
      return { ok: true, ...(await addToShortlist(db, message, now)) };
    case 'shortlist.update-entry':
      return { ok: true, ...(await updateShortlistEntry(db, message, now)) };
    case 'shortlist.remove-entry':
      return { ok: true, ...(await removeFromShortlist(db, message, now)) };
    default:
      return unreachable(message);
  }
}

/** The reading is stored: a failure to work out its badges costs the page its badges, not the reading. */
async function badgesOrNone(db: CastlistDatabase, reading: CaptureReadingMessage['reading']): Promise<{ badges?: ReadingBadges }> {
  try {
    return { badges: await badgesOfReading(db, reading) };
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
  if (error instanceof ShortlistError || error instanceof RejectedReadingError) return error.message;
  if (!(error instanceof Error)) return String(error);
  const meaning = STORAGE_ERROR_MEANINGS[error.name];
  const detail = `${error.name}: ${error.message}`;
  return meaning ? `${meaning} (${detail})` : detail;
}
