/**
 * The rows an export covers, read from the database in one read transaction:
 *   - a shortlist by name: its entries, in the order they were added;
 *   - no name: every list's entries (lists in the order they were made), then every creator on no list, so that
 *     the file holds every stored creator.
 * An entry whose creator has no stored row still exports, with what its key says (platform, handle or id).
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { creatorRowsOf, storedCreatorsOf } from '../db/creator-rows';
import type { CreatorRow, ShortlistRow } from '../db/rows';
import { creatorFromKey } from './creator-key-parts';
import { creatorKpisOf } from './creator-kpis';
import type { ExportRow } from './export-row';

export class ExportSelectionError extends Error {
  override name = 'ExportSelectionError';
}

export async function collectExportRows(db: CastlistDatabase, options: { shortlistName?: string } = {}): Promise<ExportRow[]> {
  return db.transaction('r', [db.shortlists, db.shortlistEntries, db.creators, db.posts, db.snapshots], async () => {
    const lists = (await db.shortlists.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const chosen = options.shortlistName === undefined ? lists : [shortlistNamed(lists, options.shortlistName)];
    const entries = (await Promise.all(chosen.map((list) => db.shortlistEntries.where('shortlistId').equals(list.id).toArray()))).flat();
    const listOrder = new Map(chosen.map((list, index) => [list.id, index]));
    entries.sort((a, b) => listOrder.get(a.shortlistId)! - listOrder.get(b.shortlistId)! || a.addedAt - b.addedAt || a.id.localeCompare(b.id));

    let unlisted: CreatorRow[] = [];
    if (options.shortlistName === undefined) {
      const listed = new Set(entries.map((entry) => entry.creatorKey));
      unlisted = (await db.creators.toArray()).filter((creator) => !listed.has(creator.key));
      unlisted.sort((a, b) => a.platform.localeCompare(b.platform) || a.key.localeCompare(b.key));
    }
    const entryKeys = [...new Set(entries.map((entry) => entry.creatorKey))];
    const stored = await storedCreatorsOf(db, entryKeys);
    const creators = new Map<string, CreatorRow>();
    for (const key of entryKeys) creators.set(key, stored.get(key) ?? creatorFromKey(key));
    for (const creator of unlisted) creators.set(creator.key, creator);

    const { posts, snapshots } = await creatorRowsOf(db, [...creators.keys()]);
    const kpisOf = (creator: CreatorRow) => creatorKpisOf(creator, posts.get(creator.key) ?? [], snapshots.get(creator.key) ?? []);
    const listsById = new Map(chosen.map((list) => [list.id, list]));

    const rows: ExportRow[] = entries.map((entry) => {
      const creator = creators.get(entry.creatorKey)!;
      return { creator, creatorStored: stored.has(creator.key), shortlist: listsById.get(entry.shortlistId) ?? null, entry, kpis: kpisOf(creator) };
    });
    for (const creator of unlisted) rows.push({ creator, creatorStored: true, shortlist: null, entry: null, kpis: kpisOf(creator) });
    return rows;
  });
}

function shortlistNamed(lists: ShortlistRow[], name: string): ShortlistRow {
  // list names are stored trimmed (lib/messages): " Spring " asks for "Spring"
  const matches = lists.filter((list) => list.name === name || list.name === name.trim());
  if (matches.length === 1) return matches[0]!;
  const names = lists.map((list) => JSON.stringify(list.name)).join(', ');
  if (matches.length > 1) throw new ExportSelectionError(`${matches.length} shortlists are named ${JSON.stringify(name)}: rename one in the panel`);
  throw new ExportSelectionError(`no shortlist is named ${JSON.stringify(name)} (${lists.length ? `the lists: ${names}` : 'there are no lists'})`);
}
