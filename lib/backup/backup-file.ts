/**
 * Castlist's backup file: the whole database as one JSON document (lib/backup/FORMAT.md).
 *
 *   {
 *     "format": "castlist-backup",      what the file is
 *     "formatVersion": 1,               this wrapper's version: a reader refuses versions newer than it knows
 *     "schemaVersion": 3,               the database schema the rows were written with (lib/db/castlist-db.ts)
 *     "exportedAt": "2026-12-06T…Z",
 *     "generator": "Castlist 0.1.0",
 *     "database": { … }                 dexie-export-import's export of the database (formatName "dexie")
 *   }
 *
 * A file is parsed and checked completely (header, tables, every row) before a restore writes anything; whatever
 * is wrong is named, with the table and row.
 */
import * as z from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../db/castlist-db';
import { rowSchemasOf } from './row-schemas';
import { DERIVED_TABLES } from '../db/castlist-db';
import { backedUpTablesOf, primaryKeyOf, schemaOfVersion } from './schema-history';

export const BACKUP_FORMAT = 'castlist-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** dexie-export-import's JSON (its DexieExportJsonStructure), as Castlist writes it: every table's key is inline. */
export interface DexieExport {
  formatName: 'dexie';
  formatVersion: 1;
  data: {
    databaseName: string;
    databaseVersion: number;
    tables: Array<{ name: string; schema: string; rowCount: number }>;
    data: Array<{ tableName: string; inbound: true; rows: Array<Record<string, unknown>> }>;
  };
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  generator: string;
}

export interface ValidBackup extends BackupHeader {
  database: DexieExport;
}

/** Why a file cannot be restored. Nothing has been written when this is thrown. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

const header = z.object({
  format: z.string(),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime({ offset: true }),
  generator: z.string(),
  database: z.unknown(),
});

const dexieExport = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

/** The header line of a backup, as JSON text without its closing brace: the database follows it. */
export function backupHeaderJson(schemaVersion: number, exportedAt: Date, generator: string): string {
  const head: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    exportedAt: exportedAt.toISOString(),
    generator,
  };
  return JSON.stringify(head).slice(0, -1);
}

/** Parses and checks a backup file's text; throws BackupRefusedError with the exact reason. */
export function readBackup(text: string): ValidBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    if (text.trim() === '') throw new BackupRefusedError('the file is empty');
    throw new BackupRefusedError(
      endsTooEarly(text, reason) ? `the file is cut short: its JSON ends before it is complete (${reason})` : `the file is not JSON (${reason})`,
    );
  }
  return checkBackup(json);
}

/** Whether JSON.parse failed because the text stops, not because of something wrong inside it. */
function endsTooEarly(text: string, reason: string): boolean {
  if (/end of (JSON )?input|Unexpected end/i.test(reason)) return true;
  const position = /position (\d+)/.exec(reason);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

export function checkBackup(json: unknown): ValidBackup {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BackupRefusedError(`not a Castlist backup: the file holds a JSON ${Array.isArray(json) ? 'array' : typeof json}, not a backup object`);
  }
  const record = json as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    if (record.formatName === 'dexie') {
      throw new BackupRefusedError(`not a Castlist backup: a bare Dexie export (no "format": "${BACKUP_FORMAT}" header)`);
    }
    const keys = Object.keys(record).slice(0, 5).map((name) => JSON.stringify(name)).join(', ');
    throw new BackupRefusedError(
      `not a Castlist backup: no "format": "${BACKUP_FORMAT}" header (a JSON object with ${keys || 'no keys'})`,
    );
  }
  const parsedHeader = header.safeParse(json);
  if (!parsedHeader.success) throw new BackupRefusedError(`the backup's header is malformed: ${describeIssues(parsedHeader.error)}`);
  const head = parsedHeader.data;
  if (head.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupRefusedError(
      `the backup's format version ${head.formatVersion} is newer than this Castlist reads (${BACKUP_FORMAT_VERSION}): update Castlist to restore it`,
    );
  }
  if (head.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupRefusedError(
      `the backup was written with database schema version ${head.schemaVersion}, newer than this Castlist's (${CURRENT_SCHEMA_VERSION}): update Castlist to restore it`,
    );
  }
  const schema = schemaOfVersion(head.schemaVersion);
  if (!schema) throw new BackupRefusedError(`database schema version ${head.schemaVersion} never existed`);
  const database = checkDatabase(head.database, head.schemaVersion, schema);
  return {
    format: BACKUP_FORMAT,
    formatVersion: head.formatVersion,
    schemaVersion: head.schemaVersion,
    exportedAt: head.exportedAt,
    generator: head.generator,
    database,
  };
}

