/**
 * The shortlist messages: named lists of creators, each entry with a status, notes, tags, the user's own fields
 * (rate, email, agency) and the creator's KPIs frozen when added. Every change bumps the
 * updatedAt of what it touched (and of the list, whose "last changed" covers its entries). A request that cannot be
 * done (an unknown list, a creator already on the list) is a ShortlistError with a message the panel can show.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { ShortlistEntryFields, ShortlistEntryRow, ShortlistRow } from '../db/rows';
import type { BackgroundMessage } from '../messages/background-messages';
import { PLATFORMS } from '../reading/reading';
import { kpisAtAddOf } from './kpis-at-add';
import { rememberLastUsed } from './last-used-shortlist';

type MessageOf<Type extends BackgroundMessage['type']> = Extract<BackgroundMessage, { type: Type }>;

export class ShortlistError extends Error {
  override name = 'ShortlistError';
}

export async function createShortlist(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.create'>,
  now: number = Date.now(),
): Promise<{ id: string }> {
  const shortlist: ShortlistRow = { id: crypto.randomUUID(), name: message.name, createdAt: now, updatedAt: now };
  await db.shortlists.add(shortlist);
  return { id: shortlist.id };
}

export async function renameShortlist(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.rename'>,
  now: number = Date.now(),
): Promise<{ id: string }> {
  return db.transaction('rw', db.shortlists, async () => {
    await requireShortlist(db, message.shortlistId);
    await db.shortlists.update(message.shortlistId, { name: message.name, updatedAt: now });
    return { id: message.shortlistId };
  });
}

/** Deletes the list and its entries together: an entry of no list would still show up in exports. */
export async function deleteShortlist(db: CastlistDatabase, message: MessageOf<'shortlist.delete'>): Promise<{ id: string }> {
  return db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
    await requireShortlist(db, message.shortlistId);
    await db.shortlistEntries.where('shortlistId').equals(message.shortlistId).delete();
    await db.shortlists.delete(message.shortlistId);
    return { id: message.shortlistId };
  });
}

/**
 * Adds a creator to a list, with the KPIs frozen at this moment: those the message carries (a restored or imported
 * entry keeps its own), else the casting card of the rows stored now (kpis-at-add.ts; null for a creator not read
 * yet). The list becomes the last-used one, where the badge, context menu and keyboard command add next.
 */
export async function addToShortlist(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.add'>,
  now: number = Date.now(),
): Promise<{ id: string; shortlist: { id: string; name: string } }> {
  requireCreatorKeyShape(message.creatorKey);
  // Read before the write transaction: the card's reads span tables that transaction does not hold.
  const kpisAtAdd = message.kpisAtAdd !== undefined ? message.kpisAtAdd : await kpisAtAddOf(db, message.creatorKey, now);
  return db.transaction('rw', db.shortlists, db.shortlistEntries, db.settings, async () => {
    const shortlist = await requireShortlist(db, message.shortlistId);
    const existing = await db.shortlistEntries
      .where('[shortlistId+creatorKey]')
      .equals([message.shortlistId, message.creatorKey])
      .first();
    if (existing) throw new ShortlistError(`${message.creatorKey} is already on the shortlist "${shortlist.name}"`);
    const entry: ShortlistEntryRow = {
      id: crypto.randomUUID(),
      shortlistId: message.shortlistId,
      creatorKey: message.creatorKey,
      status: 'candidate',
      notes: '',
      tags: [],
      fields: { rate: null, email: null, agency: null },
      kpisAtAdd: kpisAtAdd ?? null,
      addedAt: now,
      updatedAt: now,
    };
    await db.shortlistEntries.add(entry);
    await db.shortlists.update(message.shortlistId, { updatedAt: now });
    await rememberLastUsed(db, shortlist.id, now);
    return { id: entry.id, shortlist: { id: shortlist.id, name: shortlist.name } };
  });
}

export async function updateShortlistEntry(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.update-entry'>,
  now: number = Date.now(),
): Promise<{ id: string }> {
  const { status, notes, tags, fields } = message;
  if (status === undefined && notes === undefined && tags === undefined && (fields === undefined || Object.keys(fields).length === 0)) {
    throw new ShortlistError('nothing to update: give a status, notes, tags or fields');
  }
  return db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
    const entry = await requireEntry(db, message.entryId);
    const changes: Partial<ShortlistEntryRow> = { updatedAt: now };
    if (status !== undefined) changes.status = status;
    if (notes !== undefined) changes.notes = notes;
    if (tags !== undefined) changes.tags = uniqueTags(tags);
    if (fields !== undefined) changes.fields = mergedFields(entry.fields, fields);
    await db.shortlistEntries.update(entry.id, changes);
    await db.shortlists.update(entry.shortlistId, { updatedAt: now });
    return { id: entry.id };
  });
}

export async function removeFromShortlist(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.remove-entry'>,
  now: number = Date.now(),
): Promise<{ id: string }> {
  return db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
    const entry = await requireEntry(db, message.entryId);
    await db.shortlistEntries.delete(entry.id);
    await db.shortlists.update(entry.shortlistId, { updatedAt: now });
    return { id: entry.id };
  });
}

/** Each tag once (compared without case), in the order given, as the user wrote it first. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const folded = tag.toLocaleLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** The fields a message carries replace the stored ones; an empty text clears a field (null). */
function mergedFields(stored: ShortlistEntryFields, changes: Partial<Record<keyof ShortlistEntryFields, string | null>>): ShortlistEntryFields {
  const merged = { ...stored };
  for (const name of ['rate', 'email', 'agency'] as const) {
    const value = changes[name];
    if (value !== undefined) merged[name] = value === null || value === '' ? null : value;
  }
  return merged;
}

async function requireShortlist(db: CastlistDatabase, shortlistId: string): Promise<ShortlistRow> {
  const shortlist = await db.shortlists.get(shortlistId);
  if (!shortlist) throw new ShortlistError(`no shortlist with id ${shortlistId}`);
  return shortlist;
}

async function requireEntry(db: CastlistDatabase, entryId: string): Promise<ShortlistEntryRow> {
  const entry = await db.shortlistEntries.get(entryId);
  if (!entry) throw new ShortlistError(`no shortlist entry with id ${entryId}`);
  return entry;
}

/** Creator keys are `${platform}:…` (lib/reading/keys.ts); anything else would be an entry no creator can match. */
function requireCreatorKeyShape(creatorKey: string): void {
  const separator = creatorKey.indexOf(':');
  const platform = separator > 0 ? creatorKey.slice(0, separator) : '';
  const rest = creatorKey.slice(separator + 1);
  if (!(PLATFORMS as readonly string[]).includes(platform) || !rest) {
    throw new ShortlistError(`not a creator key: "${creatorKey}" (expected "<platform>:<handle>")`);
  }
}
