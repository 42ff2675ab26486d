/**
 * Feature names → the model's buckets (the hashing trick): the model ships one weight per bucket instead of a
 * vocabulary, which keeps it small and lets any new word or n-gram find its bucket. FNV-1a, 32 bits, over UTF-16
 * code units: the same in Node and every browser. Hashes can be extended piece by piece, so a feature's name is
 * never built as a string on the hot path.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a hash `hash` extended by `text[from, to)`. */
export function fnvExtend(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

export function fnv1a(text: string): number {
  return fnvExtend(FNV_OFFSET, text) >>> 0;
}

export interface HashedVector {
  indices: Int32Array;
  values: Float32Array;
}

/**
 * Collects features by bucket in groups: within a group each bucket counts once (presence), and the group is scaled
 * to unit length, so a group of many (n-grams) does not drown a group of few (rule cues).
 */
export class HashedVectorBuilder {
  /** Per bucket count, the generation in which each bucket was last seen: dedupes a group without sorting. */
  private static readonly seenByBuckets = new Map<number, { seen: Uint32Array; generation: number }>();
  private readonly mask: number;
  private readonly seen: { seen: Uint32Array; generation: number };
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private groupStart = 0;

  constructor(buckets: number) {
    if ((buckets & (buckets - 1)) !== 0) throw new Error(`hashed features: ${buckets} buckets is not a power of two`);
    this.mask = buckets - 1;
    let seen = HashedVectorBuilder.seenByBuckets.get(buckets);
    if (!seen) HashedVectorBuilder.seenByBuckets.set(buckets, (seen = { seen: new Uint32Array(buckets), generation: 0 }));
    this.seen = seen;
    this.seen.generation++;
  }

  /** Adds a feature by its finished hash to the current group (once per bucket). */
  addHash(hash: number): void {
    const bucket = hash & this.mask;
    if (this.seen.seen[bucket] === this.seen.generation) return;
    this.seen.seen[bucket] = this.seen.generation;
    this.indices.push(bucket);
  }

  /** Closes the current group: its distinct buckets, each 1/√(count). */
  endGroup(): void {
    const count = this.indices.length - this.groupStart;
    if (!count) return;
    const value = 1 / Math.sqrt(count);
    for (let i = 0; i < count; i++) this.values.push(value);
    this.groupStart = this.indices.length;
    this.seen.generation++;
  }

  /** A feature on its own, with its value (a rule cue, a shape). */
  addSingle(name: string, value = 1): void {
    this.endGroup();
    this.indices.push(fnv1a(name) & this.mask);
    this.values.push(value);
    this.groupStart = this.indices.length;
  }

  build(): HashedVector {
    this.endGroup();
    return { indices: new Int32Array(this.indices), values: new Float32Array(this.values) };
  }
}
