/**
 * Feature names → the model's buckets (the hashing trick): the model ships one weight per bucket instead of a
 * vocabulary, which keeps it small and lets any new word or n-gram find its bucket. FNV-1a, 32 bits, over UTF-16
 * code units: the same in Node and every browser.
 */

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface HashedVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Named features summed into `buckets` buckets (a power of two). */
export function hashFeatures(features: ReadonlyMap<string, number>, buckets: number): HashedVector {
  const mask = buckets - 1;
  const sums = new Map<number, number>();
  for (const [name, value] of features) {
    const bucket = fnv1a(name) & mask;
    sums.set(bucket, (sums.get(bucket) ?? 0) + value);
  }
  return { indices: Int32Array.from(sums.keys()), values: Float32Array.from(sums.values()) };
}
