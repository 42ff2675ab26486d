/**
 * Reads Castlist's IndexedDB from inside the extension's service worker (the extension origin), with the raw
 * IndexedDB API: the test checks what was stored, not what our own code says was stored.
 */
import type { Worker } from 'playwright-core';

export interface StoredSnapshot {
  id: string;
  entityKey: string;
  readAt: number;
  pageUrl: string;
  counts: Record<string, { value: number; min: number; max: number; exact: boolean; text: string }>;
}

export async function snapshotsOf(worker: Worker, entityKey: string): Promise<StoredSnapshot[]> {
  return worker.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('castlist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<StoredSnapshot[]>((resolve, reject) => {
        const index = db.transaction('snapshots').objectStore('snapshots').index('[entityKey+readAt]');
        const request = index.getAll(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
        request.onsuccess = () => resolve(request.result as StoredSnapshot[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, entityKey);
}

export async function countRows(worker: Worker, table: string): Promise<number> {
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('castlist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

/** One row of a table by its key, or undefined. */
export async function rowOf<Row>(worker: Worker, table: string, key: string): Promise<Row | undefined> {
  return worker.evaluate(
    async ([name, rowKey]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('castlist');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<unknown>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).get(rowKey);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    },
    [table, key] as const,
  ) as Promise<Row | undefined>;
}

/** Every row of a table (small test databases only). */
export async function rowsOf<Row = Record<string, unknown>>(worker: Worker, table: string): Promise<Row[]> {
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('castlist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table) as Promise<Row[]>;
}
