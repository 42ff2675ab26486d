/**
 * Reads Castlist's IndexedDB in Firefox from one of the extension's own pages (the extension's origin, where the
 * background's database lives), with the raw IndexedDB API: the test checks what was stored, not what our code says
 * was stored. The Chromium suite does the same through the service worker (tests/e2e/idb.ts).
 */
import type { Page } from 'puppeteer-core';
import type { StoredSnapshot } from '../idb';

export async function snapshotsIn(extensionPage: Page, entityKey: string): Promise<StoredSnapshot[]> {
  return extensionPage.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('castlist');
      // Not created yet by the background: nothing stored. Aborting keeps this read from creating an empty database.
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (!db) return [];
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

export async function rowCountIn(extensionPage: Page, table: string): Promise<number> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('castlist');
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (!db) return 0;
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
