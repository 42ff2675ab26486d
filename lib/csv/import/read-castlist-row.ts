/**
 * One row of Castlist's own CSV (castlist-columns.ts) read back: the creator with every count and its evidence,
 * and the list entry. Columns the file lacks (a user deleted them) are "not given"; a cell that breaks its
 * column's rule makes the row bad, with the column named.
 */
import type { StoredCount, ShortlistEntryFields } from '../../db/rows';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../db/rows';
import { CREATOR_KINDS } from '../../reading/reading';
import { creatorKeyOf } from '../../reading/keys';
import { storedCountSchema } from '../../backup/row-schemas';
import { CREATOR_METRICS, PLATFORMS, type Platform } from '../../reading/reading';
import { creatorKeyParts } from '../creator-key-parts';
import type { RowCells } from './cell-values';
import { BadRowError, type ImportedCreator, type ImportedEntry, type ImportRow } from './import-plan';

const MAX_NAME = 120;
const MAX_NOTES = 5_000;
const MAX_KEY = 200;

export function readCastlistRow(cells: RowCells, row: number, now: number): ImportRow {
  const creator = readCreator(cells, now);
  return { row, reference: { by: 'key', creator, complete: true }, entry: readEntry(cells) };
}

function readCreator(cells: RowCells, now: number): ImportedCreator {
  const givenKey = cells.optionalText('creator_key')?.trim() ?? null;
  const platformText = cells.optionalText('platform')?.trim().toLowerCase() ?? null;
  const keyParts = givenKey ? creatorKeyParts(givenKey) : null;
  if (givenKey && !keyParts) throw new BadRowError(`creator_key: "${givenKey}" is not a Castlist creator key (platform:handle)`);
  if (givenKey && givenKey.length > MAX_KEY) throw new BadRowError(`creator_key: longer than ${MAX_KEY} characters`);
  const platform = (platformText ?? keyParts?.platform ?? null) as Platform | null;
  if (!platform || !PLATFORMS.includes(platform)) {
    throw new BadRowError(`platform: "${platformText ?? ''}" is not one of ${PLATFORMS.join(', ')}`);
  }
  if (keyParts && keyParts.platform !== platform) {
    throw new BadRowError(`creator_key ${givenKey} is a ${keyParts.platform} key but platform says ${platform}`);
  }
  const kindText = cells.optionalText('kind')?.trim().toLowerCase() ?? keyParts?.kind ?? 'person';
  if (!(CREATOR_KINDS as readonly string[]).includes(kindText)) throw new BadRowError(`kind: "${kindText}" is not person or company`);
  const kind = kindText as ImportedCreator['kind'];
  const handle = cells.optionalText('handle')?.trim().replace(/^@/, '') ?? null;
  const platformId = cells.optionalText('platform_id')?.trim() ?? null;
  const key = givenKey ?? creatorKeyOf(platform, { handle, id: platformId, kind });
  if (!key) throw new BadRowError('no creator_key, handle or platform_id: the row names no creator');

  const latest: ImportedCreator['latest'] = {};
  const lastSeenAt = cells.time('last_seen_at') ?? null;
  for (const metric of CREATOR_METRICS) {
    const count = readCount(cells, metric, lastSeenAt ?? now);
    if (count) latest[metric] = count;
  }
  const readTimes = Object.values(latest).map((count) => count.readAt);
  return {
    key,
    platform,
    kind,
    handle,
    name: cells.optionalText('name') ?? null,
    platformId,
    url: cells.optionalText('url')?.trim() ?? null,
    verified: cells.boolean('verified') ?? null,
    latest,
    firstSeenAt: cells.time('first_seen_at') ?? (readTimes.length ? Math.min(...readTimes) : null),
    lastSeenAt: lastSeenAt ?? (readTimes.length ? Math.max(...readTimes) : null),
  };
}

