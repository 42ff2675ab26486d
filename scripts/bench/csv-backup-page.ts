/**
 * Runs inside a Chromium page for `npm run bench` (bundled by esbuild): the CSV and backup code on real IndexedDB,
 * with synthetic rows shaped like stored ones. Each function returns milliseconds.
 */
import '../browser/zod-jitless';
import Dexie from 'dexie';
import Papa from 'papaparse';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { readBackup } from '../../lib/backup/backup-file';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { CreatorRow, PostRow, ShortlistEntryRow, SnapshotRow } from '../../lib/db/rows';
import { collectExportRows } from '../../lib/csv/collect-export-rows';
import { exportCsv } from '../../lib/csv/export-csv';
import { applyCsvImport, CSV_IMPORT_MARKS } from '../../lib/csv/import/apply-csv-import';
import { planCsvImport } from '../../lib/csv/import/plan-csv-import';
import { presetColumns } from '../../lib/csv/presets';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const count = (value: number, readAt: number) => ({ value, min: value, max: value + 99, exact: false, text: `${(value / 1000).toFixed(1)}K`, source: 'embedded' as const, readAt });

function creator(index: number): CreatorRow {
  const name = index % 7 === 0 ? `=Creator ${index}, "the best"\n` : `Creator ${index} مرحبا`;
  return {
    key: `instagram:creator_${index}`,
    platform: 'instagram',
    kind: 'person',
    handle: `creator_${index}`,
    name,
    platformId: String(9_000_000 + index),
    url: `https://www.instagram.com/creator_${index}/`,
    verified: index % 3 === 0,
    firstSeenAt: T0,
    lastSeenAt: T0 + DAY,
    latest: { followers: count(10_000 + index * 37, T0 + DAY), following: count(300 + index, T0 + DAY), posts: count(100 + (index % 50), T0 + DAY) },
    followersValue: 10_000 + index * 37,
  };
}

function post(creatorIndex: number, postIndex: number): PostRow {
  const key = `instagram:p${creatorIndex}x${postIndex}`;
  return {
    key,
    platform: 'instagram',
    postId: `p${creatorIndex}x${postIndex}`,
    creatorKey: `instagram:creator_${creatorIndex}`,
    url: `https://www.instagram.com/p/p${creatorIndex}x${postIndex}/`,
    title: null,
    caption: 'caption',
    publishedAt: T0 - postIndex * DAY,
    format: 'image',
    sponsored: false,
    pinned: false,
    firstSeenAt: T0,
    lastSeenAt: T0 + DAY,
    latest: { likes: count(500 + postIndex, T0 + DAY), comments: count(20 + postIndex, T0 + DAY) },
  };
}

function snapshot(creatorIndex: number, visit: number): SnapshotRow {
  const entityKey = `creator:instagram:creator_${creatorIndex}`;
  const readAt = T0 + visit * DAY;
  const { readAt: _readAt, ...followers } = count(10_000 + creatorIndex * 37 + visit * 10, readAt);
  return { id: `visit-${visit}:${entityKey}`, visitId: `visit-${visit}`, entityKey, kind: 'creator', platform: 'instagram', readAt, pageUrl: `https://www.instagram.com/creator_${creatorIndex}/`, counts: { followers } };
}

async function freshDatabase(name: string): Promise<CastlistDatabase> {
  await Dexie.delete(name);
  const db = new CastlistDatabase(name);
  await db.open();
  return db;
}

/** A list of `creators` creators, each with 2 posts and `visits` snapshots. */
async function shortlistDatabase(name: string, creators: number, visits = 2): Promise<CastlistDatabase> {
  const db = await freshDatabase(name);
  const rows = Array.from({ length: creators }, (_, index) => creator(index));
  await db.creators.bulkAdd(rows);
  await db.posts.bulkAdd(rows.flatMap((_, index) => [post(index, 0), post(index, 1)]));
  await db.snapshots.bulkAdd(rows.flatMap((_, index) => Array.from({ length: visits }, (_, visit) => snapshot(index, visit))));
  await db.shortlists.add({ id: 'bench', name: 'Bench list', createdAt: T0, updatedAt: T0 });
  const entries: ShortlistEntryRow[] = rows.map((row, index) => ({
    id: `entry-${index}`,
    shortlistId: 'bench',
    creatorKey: row.key,
    status: 'candidate',
    notes: index % 5 === 0 ? '+call, "maybe"' : '',
    addedAt: T0 + index,
    updatedAt: T0 + index,
    tags: ['bench'],
    fields: { rate: null, email: `c${index}@example.com`, agency: null },
    kpisAtAdd: null,
  }));
  await db.shortlistEntries.bulkAdd(entries);
  return db;
}

const time = async (work: () => Promise<unknown> | unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/**
 * The floor of a write: the rows a database holds, put again with plain IndexedDB into a fresh database of the same
 * stores and indexes, in one transaction. Only the puts are timed.
 */
async function rawPutsOf(sourceName: string, tableNames: readonly string[]): Promise<number> {
  const source = new CastlistDatabase(sourceName);
  const rows = await Promise.all(tableNames.map((name) => source.table(name).toArray()));
  source.close();
  (await freshDatabase('bench-raw-puts')).close();
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-raw-puts');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await time(
      () =>
        new Promise<void>((resolve, reject) => {
          const transaction = idb.transaction([...tableNames], 'readwrite');
          tableNames.forEach((name, index) => {
            const store = transaction.objectStore(name);
            for (const row of rows[index]!) store.put(row);
          });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        }),
    );
  } finally {
    idb.close();
  }
}