function checkDatabase(value: unknown, schemaVersion: number, schema: Readonly<Record<string, string>>): DexieExport {
  const parsed = dexieExport.safeParse(value);
  if (!parsed.success) throw new BackupRefusedError(`the backup's "database" is not a Dexie export: ${describeIssues(parsed.error)}`);
  // Derived tables (creatorSummaries) are never backed up; a file that has them anyway gets them ignored: the restore
  // rebuilds them from the rows.
  const derived = (name: string) => DERIVED_TABLES.includes(name);
  const data = {
    ...parsed.data.data,
    tables: parsed.data.data.tables.filter((table) => !derived(table.name)),
    data: parsed.data.data.data.filter((table) => !derived(table.tableName)),
  };
  if (data.databaseVersion !== schemaVersion) {
    throw new BackupRefusedError(
      `the header says schema version ${schemaVersion} but the database inside is version ${data.databaseVersion}`,
    );
  }
  const rowSchemas = rowSchemasOf(schemaVersion);
  const declared = new Map(data.tables.map((table) => [table.name, table]));
  for (const name of backedUpTablesOf(schema)) {
    if (!declared.has(name)) throw new BackupRefusedError(`table ${name} is missing: a schema v${schemaVersion} backup has every table`);
  }
  for (const table of data.tables) {
    const storeSchema = schema[table.name];
    if (storeSchema === undefined) {
      throw new BackupRefusedError(`table ${table.name} is not part of Castlist's database (schema v${schemaVersion})`);
    }
    if (primaryKeyOf(table.schema) !== primaryKeyOf(storeSchema)) {
      throw new BackupRefusedError(`table ${table.name} is keyed by "${primaryKeyOf(table.schema)}", not "${primaryKeyOf(storeSchema)}"`);
    }
  }
  const seen = new Set<string>();
  for (const table of data.data) {
    const declaredTable = declared.get(table.tableName);
    if (!declaredTable) throw new BackupRefusedError(`rows of table ${table.tableName}, which the backup does not declare`);
    if (seen.has(table.tableName)) throw new BackupRefusedError(`table ${table.tableName} appears twice`);
    seen.add(table.tableName);
    if (!table.inbound) throw new BackupRefusedError(`table ${table.tableName} stores its keys apart from its rows, which Castlist never does`);
    if (table.rows.length !== declaredTable.rowCount) {
      throw new BackupRefusedError(
        `table ${table.tableName} declares ${declaredTable.rowCount} rows but holds ${table.rows.length}: the file is incomplete or was edited`,
      );
    }
    checkRows(table.tableName, table.rows, rowSchemas[table.tableName]!, primaryKeyOf(schema[table.tableName]!));
  }
  for (const table of data.tables) {
    if (!seen.has(table.name) && table.rowCount > 0) {
      throw new BackupRefusedError(`table ${table.name} declares ${table.rowCount} rows but the file holds none: the file is incomplete`);
    }
  }
  return { ...parsed.data, data } as DexieExport;
}

function checkRows(tableName: string, rows: unknown[], rowSchema: z.ZodType, primaryKey: string): void {
  const keys = new Set<unknown>();
  rows.forEach((row, index) => {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) {
      throw new BackupRefusedError(`${tableName} row ${index + 1} is not a valid row: ${describeIssues(parsed.error)}`);
    }
    const rowKey = (row as Record<string, unknown>)[primaryKey];
    if (keys.has(rowKey)) throw new BackupRefusedError(`${tableName} row ${index + 1} repeats the ${primaryKey} ${JSON.stringify(rowKey)}`);
    keys.add(rowKey);
  });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top)'}: ${issue.message}`)
    .join('; ');
}
