/**
 * The v5 → v6 upgrade on a filled v5 database: v6 only drops indexes no query uses, so every row of every table is
 * still there and equal, the dropped indexes are gone, and the queries that read through the remaining ones (a
 * list's entries by `shortlistId`, through the first part of `[shortlistId+creatorKey]`) still find their rows.
 * The v5 rows are made by Castlist itself (readings, a shortlist with an entry, a setting, a campaign), copied into a
 * database declared at v5 only, as a v5 build left it.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { CastlistDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_V5, SCHEMA_V6 } from '../../lib/db/castlist-db';
import { captureMessage, idOf, uniqueDatabaseName, watchReadingAt } from './background-fixtures';

const TABLES = Object.keys(SCHEMA_V5);
const NOW = Date.parse('2026-11-03T00:00:00Z');

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Rows of every table, as Castlist's own messages store them. */
async function castlistRows(): Promise<{ rows: Record<string, unknown[]>; listId: string }> {
  const scratch = new CastlistDatabase(uniqueDatabaseName('v5-rows'));
  opened.push(scratch);
  await scratch.open();
  const send = (message: unknown) => handleBackgroundMessage(message, scratch, NOW);
  expect(await send(captureMessage('visit-1', watchReadingAt('2026-11-01T10:00:00.000Z', 1_000, 4_210_000)))).toMatchObject({ ok: true });
  expect(await send(captureMessage('visit-2', watchReadingAt('2026-11-02T10:00:00.000Z', 2_000, 4_220_000)))).toMatchObject({ ok: true });
  const [creator] = await scratch.creators.toArray();
  const listId = idOf(await send({ type: 'shortlist.create', name: 'Winter' }));
  idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: creator!.key }));
  idOf(await send({ type: 'settings.set', key: 'retention', value: { fullDetailDays: 30, dailyDays: 365, readerEventDays: 60, commentDays: 365 } }));
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) rows[table] = await scratch.table(table).toArray();
  return { rows, listId };
}

const indexNames = (db: Dexie, table: string) => db.table(table).schema.indexes.map((index) => index.name).sort();

describe('upgrading a filled v5 database to v6', () => {
  test('keeps every row as it was, drops only the unused indexes, and the list queries still find their entries', async () => {
    const { rows, listId } = await castlistRows();
    for (const table of ['creators', 'posts', 'snapshots', 'shortlists', 'shortlistEntries', 'settings']) expect(rows[table], table).not.toHaveLength(0);

    const name = uniqueDatabaseName('migration-v6');
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.open();
    await old.transaction('rw', TABLES, async () => {
      for (const table of TABLES) await old.table(table).bulkAdd(rows[table]!);
    });
    old.close();

    const db = new CastlistDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(6); // later versions run after v6 on the way up
    for (const table of TABLES) expect(await db.table(table).toArray(), table).toEqual(rows[table]);

    expect(indexNames(db, 'creators')).toEqual(['[platform+followersValue]', 'platform']);
    expect(indexNames(db, 'posts')).toEqual(['[creatorKey+publishedAt]', 'creatorKey']);
    expect(indexNames(db, 'snapshots')).toEqual(['[entityKey+readAt]', 'readAt']);
    expect(indexNames(db, 'comments')).toEqual(['[postKey+lastSeenAt]', 'lastSeenAt', 'postKey']);
    expect(indexNames(db, 'shortlistEntries')).toEqual(['[shortlistId+creatorKey]', 'creatorKey']);
    // the IndexedDB stores themselves, not only Dexie's declaration
    const store = (db.backendDB() as IDBDatabase).transaction('shortlistEntries').objectStore('shortlistEntries');
    expect([...store.indexNames].sort()).toEqual(['[shortlistId+creatorKey]', 'creatorKey']);

    expect(await db.shortlistEntries.where('shortlistId').equals(listId).count()).toBe(1);
    expect(await db.shortlistEntries.where('shortlistId').equals('no such list').count()).toBe(0);
    const send = (message: unknown) => handleBackgroundMessage(message, db, NOW);
    expect(await send({ type: 'shortlist.delete', shortlistId: listId })).toMatchObject({ ok: true });
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  test('declares every v5 table again', () => {
    expect(Object.keys(SCHEMA_V6).sort()).toEqual(TABLES.sort());
  });
});
