/**
 * What the background records when a reading is not stored, as reader events the panel's reader health shows:
 *   - refused as invalid (it failed the schema, or RejectedReadingError): the reading is dropped, and a 'missed'
 *     event with field "reading" and code "rejected" says so, with the reason;
 *   - not stored for want of room (QuotaExceededError): the reading waits in its tab and is retried; a 'missed'
 *     event with field "storage" and code "storage-full" says so (written by StorageMaintenance after compaction).
 * Neither carries a visitId: re-ingesting the visit replaces the visit's own events, never these. Both are dated at
 * the reading's time when it has a valid one, so that the same reading sent again (its reply was lost) is recorded
 * once.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { ReaderEventRow } from '../db/rows';
import { REJECTED_READING_FIELD, STORAGE_FULL_FIELD } from '../health/reader-health';
import type { CaptureReadingMessage } from '../messages/background-messages';
import { PLATFORMS, type Platform, SURFACES, type Surface } from '../reading/reading';
import { foundReaderName } from './reader-events';

const MAX_DETAIL = 2_000;
const MAX_URL = 2_000;

/**
 * The event for a refused capture message, from whatever of it can be told (its platform at least), or null when it
 * is not a reading of a platform at all (nothing to attribute it to; the caller logs it).
 */
export function rejectedReadingEvent(raw: unknown, reason: string, now: number): ReaderEventRow | null {
  if (!isRecord(raw) || raw.type !== 'reading.capture' || !isRecord(raw.reading)) return null;
  const { platform, surface, url } = raw.reading;
  if (!(PLATFORMS as readonly unknown[]).includes(platform)) return null;
  const readAt = typeof raw.reading.readAt === 'string' ? Date.parse(raw.reading.readAt) : Number.NaN;
  const page = {
    platform: platform as Platform,
    surface: (SURFACES as readonly unknown[]).includes(surface) ? (surface as Surface) : 'unsupported',
    url: typeof url === 'string' ? url.slice(0, MAX_URL) : '',
  };
  return {
    platform: page.platform,
    surface: page.surface,
    reader: foundReaderName(page),
    field: REJECTED_READING_FIELD,
    outcome: 'missed',
    code: 'rejected',
    detail: reason.slice(0, MAX_DETAIL),
    at: Number.isNaN(readAt) ? now : Math.min(readAt, now),
    pageUrl: page.url,
  };
}

/**
 * Stores the event of a refused reading. False when it could not be stored (the database closing, the worker
 * stopping): the caller then asks for the reading again rather than drop it unrecorded, and the event is stored on
 * a later try (once: a recorded event is not added twice). True when it is stored, or when the message is no reading.
 */
export async function recordRejectedReading(db: CastlistDatabase, raw: unknown, reason: string, now: number): Promise<boolean> {
  const event = rejectedReadingEvent(raw, reason, now);
  if (!event) {
    console.error(`[castlist] refused a message that is not a reading of a supported site (${reason})`);
    return true;
  }
  try {
    await db.transaction('rw', db.readerEvents, async () => {
      if (await isRecorded(db, event)) return; // the same reading, sent again after its reply was lost
      await db.readerEvents.add(event);
    });
    return true;
  } catch (error) {
    console.error(`[castlist] could not record the refused ${event.reader} reading of ${event.pageUrl}; it is asked for again:`, error);
    return false;
  }
}

/** The event of a reading that could not be stored for want of room, dated at the reading's time. */
export function storageFullEvent(message: CaptureReadingMessage, detail: string, now: number): ReaderEventRow {
  const { reading } = message;
  const readAt = Date.parse(reading.readAt);
  return {
    platform: reading.platform,
    surface: reading.surface,
    reader: foundReaderName(reading),
    field: STORAGE_FULL_FIELD,
    outcome: 'missed',
    code: 'storage-full',
    detail: detail.slice(0, MAX_DETAIL),
    at: Number.isNaN(readAt) ? now : Math.min(readAt, now),
    pageUrl: reading.url,
  };
}

async function isRecorded(db: CastlistDatabase, event: ReaderEventRow): Promise<boolean> {
  const sameTime = await db.readerEvents.where('[platform+outcome+at]').equals([event.platform, event.outcome, event.at]).toArray();
  return sameTime.some(
    (other) => other.reader === event.reader && other.field === event.field && other.code === event.code && other.pageUrl === event.pageUrl && other.detail === event.detail,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
