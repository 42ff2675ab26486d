/**
 * Work a reader may reuse between reads of the same page: a response parsed into a site's shape, a walk of a data
 * blob, an index of its posts. Explicit, so readers stay pure functions of their input: the caller owns the memo and
 * passes it in PageInput.memo (the content script keeps one per visit and starts a new one on navigation; the CLI and
 * tests pass none, and each read starts from nothing). Keyed by the work's kind and what it was done on: a
 * response's JSON object (never changed once captured) or a script's text (so changed text is new work). Bounded:
 * each kind keeps its latest MEMO_LIMIT results.
 *
 * The memo is a plain Map (kind → key → result) so that the content runtime, which only creates it, carries no code
 * of it: the readers that use it bring remembered().
 */
export type ReaderMemo = Map<string, Map<unknown, unknown>>;

export const MEMO_LIMIT = 64;

/** `compute(key)`, through the memo when the caller gave one. */
export function remembered<K, V>(memo: ReaderMemo | undefined, kind: string, key: K, compute: (key: K) => V): V {
  if (!memo) return compute(key);
  let results = memo.get(kind);
  if (!results) memo.set(kind, (results = new Map()));
  if (results.has(key)) return results.get(key) as V;
  const value = compute(key);
  if (results.size >= MEMO_LIMIT) results.delete(results.keys().next().value);
  results.set(key, value);
  return value;
}
