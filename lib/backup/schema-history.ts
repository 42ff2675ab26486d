/**
 * Every schema version a backup may have been written with, and its tables. A backup of an older version is first
 * loaded into a scratch database of exactly that version, then opened at the current one so Dexie runs the same
 * upgrade functions an installed extension runs (lib/db/castlist-db.ts). A new schema version adds its line here
 * (tests/unit/backup.test.ts fails until it does). A backup holds every table of its version but the derived ones
 * (backedUpTablesOf): those are rebuilt by the restore.
 */
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7 } from '../db/castlist-db';

export const SCHEMA_HISTORY: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: SCHEMA_V1,
  2: SCHEMA_V2,
  3: SCHEMA_V3,
  4: SCHEMA_V4,
  5: SCHEMA_V5,
  6: SCHEMA_V6,
  7: SCHEMA_V7,
};

/** The tables a backup of this schema holds: all but the derived ones (DERIVED_TABLES, e.g. v7's creatorSummaries). */
export function backedUpTablesOf(schema: Readonly<Record<string, string>>): string[] {
  return Object.keys(schema).filter((name) => !DERIVED_TABLES.includes(name));
}

export function schemaOfVersion(version: number): Readonly<Record<string, string>> | null {
  return Number.isInteger(version) && version >= 1 && version <= CURRENT_SCHEMA_VERSION ? (SCHEMA_HISTORY[version] ?? null) : null;
}

/** The primary key of a table as Dexie's schema string writes it first ("++id", "key", …), without the "++". */
export function primaryKeyOf(storeSchema: string): string {
  return storeSchema.split(',')[0]!.trim().replace(/^\+\+|^&/, '');
}
