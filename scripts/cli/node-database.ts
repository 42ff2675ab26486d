/**
 * The database the CLI commands work on: Castlist's own Dexie schema over fake-indexeddb, in memory, one per run.
 * Import this module before anything that loads Dexie or dexie-export-import.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { CastlistDatabase } from '../../lib/db/castlist-db';

// dexie-export-import was written for browsers and workers and reads `self` as it loads: in Node, globalThis.
(globalThis as { self?: unknown }).self ??= globalThis;

export function memoryDatabase(): CastlistDatabase {
  return new CastlistDatabase(`castlist-cli-${randomUUID()}`);
}
