/**
 * `compute`, remembered for the last `limit` keys (the oldest key goes first). For results that are a pure function
 * of their key, so that forgetting one costs time, never correctness.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const entries = new Map<K, V>();
  return (key) => {
    if (!entries.has(key)) {
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
      entries.set(key, compute(key));
    }
    return entries.get(key)!;
  };
}
