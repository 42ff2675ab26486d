/**
 * One read of Castlist's IndexedDB with the raw IndexedDB API, run inside the extension's origin: Chromium's service
 * worker (tests/e2e/idb.ts) or one of the extension's pages in Firefox (tests/e2e/firefox/extension-idb.ts). The
 * tests check what was stored, not what our own code says was stored.
 *
 * The function is handed to the browser as source (Playwright's and puppeteer's evaluate), so it uses nothing from
 * outside its own body.
 */
export type IdbQuery =
  | { op: 'snapshots'; entityKey: string }
  | { op: 'count'; table: string }
  | { op: 'get'; table: string; key: string }
  | { op: 'all'; table: string };

export async function queryCastlistIdb(query: IdbQuery): Promise<unknown> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open('castlist');
    // Not created yet by the background: nothing stored. Aborting keeps this read from creating an empty database.
    request.onupgradeneeded = () => request.transaction!.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!db) return query.op === 'count' ? 0 : query.op === 'get' ? undefined : [];
  try {
    return await new Promise<unknown>((resolve, reject) => {
      const store = db.transaction(query.op === 'snapshots' ? 'snapshots' : query.table).objectStore(query.op === 'snapshots' ? 'snapshots' : query.table);
      const request: IDBRequest =
        query.op === 'snapshots'
          ? store.index('[entityKey+readAt]').getAll(IDBKeyRange.bound([query.entityKey, -Infinity], [query.entityKey, Infinity]))
          : query.op === 'count'
            ? store.count()
            : query.op === 'get'
              ? store.get(query.key)
              : store.getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
