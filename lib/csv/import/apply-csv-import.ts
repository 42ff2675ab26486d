/**
 * Writes an import plan into the database, in one read-write transaction (all of it or, on a storage error,
 * nothing). In the extension this runs in the background, the only writer; the panel plans the import (pure) to
 * show what will happen, and the CLI runs both.
 *
 *   creators  Castlist's own rows merge with the stored creator: a count replaces the stored one only when it was
 *             read later, other fields follow the newer of the two (as lib/background/row-merges.ts does for
 *             readings). A creator named by a foreign file is matched to the stored one (by key, by the stored
 *             profile URL, or through a stored post) and left as it is; an unknown one is created with what the
 *             file says (no counts: nothing was read), its import time as first and last seen.
 *   lists     by id when the file gives one that exists, else by name, else created (with the file's id if free).
 *   entries   added, or updated with what the file gives (a file's status, notes, tags and fields win: importing
 *             is the user's edit); an entry whose fields all match is left alone, so a round trip changes nothing.
 */
import type { CastlistDatabase } from '../../db/castlist-db';
import { storedCreatorsOf } from '../../db/creator-rows';
import type { CreatorRow, ShortlistEntryRow, ShortlistRow } from '../../db/rows';
import { findProfileCreator } from '../../panel/queries';
import { CREATOR_METRICS } from '../../reading/reading';
import { creatorFromKey } from '../creator-key-parts';
import type { CsvImportPlan, ImportedCreator, ImportedEntry, ImportRow, SkippedRow } from './import-plan';

export interface CsvImportResult {
  shortlists: Array<{ id: string; name: string; created: boolean }>;
  creators: { created: number; updated: number; matched: number };
  entries: { added: number; updated: number; unchanged: number };
  /** The plan's bad rows and the rows that could not be matched, by row. */
  skipped: SkippedRow[];
}

class SkipRow extends Error {}

/**
 * User Timing marks an import leaves as it goes (in DevTools' performance panel; `npm run bench` splits the import
 * time with them): the stored rows it needs are read, the rows to write are worked out in memory. The writes and
 * the commit follow.
 */
export const CSV_IMPORT_MARKS = { read: 'castlist:csv-import:stored-rows-read', workedOut: 'castlist:csv-import:rows-worked-out' } as const;

