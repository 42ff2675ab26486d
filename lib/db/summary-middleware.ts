/**
 * Keeps `creatorSummaries` (creator-summary.ts) in step with `posts`, in the same IndexedDB transaction as every
 * write to `posts`, whoever makes it: the ingest of a reading, a restore, an upgrade, a test's fixture. A Dexie DBCore
 * middleware (dexie.org/docs/Dexie/Dexie.use()), so no write path can forget it:
 *
 *   - every read-write transaction whose scope holds `posts` is widened to hold `creatorSummaries` too (one
 *     transaction: a reading and its summary are stored together or not at all);
 *   - after each write to `posts` (put, add, delete, a range delete, Dexie's modify and clear, which are these), the
 *     summaries of the creators it touched are updated from the written rows, and of the creators a post left (its
 *     row before the write, read first); a creator without a usable summary gets one built from all their rows.
 *
 * It sits above Dexie's observability middleware, so its writes wake live queries like any other. Summary updates of
 * one transaction run one after another (two writes queued together would otherwise both read the old summary).
 * Dexie.Promise chains throughout, no native await: Dexie's middlewares below read the transaction from its zone,
 * which only its own promises carry across a step.
 * In a transaction without the summaries store (an upgrade from before v7, whose v7 step builds them all) it does
 * nothing.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { PostRow } from './rows';
import { type CreatorSummaryRow, isUsableSummary, summaryOf, summaryWith } from './creator-summary';

export const SUMMARIES = 'creatorSummaries';
const POSTS = 'posts';
/** DBCoreRangeType.Any (a const enum in Dexie's types): the whole table, as Table.clear() deletes it. */
const RANGE_ANY = 3;

function storesOf(trans: DBCoreTransaction): DOMStringList | null {
  return (trans as unknown as Partial<IDBTransaction>).objectStoreNames ?? null;
}

const DexiePromise = Dexie.Promise;

export const creatorSummaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CreatorSummaries',
  create(down) {
    const tables = new Set(down.schema.tables.map((table) => table.name));
    if (!tables.has(SUMMARIES) || !tables.has(POSTS)) return {};
    const chains = new WeakMap<DBCoreTransaction, PromiseLike<void>>();
    return {
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(POSTS) && !stores.includes(SUMMARIES) ? [...stores, SUMMARIES] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== POSTS) return table;
        const summaries = down.table(SUMMARIES);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const stores = storesOf(req.trans);
            if (!stores?.contains(SUMMARIES)) return table.mutate(req);
            const trans = req.trans;
            if (req.type === 'deleteRange' && req.range.type === RANGE_ANY) {
              return table.mutate(req).then((response) =>
                queued(chains, trans, () => summaries.mutate({ type: 'deleteRange', trans, range: req.range }).then(() => undefined)).then(() => response),
              );
            }
            // the rows before the write are asked for first: IndexedDB answers a transaction's requests in order
            const before = rowsBefore(table, req);
            const mutated = table.mutate(req);
            return DexiePromise.all([before, mutated]).then(([rows, response]) => {
              const written = req.type === 'put' || req.type === 'add' ? (req.values as PostRow[]).filter((_, index) => !response.failures[index]) : [];
              const removedKeys =
                req.type === 'delete' ? req.keys.filter((_, index) => !response.failures[index]) : req.type === 'deleteRange' ? rows.map((row) => row.key) : [];
              return queued(chains, trans, () => updateSummaries(table, summaries, trans, rows, written, new Set(removedKeys))).then(() => response);
            }) as Promise<DBCoreMutateResponse>;
          },
        } satisfies DBCoreTable;
      },
    };
  },
};

/** Runs `work` after the transaction's earlier summary updates. */
function queued(chains: WeakMap<DBCoreTransaction, PromiseLike<void>>, trans: DBCoreTransaction, work: () => PromiseLike<void>): PromiseLike<void> {
  const run = (chains.get(trans) ?? DexiePromise.resolve()).then(work);
  chains.set(
    trans,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}

/** The stored rows a write replaces or deletes (their creator may not be the written row's). */
function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<PostRow[]> {
  if (req.type === 'add') return DexiePromise.resolve([]);
  if (req.type === 'deleteRange') {
    return table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((found) => found.result as PostRow[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? (req.values as PostRow[]).map((row) => row.key));
  if (keys.length === 0) return DexiePromise.resolve([]);
  return table.getMany({ trans: req.trans, keys }).then((rows: Array<PostRow | undefined>) => rows.filter((row): row is PostRow => !!row));
}

function updateSummaries(
  posts: DBCoreTable,
  summaries: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly PostRow[],
  written: readonly PostRow[],
  removedKeys: ReadonlySet<string>,
): PromiseLike<void> {
  // per creator: the rows to put in their summary, and the keys to take out of it
  const changes = new Map<string, { put: PostRow[]; removed: Set<string> }>();
  const changeOf = (creatorKey: string) => changes.get(creatorKey) ?? changes.set(creatorKey, { put: [], removed: new Set() }).get(creatorKey)!;
  const writtenKeys = new Map(written.map((row) => [row.key, row]));
  for (const row of before) {
    if (!row.creatorKey) continue;
    const now = writtenKeys.get(row.key);
    if (removedKeys.has(row.key) || (now && now.creatorKey !== row.creatorKey)) changeOf(row.creatorKey).removed.add(row.key);
  }
  for (const row of written) if (row.creatorKey) changeOf(row.creatorKey).put.push(row);
  if (changes.size === 0) return DexiePromise.resolve();

  const creatorKeys = [...changes.keys()];
  const creatorIndex = posts.schema.getIndexByKeyPath('creatorKey')!;
  return summaries.getMany({ trans, keys: creatorKeys }).then((stored: Array<CreatorSummaryRow | undefined>) =>
    DexiePromise.all(
      creatorKeys.map((creatorKey, index): PromiseLike<CreatorSummaryRow> => {
        const previous = stored[index];
        const { put, removed } = changes.get(creatorKey)!;
        if (isUsableSummary(previous)) return DexiePromise.resolve(summaryWith(creatorKey, previous, put, removed));
        // none yet (a new creator), or of another shape: built from every row of the creator, as stored now
        return posts
          .query({ trans, values: true, query: { index: creatorIndex, range: { type: 1, lower: creatorKey, upper: creatorKey } as never } })
          .then((rows) => summaryOf(creatorKey, rows.result as PostRow[]));
      }),
    ).then((next: CreatorSummaryRow[]) => {
      const toPut = next.filter((summary) => summary.keys.length > 0);
      const toDelete = next.filter((summary) => summary.keys.length === 0).map((summary) => summary.creatorKey);
      return DexiePromise.all([
        toPut.length ? summaries.mutate({ type: 'put', trans, values: toPut }) : null,
        toDelete.length ? summaries.mutate({ type: 'delete', trans, keys: toDelete }) : null,
      ]).then(() => undefined);
    }),
  );
}
