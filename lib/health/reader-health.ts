/**
 * Reader health: from the background's reader events, which readers stopped finding which numbers, and since when.
 *
 * Events (lib/db/rows.ts ReaderEventRow): a reading writes one 'found' row with field "*" and detail = the fields it
 * found, comma-separated ("post.views,post.likes"), and one 'missed' row per field a reader looked for and could
 * not give (field "post.likes", code "not-found", detail why).
 *
 * A reader is a family of sources named `${platform}.${page}` ("youtube.watch"): the found row carries the family
 * name (lib/background/reader-events.ts), the missed rows the source's ("youtube.watch.data", "youtube.watch.dom").
 * Events are compared within a family.
 *
 * A field of a reader is degraded since the first 'missed' event of that field after the last 'found' event of the
 * reader that covered the field (or since its first miss, when no found event in view covered it). A later 'found'
 * that covers the field heals it. A reader is degraded since the earliest of its degraded fields.
 *
 * A miss of a whole entity (field "post" or "creator", e.g. "stale": the page still showed the previous video) is
 * healed by a later success at any of its numbers ("post.views").
 *
 * A miss of a whole reading (field "reading": the background refused it as invalid, code "rejected"; field
 * "storage": it could not be stored because the browser's storage for Castlist is full, code "storage-full") is
 * healed by any later 'found' event of the reader: a reading of it was stored since.
 *
 * Misses with a code in `ignoreCodes` say nothing about the reader and are left out. Default: "hidden" (the creator
 * turned likes off) and "unavailable" (the page has no such number, e.g. a live stream's views).
 */
import type { ReaderEventRow } from '../db/rows';
import { PLATFORM_NAMES, type Platform } from '../reading/reading';

export interface DegradedField {
  /** "post.likes" */
  field: string;
  /** The source that missed it last: "youtube.watch.data". */
  reader: string;
  /** The first miss after the last success. */
  since: number;
  /** How many readings missed it since then (two sources missing it in one reading count once). */
  misses: number;
  /** The newest miss: its code, detail and page, the current reason. */
  code: string | null;
  detail: string | null;
  lastMissedAt: number;
  pageUrl: string;
  /** The last time the reader found this field, if any event in view says so. */
  lastFoundAt: number | null;
}

export interface ReaderHealth {
  platform: Platform;
  /** The family: "youtube.watch". */
  reader: string;
  /** The surface of the newest miss ("post", "profile"). */
  surface: string;
  /** The earliest `since` of its fields. */
  degradedSince: number;
  /** Oldest first. */
  fields: DegradedField[];
}

export interface ReaderHealthOptions {
  ignoreCodes?: readonly string[];
}

export const DEFAULT_IGNORED_CODES: readonly string[] = ['hidden', 'unavailable'];

/** The fields of whole-reading misses, written by the background (lib/background/ingest-failures.ts). */
export const REJECTED_READING_FIELD = 'reading';
export const STORAGE_FULL_FIELD = 'storage';
const WHOLE_READING_FIELDS = [REJECTED_READING_FIELD, STORAGE_FULL_FIELD];