export async function applyCsvImport(db: CastlistDatabase, plan: CsvImportPlan, now: number = Date.now()): Promise<CsvImportResult> {
  return db.transaction('rw', [db.creators, db.posts, db.shortlists, db.shortlistEntries], async () => {
    const skipped = [...plan.skipped];
    const creators = new Map<string, { row: CreatorRow; state: 'created' | 'updated' | 'matched' }>();
    const allLists = await db.shortlists.toArray();
    const lists = new Map(allLists.map((list) => [list.id, list]));
    const createdLists = new Set<string>();
    const touchedLists = new Set<string>();
    const entries = new Map<string, { row: ShortlistEntryRow; state: 'added' | 'updated' | 'unchanged'; fromRow: number }>();
    const usedEntryIds = new Set<string>();

    // Everything the rows may touch is read up front, in batches: a read per row, awaited in turn, would cost an
    // IndexedDB round trip each (seconds for 10,000 rows in Chromium).
    const postKeys = plan.rows.flatMap((row) => (row.reference.by === 'post' ? [row.reference.postKey] : []));
    const [posts, storedEntries] = await Promise.all([db.posts.bulkGet(postKeys), db.shortlistEntries.toArray()]);
    const postCreators = new Map<string, string | null>();
    posts.forEach((post, index) => postCreators.set(postKeys[index]!, post?.creatorKey ?? null));
    const wantedKeys = [
      ...plan.rows.flatMap((row) => (row.reference.by === 'key' ? [row.reference.creator.key] : [])),
      ...[...postCreators.values()].filter((key): key is string => key !== null),
    ];
    const storedCreators = await storedCreatorsOf(db, wantedKeys);
    const entryByPair = new Map(storedEntries.map((entry) => [`${entry.shortlistId}\u0000${entry.creatorKey}`, entry]));
    for (const entry of storedEntries) usedEntryIds.add(entry.id);

    // a YouTube /c/ URL names no key: the creator whose stored profile URL it is
    const profileUrl = (reference: { platform: string; url: string }) => `${reference.platform} ${reference.url}`;
    const profileReferences = new Map(
      plan.rows.flatMap((row) => (row.reference.by === 'profile-url' ? [[profileUrl(row.reference), row.reference] as const] : [])),
    );
    const byProfileUrl = new Map<string, string | null>();
    await Promise.all(
      [...profileReferences].map(async ([id, reference]) => {
        const stored = await findProfileCreator(db, { platform: reference.platform, creatorKey: null, url: reference.url });
        if (stored) storedCreators.set(stored.key, stored);
        byProfileUrl.set(id, stored?.key ?? null);
      }),
    );

    performance.mark(CSV_IMPORT_MARKS.read);
    // From here on nothing is read: the rows are worked out in memory, then written in three bulk writes.
    const creatorRow = (key: string): CreatorRow | undefined => creators.get(key)?.row ?? storedCreators.get(key);

    const resolveKey = (row: ImportRow): string => {
      const reference = row.reference;
      if (reference.by === 'key') return reference.creator.key;
      if (reference.by === 'profile-url') {
        const key = byProfileUrl.get(profileUrl(reference));
        if (!key) throw new SkipRow(`no stored creator has the profile ${reference.url}, and the URL names no handle: give the @handle or /channel/ URL`);
        return key;
      }
      const creatorKey = postCreators.get(reference.postKey);
      if (!creatorKey) throw new SkipRow(`${reference.url} is a post Castlist has not stored, so its creator is unknown: give the creator's profile URL`);
      return creatorKey;
    };

    const takeCreator = (row: ImportRow, key: string): void => {
      const stored = creatorRow(key);
      const reference = row.reference;
      if (reference.by === 'key' && reference.complete) {
        const merged = mergeImportedCreator(stored, reference.creator, now);
        const previous = creators.get(key)?.state;
        const state = !stored ? 'created' : previous === 'created' ? 'created' : sameJson(merged, stored) ? (previous ?? 'matched') : 'updated';
        creators.set(key, { row: merged, state });
      } else if (stored) {
        if (!creators.has(key)) creators.set(key, { row: stored, state: 'matched' });
      } else {
        const named = reference.by === 'key' ? reference.creator : null;
        creators.set(key, { row: newCreator(key, named, now), state: 'created' });
      }
    };

    const listFor = (entry: ImportedEntry): ShortlistRow => {
      if (entry.shortlistId && lists.has(entry.shortlistId)) return lists.get(entry.shortlistId)!;
      const named = [...lists.values()].filter((list) => list.name === entry.shortlistName);
      if (named.length > 1) throw new SkipRow(`${named.length} shortlists are named "${entry.shortlistName}": rename one, or keep the shortlist_id column`);
      if (named[0]) return named[0];
      const id = entry.shortlistId && !lists.has(entry.shortlistId) ? entry.shortlistId : crypto.randomUUID();
      const list: ShortlistRow = { id, name: entry.shortlistName, createdAt: now, updatedAt: now };
      lists.set(id, list);
      createdLists.add(id);
      return list;
    };

    let order = 0;
    const takeEntry = (row: ImportRow, entry: ImportedEntry, key: string): void => {
      const list = listFor(entry);
      const pair = `${list.id}\u0000${key}`;
      const earlier = entries.get(pair);
      if (earlier) throw new SkipRow(`${key} is already on row ${earlier.fromRow} for the list "${list.name}"`);
      const stored = entryByPair.get(pair);
      if (stored) {
        // the v4 upgrade gave every stored entry its tags, fields and kpisAtAdd
        const base: ShortlistEntryRow = stored;
        const updated = applyEntryFields(base, entry);
        const changed = !sameJson(updated, base);
        entries.set(pair, { row: changed ? { ...updated, updatedAt: now } : stored, state: changed ? 'updated' : 'unchanged', fromRow: row.row });
        if (changed) touchedLists.add(list.id);
        return;
      }
      const wantedId = entry.entryId && !usedEntryIds.has(entry.entryId) ? entry.entryId : null;
      const id = wantedId ?? crypto.randomUUID();
      usedEntryIds.add(id);
      const added = applyEntryFields(
        {
          id,
          shortlistId: list.id,
          creatorKey: key,
          status: 'candidate',
          notes: '',
          // Entries added by one import keep the file's order: a millisecond apart, as a list sorts by addedAt.
          addedAt: entry.addedAt ?? now + order,
          updatedAt: entry.updatedAt ?? now + order,
          tags: [],
          fields: { rate: null, email: null, agency: null },
          kpisAtAdd: null,
        },
        entry,
      );
      entries.set(pair, { row: added, state: 'added', fromRow: row.row });
      order += 1;
      touchedLists.add(list.id);
    };

    for (const row of plan.rows) {
      try {
        const key = resolveKey(row);
        if (row.entry) listFor(row.entry); // an ambiguous list skips the row before anything of it is kept
        takeCreator(row, key);
        if (row.entry) takeEntry(row, row.entry, key);
      } catch (error) {
        if (!(error instanceof SkipRow)) throw error;
        skipped.push({ row: row.row, reason: error.message });
      }
    }

    performance.mark(CSV_IMPORT_MARKS.workedOut);
    for (const id of touchedLists) lists.set(id, { ...lists.get(id)!, updatedAt: now });
    // The three bulk writes are queued together: IndexedDB runs a transaction's requests in order, and waiting for
    // each table before queueing the next only leaves the database idle between them.
    await Promise.all([
      db.creators.bulkPut([...creators.values()].filter(({ state }) => state !== 'matched').map(({ row }) => row)),
      db.shortlists.bulkPut([...new Set([...createdLists, ...touchedLists])].map((id) => lists.get(id)!)),
      db.shortlistEntries.bulkPut([...entries.values()].filter(({ state }) => state !== 'unchanged').map(({ row }) => row)),
    ]);

    const tally = <State extends string>(items: Iterable<{ state: State }>, state: State) => [...items].filter((item) => item.state === state).length;
    return {
      shortlists: [...new Set([...createdLists, ...touchedLists, ...[...entries.values()].map(({ row }) => row.shortlistId)])].map((id) => ({
        id,
        name: lists.get(id)!.name,
        created: createdLists.has(id),
      })),
      creators: { created: tally(creators.values(), 'created'), updated: tally(creators.values(), 'updated'), matched: tally(creators.values(), 'matched') },
      entries: { added: tally(entries.values(), 'added'), updated: tally(entries.values(), 'updated'), unchanged: tally(entries.values(), 'unchanged') },
      skipped: skipped.sort((a, b) => a.row - b.row),
    };
  });
}

