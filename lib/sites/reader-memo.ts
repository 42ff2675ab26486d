/**
 * Work a reader may reuse between reads of the same page: a response parsed into a site's shape, a walk of a data
 * blob, an index of its posts. Explicit, so readers stay pure functions of their input: the caller owns it and passes
 * it in PageInput.memo (the content script keeps one per visit and starts a new one on navigation; the CLI and tests
 * pass none, and each read starts from nothing). Keyed by the work's kind and what it was done on: a response's JSON
 * object (never changed once captured) or a script's text (so changed text is new work). Bounded: each kind keeps
 * its latest `limit` results.
 */
export class ReaderMemo {
  private readonly kinds = new Map<string, Map<unknown, unknown>>();

  constructor(readonly limit = 64) {}

  remember<K, V>(kind: string, key: K, compute: (key: K) => V): V {
    let results = this.kinds.get(kind);
    if (!results) this.kinds.set(kind, (results = new Map()));
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    if (results.size >= this.limit) results.delete(results.keys().next().value);
    results.set(key, value);
    return value;
  }
}

/** `compute(key)`, through the memo when the caller gave one. */
export function remembered<K, V>(memo: ReaderMemo | undefined, kind: string, key: K, compute: (key: K) => V): V {
  return memo ? memo.remember(kind, key, compute) : compute(key);
}
