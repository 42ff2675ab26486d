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
    // Per transaction, the creator of each post row it has read or written (null: none; undefined: no row), so that a
    // write of rows just read (the ingest reads the posts it merges, then puts them) needs no second read to know
    // which creator each row had. Only the creator is kept: callers may change the objects they were given.
    const known = new WeakMap<DBCoreTransaction, Map<string, string | null | undefined>>();
    const knownOf = (trans: DBCoreTransaction) => known.get(trans) ?? known.set(trans, new Map()).get(trans)!;
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
          get(req) {
            return table.get(req).then((row: PostRow | undefined) => {
              knownOf(req.trans).set(req.key as string, row ? (row.creatorKey ?? null) : undefined);
              return row;
            });
          },
          getMany(req) {
            return table.getMany(req).then((rows: Array<PostRow | undefined>) => {
              const creators = knownOf(req.trans);
              req.keys.forEach((key, index) => creators.set(key as string, rows[index] ? (rows[index]!.creatorKey ?? null) : undefined));
              return rows;
            });
          },
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const stores = storesOf(req.trans);
            if (!stores?.contains(SUMMARIES)) return table.mutate(req);
            const trans = req.trans;
            if (req.type === 'deleteRange' && req.range.type === RANGE_ANY) {
              knownOf(trans).clear();
              return table.mutate(req).then((response) =>
                queued(chains, trans, () => summaries.mutate({ type: 'deleteRange', trans, range: req.range }).then(() => undefined)).then(() => response),
              );
            }
            // the rows before the write are asked for first: IndexedDB answers a transaction's requests in order
            const creators = knownOf(trans);
            const before = creatorsBefore(table, req, creators);
            const mutated = table.mutate(req);
            return DexiePromise.all([before, mutated]).then(([previous, response]) => {
              const written = req.type === 'put' || req.type === 'add' ? (req.values as PostRow[]).filter((_, index) => !response.failures[index]) : [];
              const removedKeys = req.type === 'delete' ? req.keys.filter((_, index) => !response.failures[index]) : req.type === 'deleteRange' ? [...previous.keys()] : [];
              for (const row of written) creators.set(row.key, row.creatorKey ?? null);
              for (const key of removedKeys) creators.set(key as string, undefined);
              return queued(chains, trans, () => updateSummaries(table, summaries, trans, previous, written, new Set(removedKeys))).then(() => response);
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

/**
 * The creator of each stored row a write replaces or deletes (its creator may not be the written row's), by key:
 * from what the transaction already read or wrote, else read first.
 */
function creatorsBefore(table: DBCoreTable, req: DBCoreMutateRequest, known: ReadonlyMap<string, string | null | undefined>): PromiseLike<Map<string, string | null>> {
  const creators = new Map<string, string | null>();
  if (req.type === 'add') return DexiePromise.resolve(creators);
  if (req.type === 'deleteRange') {
    return table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((found) => {
      for (const row of found.result as PostRow[]) creators.set(row.key, row.creatorKey ?? null);
      return creators;
    });
  }
  const keys = (req.type === 'delete' ? req.keys : (req.keys ?? (req.values as PostRow[]).map((row) => row.key))) as string[];
  const unknown: string[] = [];
  for (const key of keys) {
    if (!known.has(key)) unknown.push(key);
    else if (known.get(key) !== undefined) creators.set(key, known.get(key)!);
  }
  if (unknown.length === 0) return DexiePromise.resolve(creators);
  return table.getMany({ trans: req.trans, keys: unknown }).then((rows: Array<PostRow | undefined>) => {
    rows.forEach((row, index) => row && creators.set(unknown[index]!, row.creatorKey ?? null));
    return creators;
  });
}

function updateSummaries(
  posts: DBCoreTable,
  summaries: DBCoreTable,
  trans: DBCoreTransaction,
  before: ReadonlyMap<string, string | null>,
  written: readonly PostRow[],
  removedKeys: ReadonlySet<string>,
): PromiseLike<void> {
  // per creator: the rows to put in their summary, and the keys to take out of it
  const changes = new Map<string, { put: PostRow[]; removed: Set<string> }>();
  const changeOf = (creatorKey: string) => changes.get(creatorKey) ?? changes.set(creatorKey, { put: [], removed: new Set() }).get(creatorKey)!;
  const writtenKeys = new Map(written.map((row) => [row.key, row]));
  for (const [key, creatorKey] of before) {
    if (!creatorKey) continue;
    const now = writtenKeys.get(key);
    if (removedKeys.has(key) || (now && (now.creatorKey ?? null) !== creatorKey)) changeOf(creatorKey).removed.add(key);
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
        // none yet (a new creator), or of another shape: built from every row of the creator as stored now, which
        // for a new creator are the rows just written (their keys are read to know, the rows only if there are others)
        const range = { type: 1, lower: creatorKey, upper: creatorKey } as never;
        return posts.query({ trans, values: false, query: { index: creatorIndex, range } }).then((found) => {
          const keys = found.result as string[];
          const putKeys = new Map(put.map((row) => [row.key, row]));
          if (keys.every((key) => putKeys.has(key))) return summaryOf(creatorKey, keys.map((key) => putKeys.get(key)!));
          return posts.query({ trans, values: true, query: { index: creatorIndex, range } }).then((rows) => summaryOf(creatorKey, rows.result as PostRow[]));
        });
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