/** The fields a 'found' event covers. */
export function fieldsFound(event: Pick<ReaderEventRow, 'field' | 'detail'>): string[] {
  if (event.field !== '*') return [event.field];
  return (event.detail ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}

/** "youtube.watch.data" → "youtube.watch": the reader family a source belongs to. */
export function readerFamily(reader: string): string {
  return reader.split('.').slice(0, 2).join('.');
}

/** The degraded readers among the events (any order), the longest-degraded first. */
export function degradedReaders(events: readonly ReaderEventRow[], options: ReaderHealthOptions = {}): ReaderHealth[] {
  const ignore = new Set(options.ignoreCodes ?? DEFAULT_IGNORED_CODES);
  const sorted = [...events].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));

  // per reader: the last time each field was found, and the misses of each field, in time order
  const readers = new Map<string, { platform: Platform; reader: string; lastFound: Map<string, number>; misses: Map<string, ReaderEventRow[]> }>();
  for (const event of sorted) {
    const family = readerFamily(event.reader);
    const id = `${event.platform}\u0000${family}`;
    let state = readers.get(id);
    if (!state) {
      state = { platform: event.platform, reader: family, lastFound: new Map(), misses: new Map() };
      readers.set(id, state);
    }
    if (event.outcome === 'found') {
      for (const field of fieldsFound(event)) {
        state.lastFound.set(field, event.at);
        // "post.views" found: the post as a whole was read too
        const dot = field.indexOf('.');
        if (dot > 0) state.lastFound.set(field.slice(0, dot), event.at);
      }
      // a stored reading: the reader's readings are no longer refused, and there is room for them again
      for (const field of WHOLE_READING_FIELDS) state.lastFound.set(field, event.at);
    } else if (event.outcome === 'missed' && !(event.code !== null && ignore.has(event.code))) {
      const list = state.misses.get(event.field) ?? [];
      list.push(event);
      state.misses.set(event.field, list);
    }
  }

  const result: ReaderHealth[] = [];
  for (const state of readers.values()) {
    const fields: DegradedField[] = [];
    let newestMiss: ReaderEventRow | null = null;
    for (const [field, misses] of state.misses) {
      const lastFoundAt = state.lastFound.get(field) ?? null;
      // a miss at the very time of a success (one reading that both found and missed it) does not count
      const since = misses.filter((miss) => lastFoundAt === null || miss.at > lastFoundAt);
      const first = since[0];
      const last = since.at(-1);
      if (!first || !last) continue;
      fields.push({
        field,
        reader: last.reader,
        since: first.at,
        misses: new Set(since.map((miss) => miss.at)).size,
        code: last.code,
        detail: last.detail,
        lastMissedAt: last.at,
        pageUrl: last.pageUrl,
        lastFoundAt,
      });
      if (!newestMiss || last.at > newestMiss.at) newestMiss = last;
    }
    if (fields.length === 0 || !newestMiss) continue;
    fields.sort((a, b) => a.since - b.since || a.field.localeCompare(b.field));
    result.push({
      platform: state.platform,
      reader: state.reader,
      surface: newestMiss.surface,
      degradedSince: fields[0]!.since,
      fields,
    });
  }
  return result.sort((a, b) => a.degradedSince - b.degradedSince || a.reader.localeCompare(b.reader));
}

/** "youtube.watch" (or "youtube.watch.data") → "YouTube watch reader"; a name outside that pattern is shown whole. */
export function readerLabel(platform: Platform, reader: string): string {
  const [site, page] = reader.split('.');
  if (site === platform && page) return `${PLATFORM_NAMES[platform]} ${page} reader`;
  return `${PLATFORM_NAMES[platform]} reader ${reader}`;
}

const CODE_WORDS: Record<string, string> = {
  'not-found': 'not found',
  stale: 'stale',
  ambiguous: 'ambiguous',
  hidden: 'hidden',
  unavailable: 'unavailable',
  invalid: 'invalid',
  rejected: 'rejected as invalid',
  'storage-full': 'full',
};

export function codeWords(code: string | null): string {
  return code === null ? 'missing' : (CODE_WORDS[code] ?? code);
}

/**
 * "post.likes" → "likes". When one reader misses the same metric of both a post and a creator, both keep their
 * prefix ("post likes", "creator likes").
 */
export function fieldLabels(fields: readonly string[]): Map<string, string> {
  const short = (field: string) => field.slice(field.lastIndexOf('.') + 1) || field;
  const counts = new Map<string, number>();
  for (const field of new Set(fields)) counts.set(short(field), (counts.get(short(field)) ?? 0) + 1);
  return new Map(fields.map((field) => [field, (counts.get(short(field)) ?? 0) > 1 ? field.replace('.', ' ') : short(field)]));
}

/** "likes, comments not found; views stale": the fields grouped by their current reason. */
export function describeDegradation(health: Pick<ReaderHealth, 'fields'>): string {
  const labels = fieldLabels(health.fields.map((field) => field.field));
  const byCode = new Map<string, string[]>();
  for (const field of health.fields) {
    const words = codeWords(field.code);
    byCode.set(words, [...(byCode.get(words) ?? []), labels.get(field.field) ?? field.field]);
  }
  return [...byCode].map(([words, names]) => `${names.join(', ')} ${words}`).join('; ');
}