/** Milliseconds of one import: in all, then reading the file into a plan, reading stored rows, working out the rows, writing them (bulk puts and commit). */
export interface ImportTimes {
  total: number;
  plan: number;
  reads: number;
  workOut: number;
  writes: number;
}

let exportDb: CastlistDatabase | null = null;
let exportText = '';

export const bench = {
  async prepareExport(rows: number): Promise<void> {
    exportDb = await shortlistDatabase('bench-export', rows);
  },
  /** Database → rows with KPIs → CSV text, as the panel's download does. */
  async exportFromDatabase(): Promise<number> {
    return time(async () => {
      exportText = exportCsv(await collectExportRows(exportDb!, { shortlistName: 'Bench list' })).text;
    });
  },
  /** Only the CSV writing of the same rows. */
  async exportRowsOnly(): Promise<number> {
    const rows = await collectExportRows(exportDb!, { shortlistName: 'Bench list' });
    return time(() => exportCsv(rows));
  },
  /** The CSV library alone: papaparse writing the same cells. */
  async papaUnparseAlone(): Promise<number> {
    const rows = await collectExportRows(exportDb!, { shortlistName: 'Bench list' });
    const columns = presetColumns('castlist');
    const cells = rows.map((row) => columns.map(({ column }) => column.cell(row)));
    return time(() => Papa.unparse({ fields: columns.map(({ header }) => header), data: cells }));
  },
  /**
   * The exported file into an empty database: parse, plan, write; with where the time went, from the same run (the
   * import's User Timing marks, CSV_IMPORT_MARKS).
   */
  async importIntoEmpty(): Promise<ImportTimes> {
    const db = await freshDatabase('bench-import');
    performance.clearMarks();
    const start = performance.now();
    const plan = planCsvImport(exportText, { shortlistName: 'Imported', now: T0 + 2 * DAY });
    const planned = performance.now();
    await applyCsvImport(db, plan, T0 + 2 * DAY);
    const end = performance.now();
    const mark = (name: string) => {
      const [entry] = performance.getEntriesByName(name, 'mark');
      if (!entry) throw new Error(`the import left no "${name}" mark`);
      return entry.startTime;
    };
    if ((await db.shortlistEntries.count()) !== (await exportDb!.shortlistEntries.count())) throw new Error('the import lost rows');
    db.close();
    return {
      total: end - start,
      plan: planned - start,
      reads: mark(CSV_IMPORT_MARKS.read) - planned,
      workOut: mark(CSV_IMPORT_MARKS.workedOut) - mark(CSV_IMPORT_MARKS.read),
      writes: end - mark(CSV_IMPORT_MARKS.workedOut),
    };
  },
  /** Raw IndexedDB puts of the rows the last import wrote. */
  async rawPutsOfImport(): Promise<number> {
    return rawPutsOf('bench-import', ['creators', 'shortlists', 'shortlistEntries']);
  },
  /** Raw IndexedDB puts of every row the last restore wrote. */
  async rawPutsOfRestore(): Promise<number> {
    const restored = new CastlistDatabase('bench-restore');
    await restored.open();
    const names = restored.tables.map((table) => table.name);
    restored.close();
    return rawPutsOf('bench-restore', names);
  },
  /**
   * The machine's floor for any writer: `count` puts of an empty record (`{ id }`) into a store with no index, in one
   * transaction, in microseconds per put. Each put is one request to the browser's storage process, whatever it holds;
   * an import that writes one row per CSV row cannot be faster than its rows times this.
   */
  async emptyPutMicroseconds(count: number): Promise<number> {
    const name = 'bench-empty-puts';
    await Dexie.delete(name);
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const ms = await time(
        () =>
          new Promise<void>((resolve, reject) => {
            const transaction = idb.transaction(['rows'], 'readwrite');
            const store = transaction.objectStore('rows');
            for (let index = 0; index < count; index++) store.put({ id: `row-${index}` });
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          }),
      );
      return (ms * 1000) / count;
    } finally {
      idb.close();
      await Dexie.delete(name);
    }
  },
  async papaParseAlone(): Promise<number> {
    return time(() => Papa.parse(exportText, { skipEmptyLines: true }));
  },
  /** 1,000 creators on a list, each visited 25 times: 25,000 snapshots, 2,000 posts. */
  async prepareBackup(snapshots: number): Promise<void> {
    const db = await shortlistDatabase('bench-backup', 1_000, snapshots / 1_000);
    db.close();
  },
  /** Backup text of the database, then that text checked and restored into another database (check and writes also apart). */
  async backupAndRestore(): Promise<{ backup: number; restore: number; check: number; writes: number; bytes: number; baseline: number }> {
    const source = new CastlistDatabase('bench-backup');
    let text = '';
    const backup = await time(async () => {
      text = await backupDatabase(source);
    });
    const target = await freshDatabase('bench-restore');
    let checked: ReturnType<typeof readBackup> | null = null;
    const check = await time(() => {
      checked = readBackup(text);
    });
    const writes = await time(async () => restoreBackup(target, checked!));
    if ((await target.snapshots.count()) !== (await source.snapshots.count())) throw new Error('the restore lost snapshots');
    const rows = await source.snapshots.toArray();
    const baseline = await time(() => JSON.parse(JSON.stringify(rows)));
    source.close();
    target.close();
    return { backup, restore: check + writes, check, writes, bytes: text.length, baseline };
  },
};

(globalThis as { castlistBench?: typeof bench }).castlistBench = bench;
