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

/** One builder's working memory, shared by all builders of a bucket count (one comment's vector at a time). */
interface BuilderScratch {
  /** Per bucket, the generation in which it was last seen: dedupes a group without sorting. One byte per bucket keeps
   * the table in the fastest cache (a 32-bit table of 32,768 buckets did not); cleared when the generations wrap. */
  seen: Uint8Array;
  generation: number;
  indices: Int32Array;
  values: Float32Array;
  /** The builder writing into it: a second builder started before the first is built would mix their features. */
  owner: HashedVectorBuilder | null;
}

/** Generations a byte holds before the seen table is cleared (0 means never seen). */
const LAST_GENERATION = 255;

/**
 * Collects features by bucket in groups: within a group each bucket counts once (presence), and the group is scaled
 * to unit length, so a group of many (n-grams) does not drown a group of few (rule cues).
 */
export class HashedVectorBuilder {
  private static readonly scratchByBuckets = new Map<number, BuilderScratch>();
  private readonly mask: number;
  private readonly scratch: BuilderScratch;
  private length = 0;
  private groupStart = 0;

  constructor(buckets: number) {
    if ((buckets & (buckets - 1)) !== 0) throw new Error(`hashed features: ${buckets} buckets is not a power of two`);
    this.mask = buckets - 1;
    let scratch = HashedVectorBuilder.scratchByBuckets.get(buckets);
    if (!scratch) {
      scratch = { seen: new Uint8Array(buckets), generation: 0, indices: new Int32Array(256), values: new Float32Array(256), owner: null };
      HashedVectorBuilder.scratchByBuckets.set(buckets, scratch);
    }
    this.scratch = scratch;
    scratch.owner = this;
    this.nextGeneration();
  }

  private nextGeneration(): void {
    const scratch = this.scratch;
    if (scratch.generation === LAST_GENERATION) {
      scratch.seen.fill(0);
      scratch.generation = 0;
    }
    scratch.generation++;
  }

  private push(bucket: number): void {
    const scratch = this.scratch;
    if (this.length === scratch.indices.length) {
      const indices = new Int32Array(this.length * 2);
      indices.set(scratch.indices);
      const values = new Float32Array(this.length * 2);
      values.set(scratch.values);
      scratch.indices = indices;
      scratch.values = values;
    }
    scratch.indices[this.length++] = bucket;
  }

  /** Adds a feature by its finished hash to the current group (once per bucket). */
  addHash(hash: number): void {
    const bucket = hash & this.mask;
    const scratch = this.scratch;
    if (scratch.seen[bucket] === scratch.generation) return;
    scratch.seen[bucket] = scratch.generation;
    this.push(bucket);
  }

  /** Closes the current group: its distinct buckets, each 1/√(count). */
  endGroup(): void {
    const count = this.length - this.groupStart;
    if (!count) return;
    this.scratch.values.fill(1 / Math.sqrt(count), this.groupStart, this.length);
    this.groupStart = this.length;
    this.nextGeneration();
  }

  /** A feature on its own, with its value (a rule cue, a shape). */
  addSingle(name: string, value = 1): void {
    this.endGroup();
    this.push(fnv1a(name) & this.mask);
    this.scratch.values[this.length - 1] = value;
    this.groupStart = this.length;
  }

  /**
   * `bias` plus each feature's weight times its value, in the order build() would list them: a linear model's score
   * of the features where they are, without copying them out. Ends the vector as build() does.
   */
  dot(weights: Float32Array, bias: number): number {
    const scratch = this.scratch;
    if (scratch.owner !== this) throw new Error('hashed features: another vector was started before this one was weighed');
    this.endGroup();
    scratch.owner = null;
    const { indices, values } = scratch;
    let sum = bias;
    for (let i = 0; i < this.length; i++) sum += weights[indices[i]!]! * values[i]!;
    return sum;
  }

  build(): HashedVector {
    const scratch = this.scratch;
    if (scratch.owner !== this) throw new Error('hashed features: another vector was started before this one was built');
    this.endGroup();
    scratch.owner = null;
    return { indices: scratch.indices.slice(0, this.length), values: scratch.values.slice(0, this.length) };
  }
}
