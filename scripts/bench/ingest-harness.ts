/**
 * Bundled by `npm run bench` (esbuild, one IIFE) and run in a page of the benchmark's browser: the background's own
 * ingest of a 1,000-tile feed visit into a fresh Dexie database, against raw IndexedDB `put`s of exactly the rows
 * that ingest wrote, into a fresh database of the same stores and indexes, in one transaction.
 *
 *   window.castlistIngestBench.dexie(name)      → { ms, rows }   ingestReading() into database `name`
 *   window.castlistIngestBench.raw(name, from)  → { ms, rows }   the rows of database `from`, put into `name`
 */
import { ingestReading } from '../../lib/background/ingest-reading';
import { exactCount } from '../../lib/count';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { CaptureReadingMessage } from '../../lib/messages/background-messages';
import type { PostReading, Reading } from '../../lib/reading/reading';

export const TILES = 1_000;
const CREATORS = 50;

/** A feed visit of X's home timeline: 1,000 posts of 50 creators, each with its four counts, as the tiles show them. */
export function feedVisit(visitId: string): CaptureReadingMessage {
  const posts: PostReading[] = Array.from({ length: TILES }, (_, count) => {
    const id = String(1_900_000_000_000_000_000n + BigInt(count));
    const handle = `bench_creator_${count % CREATORS}`;
    return {
      id,
      url: `https://x.com/${handle}/status/${id}`,
      publishedAt: new Date(Date.UTC(2026, 10, 1) - count * 60_000).toISOString(),
      author: { handle, name: `Bench creator ${count % CREATORS}` },
      metrics: {
        replies: exactCount((count * 37) % 400),
        reposts: exactCount((count * 53) % 900),
        likes: exactCount((count * 7_919) % 20_000),
        views: exactCount(10_000 + ((count * 104_729) % 2_000_000)),
      },
    };
  });
  const reading: Reading = {
    platform: 'x',
    surface: 'feed',
    url: 'https://x.com/home',
    readAt: new Date(Date.UTC(2026, 11, 6, 12)).toISOString(),
    lang: 'en',
    creator: null,
    posts,
    comments: [],
    problems: [],
  };
  return { type: 'reading.capture', visitId, reading };
}

type Rows = Record<string, unknown[]>;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** An existing database as it is, or (with `create`) a new one at version 1. */
function open(name: string, create?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const req = create ? indexedDB.open(name, 1) : indexedDB.open(name);
  if (create) req.onupgradeneeded = () => create(req.result);
  return request(req);
}

async function allRows(db: IDBDatabase): Promise<Rows> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const rows: Rows = {};
  for (const name of names) rows[name] = await request(tx.objectStore(name).getAll());
  return rows;
}

const rowCount = (rows: Rows) => Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));

async function dexie(name: string): Promise<{ ms: number; rows: Record<string, number> }> {
  const db = new CastlistDatabase(name);
  await db.open();
  const message = feedVisit(`bench-${name}`);
  const start = performance.now();
  await ingestReading(db, message, Date.UTC(2026, 11, 6, 12));
  const ms = performance.now() - start;
  const rows = rowCount(await allRows(db.backendDB()));
  db.close();
  return { ms, rows };
}

/** The stores and indexes of `source`, recreated in a new database `name`; then every row of `source` put into it. */
async function raw(name: string, from: string): Promise<{ ms: number; rows: Record<string, number> }> {
  const source = await open(from);
  const rows = await allRows(source);
  const shape = [...source.objectStoreNames].map((store) => {
    const objectStore = source.transaction(store).objectStore(store);
    return {
      store,
      keyPath: objectStore.keyPath,
      autoIncrement: objectStore.autoIncrement,
      indexes: [...objectStore.indexNames].map((index) => {
        const { keyPath, unique, multiEntry } = objectStore.index(index);
        return { index, keyPath, unique, multiEntry };
      }),
    };
  });
  source.close();
  const target = await open(name, (db) => {
    for (const { store, keyPath, autoIncrement, indexes } of shape) {
      const created = db.createObjectStore(store, { keyPath, autoIncrement });
      for (const { index, keyPath: indexPath, unique, multiEntry } of indexes) created.createIndex(index, indexPath, { unique, multiEntry });
    }
  });
  const written = Object.entries(rows).filter(([, list]) => list.length > 0);
  const start = performance.now();
  const tx = target.transaction(written.map(([store]) => store), 'readwrite');
  for (const [store, list] of written) {
    const objectStore = tx.objectStore(store);
    for (const row of list) objectStore.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  const check = rowCount(await allRows(target));
  target.close();
  return { ms, rows: check };
}

(globalThis as unknown as { castlistIngestBench: unknown }).castlistIngestBench = { dexie, raw, tiles: TILES };