/** A count from its columns: value, min, max, and the evidence (exact, text, source, read_at). */
function readCount(cells: RowCells, metric: string, fallbackReadAt: number): (StoredCount & { readAt: number }) | null {
  const value = cells.integer(metric) ?? null;
  const min = cells.integer(`${metric}_min`) ?? null;
  const max = cells.integer(`${metric}_max`) ?? null;
  if (value === null) {
    if (min !== null || max !== null) throw new BadRowError(`${metric}: a range (${metric}_min, ${metric}_max) without a value`);
    return null;
  }
  const exact = cells.boolean(`${metric}_exact`) ?? ((min ?? value) === value && (max ?? value) === value);
  const source = cells.optionalText(`${metric}_source`)?.trim() ?? undefined;
  const count = {
    value,
    min: min ?? value,
    max: max ?? value,
    exact,
    text: cells.optionalText(`${metric}_text`) ?? String(value),
    ...(source ? { source } : {}),
  };
  const checked = storedCountSchema.safeParse(count);
  if (!checked.success) {
    throw new BadRowError(`${metric}: ${checked.error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')} ` : ''}${issue.message}`).join('; ')}`);
  }
  return { ...(checked.data as StoredCount), readAt: cells.time(`${metric}_read_at`) ?? fallbackReadAt };
}

function readEntry(cells: RowCells): ImportedEntry | null {
  const shortlistName = cells.optionalText('shortlist')?.trim() ?? null;
  if (!shortlistName) return null;
  if (shortlistName.length > MAX_NAME) throw new BadRowError(`shortlist: a list name has at most ${MAX_NAME} characters`);
  const entry: ImportedEntry = { shortlistName };
  const shortlistId = cells.optionalText('shortlist_id')?.trim();
  if (shortlistId) entry.shortlistId = shortlistId;
  const entryId = cells.optionalText('entry_id')?.trim();
  if (entryId) entry.entryId = entryId;
  const status = readStatus(cells.text('status'));
  if (status) entry.status = status;
  const notes = cells.text('notes');
  if (notes !== undefined) {
    if (notes.length > MAX_NOTES) throw new BadRowError(`notes: at most ${MAX_NOTES} characters`);
    entry.notes = notes;
  }
  const tags = readTags(cells.text('tags'));
  if (tags) entry.tags = tags;
  const fields = readFields((field) => cells.optionalText(field));
  if (fields) entry.fields = fields;
  const addedAt = cells.time('added_at');
  if (addedAt !== undefined && addedAt !== null) entry.addedAt = addedAt;
  const updatedAt = cells.time('updated_at');
  if (updatedAt !== undefined && updatedAt !== null) entry.updatedAt = updatedAt;
  const kpis = cells.optionalText('kpis_at_add');
  if (kpis !== undefined) entry.kpisAtAdd = kpis === null ? null : parseJsonCell(kpis, 'kpis_at_add');
  return entry;
}

/** Status names as the panel shows them, in any case; the pre-v4 names map as the v4 upgrade maps them. */
export function readStatus(text: string | undefined): ShortlistStatus | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const name = text.trim().toLowerCase();
  const legacy: Record<string, ShortlistStatus> = { booked: 'approved', declined: 'rejected' };
  if ((SHORTLIST_STATUSES as readonly string[]).includes(name)) return name as ShortlistStatus;
  if (legacy[name]) return legacy[name];
  throw new BadRowError(`status: "${text}" is not one of ${SHORTLIST_STATUSES.join(', ')}`);
}

/** Tags are separated by commas; spaces around them do not count, empty ones are dropped. */
export function readTags(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The user's fields; `cellOf` gives a field's cell (undefined: the file has no column for it). */
export function readFields(cellOf: (field: keyof ShortlistEntryFields) => string | null | undefined): Partial<ShortlistEntryFields> | undefined {
  const fields: Partial<ShortlistEntryFields> = {};
  for (const name of ['rate', 'email', 'agency'] as const) {
    const value = cellOf(name);
    if (value !== undefined) fields[name] = value;
  }
  return Object.keys(fields).length ? fields : undefined;
}

function parseJsonCell(text: string, column: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRowError(`${column}: not JSON (${(error as Error).message})`);
  }
}
