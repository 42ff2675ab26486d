/**
 * Reads Castlist's IndexedDB from inside the extension's service worker (the extension origin), with the raw
 * IndexedDB API (tests/e2e/idb-query.ts): the test checks what was stored, not what our own code says was stored.
 */
import type { Worker } from 'playwright-core';
import { type IdbQuery, queryCastlistIdb } from './idb-query';

export interface StoredSnapshot {
  id: string;
  entityKey: string;
  readAt: number;
  pageUrl: string;
  counts: Record<string, { value: number; min: number; max: number; exact: boolean; text: string }>;
}

function read(worker: Worker, query: IdbQuery): Promise<unknown> {
  return worker.evaluate(queryCastlistIdb, query);
}

export async function snapshotsOf(worker: Worker, entityKey: string): Promise<StoredSnapshot[]> {
  return (await read(worker, { op: 'snapshots', entityKey })) as StoredSnapshot[];
}

export async function countRows(worker: Worker, table: string): Promise<number> {
  return (await read(worker, { op: 'count', table })) as number;
}

/** One row of a table by its key, or undefined. */
export async function rowOf<Row>(worker: Worker, table: string, key: string): Promise<Row | undefined> {
  return (await read(worker, { op: 'get', table, key })) as Row | undefined;
}

/** Every row of a table (small test databases only). */
export async function rowsOf<Row = Record<string, unknown>>(worker: Worker, table: string): Promise<Row[]> {
  return (await read(worker, { op: 'all', table })) as Row[];
}
