/**
 * Named features → indices for training: only features seen in enough training examples get a weight (rarer ones
 * would be memorised, not learned), which also keeps the shipped model small.
 */
import type { SparseVector } from './train-logistic';

export class Vocabulary {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  static fromExamples(examples: readonly Map<string, number>[], minCount: number): Vocabulary {
    const counts = new Map<string, number>();
    for (const features of examples) for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
    const vocabulary = new Vocabulary();
    for (const [name, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      if (count >= minCount) vocabulary.add(name);
    return vocabulary;
  }

  add(name: string): number {
    const existing = this.index.get(name);
    if (existing !== undefined) return existing;
    this.index.set(name, this.names.length);
    this.names.push(name);
    return this.names.length - 1;
  }

  get size(): number {
    return this.names.length;
  }

  vector(features: Map<string, number>): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    for (const [name, value] of features) {
      const position = this.index.get(name);
      if (position === undefined || value === 0) continue;
      indices.push(position);
      values.push(value);
    }
    return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
  }
}