/** The stored creator with a Castlist file's data merged in (see the module comment); the file's creator when none. */
export function mergeImportedCreator(stored: CreatorRow | undefined, imported: ImportedCreator, now: number): CreatorRow {
  const base = stored ?? { ...newCreator(imported.key, imported, now), firstSeenAt: imported.firstSeenAt ?? now, lastSeenAt: imported.lastSeenAt ?? now };
  const fileIsNewer = !stored || (imported.lastSeenAt !== null && imported.lastSeenAt >= stored.lastSeenAt);
  const pick = <T>(incoming: T | null, current: T | null): T | null =>
    incoming !== null && (fileIsNewer || current === null) ? incoming : current;
  const latest = { ...base.latest };
  for (const metric of CREATOR_METRICS) {
    const incoming = imported.latest[metric];
    const current = latest[metric];
    if (incoming && (!stored || !current || incoming.readAt > current.readAt)) latest[metric] = incoming;
  }
  return {
    ...base,
    handle: pick(imported.handle, base.handle),
    name: pick(imported.name, base.name),
    platformId: pick(imported.platformId, base.platformId),
    url: pick(imported.url, base.url),
    verified: pick(imported.verified, base.verified),
    firstSeenAt: Math.min(base.firstSeenAt, imported.firstSeenAt ?? base.firstSeenAt),
    lastSeenAt: Math.max(base.lastSeenAt, imported.lastSeenAt ?? base.lastSeenAt),
    latest,
    followersValue: latest.followers?.value ?? null,
  };
}

function newCreator(key: string, named: ImportedCreator | null, now: number): CreatorRow {
  const fromKey = creatorFromKey(key);
  return {
    ...fromKey,
    kind: named?.kind ?? fromKey.kind ?? 'person',
    handle: named?.handle ?? fromKey.handle,
    name: named?.name ?? null,
    platformId: named?.platformId ?? fromKey.platformId,
    url: named?.url ?? null,
    firstSeenAt: now,
    lastSeenAt: now,
  };
}

function applyEntryFields(entry: ShortlistEntryRow, imported: ImportedEntry): ShortlistEntryRow {
  return {
    ...entry,
    ...(imported.status !== undefined ? { status: imported.status } : {}),
    ...(imported.notes !== undefined ? { notes: imported.notes } : {}),
    ...(imported.tags !== undefined ? { tags: imported.tags } : {}),
    ...(imported.fields !== undefined
      ? { fields: { ...(entry.fields ?? { rate: null, email: null, agency: null }), ...imported.fields } }
      : {}),
    ...(imported.kpisAtAdd !== undefined ? { kpisAtAdd: imported.kpisAtAdd } : {}),
  };
}

/** Deep equality of plain rows, whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
