/**
 * A memo with a fixed number of entries: the oldest entry goes when a new one would exceed it. For results that are
 * a pure function of their key, so that forgetting one costs time, never correctness.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  get(key: K, compute: (key: K) => V): V {
    if (this.entries.has(key)) return this.entries.get(key)!;
    const value = compute(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
