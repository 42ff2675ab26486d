/**
 * The whole database to one backup file and back, in dexie-export-import's format.
 *
 * Writing: one read transaction over every table, each table's rows as stored, in dexie-export-import's JSON
 * structure. Its own exportDB gives the same structure but runs every row through its Typeson encoder, which Castlist's
 * plain JSON rows do not need and which made a backup of 25,000 snapshots 3–4 times slower in Chromium (over the
 * budget of `npm run bench`); its importInto reads the result (tests/unit/backup.test.ts also restores a file
 * written by exportDB).
 *
 * Derived tables (schema v7's creatorSummaries: lib/db/creator-summary.ts) are not written: a restore rebuilds them
 * from the rows it imports.
 *
 * Restoring is all or nothing: the file is checked completely first (backup-file.ts); the tables are then cleared
 * and refilled inside one read-write transaction over every table, so a failure half-way (a row IndexedDB refuses,
 * a quota) rolls everything back and the database is as it was.
 *
 * A backup of an older schema is upgraded by the extension's own upgrade code: it is loaded into a scratch database
 * of exactly its version, which is then opened as the current CastlistDatabase (Dexie runs the upgrade functions),
 * exported again and restored as above. The scratch database is deleted whatever happens.
 *
 * Where it runs: nothing here needs a DOM or URL.createObjectURL (the file is read and written as text, and the
 * parsed file is handed to dexie-export-import directly), so the background can run both; the panel only reads the
 * file the user picked and saves the text it gets back.
 */
import Dexie, { type Table } from 'dexie';
import { importInto } from 'dexie-export-import';
import { CastlistDatabase, CURRENT_SCHEMA_VERSION, DERIVED_TABLES } from '../db/castlist-db';
import { backupHeaderJson, type DexieExport, type ValidBackup } from './backup-file';
import { schemaOfVersion } from './schema-history';

export const BACKUP_GENERATOR = 'Castlist 0.1.0';

/** The database as a backup file's text. One read transaction: the file is a consistent picture. */
export async function backupDatabase(db: Dexie, now: Date = new Date()): Promise<string> {
  const database = await exportDatabase(db);
  return `${backupHeaderJson(db.verno, now, BACKUP_GENERATOR)},"database":${JSON.stringify(database)}}`;
}

/** Every table's schema, row count and rows, as dexie-export-import's DexieExportJsonStructure. */
async function exportDatabase(db: Dexie): Promise<DexieExport> {
  if (!db.isOpen()) await db.open();
  // Derived tables (v7's creatorSummaries) stay out: a restore rebuilds them from the rows.
  const tables = db.tables.filter((table) => !DERIVED_TABLES.includes(table.name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())));
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: db.name,
      databaseVersion: db.verno,
      tables: tables.map((table, index) => ({ name: table.name, schema: schemaStringOf(table), rowCount: rows[index]!.length })),
      data: tables.map((table, index) => ({ tableName: table.name, inbound: true as const, rows: rows[index]! as Array<Record<string, unknown>> })),
    },
  };
}

/** A table's schema as Dexie declares it ("++id,at,[platform+surface+at]"): what dexie-export-import writes. */
function schemaStringOf(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

export interface RestoreResult {
  /** The schema version of the file, and whether it was upgraded to the current one. */
  fromSchemaVersion: number;
  upgraded: boolean;
  /** Rows per table after the restore. */
  tables: Record<string, number>;
}

/** Replaces everything in `db` with the backup's contents (checked by readBackup), upgrading an older schema. */
export async function restoreBackup(db: CastlistDatabase, backup: ValidBackup): Promise<RestoreResult> {
  const upgraded = backup.schemaVersion < CURRENT_SCHEMA_VERSION;
  const database = upgraded ? await upgradeToCurrentSchema(backup) : backup.database;
  // Every table is cleared, the derived ones too; lib/db/summary-middleware.ts rebuilds each creator's summary as their
  // post rows are imported, in this same transaction (so an older backup, which has none, gets them as well).
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await importInto(db, preparsed(database), { acceptNameDiff: true });
  });
  const tables: Record<string, number> = {};
  for (const table of db.tables) tables[table.name] = await table.count();
  return { fromSchemaVersion: backup.schemaVersion, upgraded, tables };
}

async function upgradeToCurrentSchema(backup: ValidBackup): Promise<DexieExport> {
  const schema = schemaOfVersion(backup.schemaVersion);
  if (!schema) throw new Error(`no schema is known for version ${backup.schemaVersion}`);
  const scratchName = `castlist-restore-${crypto.randomUUID()}`;
  const old = new Dexie(scratchName);
  old.version(backup.schemaVersion).stores(schema);
  try {
    await importInto(old, preparsed(backup.database), { acceptNameDiff: true });
    old.close();
    const current = new CastlistDatabase(scratchName);
    try {
      await current.open();
      return await exportDatabase(current);
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await Dexie.delete(scratchName);
  }
}

/**
 * The parsed file as the stream dexie-export-import reads (its JsonStream, already at its end): no Blob, FileReader
 * or second parse. Its importer empties the row arrays it has imported, so it gets its own arrays.
 */
function preparsed(database: DexieExport): Parameters<typeof importInto>[1] {
  const result = { ...database, data: { ...database.data, data: database.data.data.map((table) => ({ ...table, rows: [...table.rows] })) } };
  return {
    result,
    done: () => true,
    eof: () => true,
    pullAsync: async () => result,
    pullSync: () => result,
  };
}
