/**
 * The sentiment model's embedding block as the extension runs it. In training, the regression reads the mean word
 * vector (GloVe, 100 dimensions) of a comment's words from a bounded common-English vocabulary; a linear model of a
 * mean is the mean of the linear model, so the training script folds each vocabulary word's vector into two numbers,
 * what it adds to the negative and to the positive class against neutral, and the model file ships those, hashed
 * by word. A comment's block is the mean of its vocabulary words' numbers: one hash and one look-up per word.
 */
import { FNV_OFFSET, fnvExtend } from './hashing';
import type { Token } from './text';

/** A word's bucket in the embedding block (of `buckets`, a power of two). */
export function embeddingBucket(word: string, buckets: number): number {
  return (fnvExtend(FNV_OFFSET, word) >>> 0) & (buckets - 1);
}

/** The word a token gives the block: a word, or a hashtag without "#"; null for anything else. */
function embeddingWordOf(token: Token): string | null {
  return token.kind === 'word' ? token.norm : token.kind === 'hashtag' ? token.norm.slice(1) : null;
}

/** The words the block reads, in order (training reads them through this, the extension through addEmbeddingScores). */
export function embeddingWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = embeddingWordOf(token);
    if (word !== null) words.push(word);
  }
  return words;
}

/**
 * Adds the block to the class scores [negative, neutral, positive]: the mean, over the comment's words found in the
 * table, of their negative and positive numbers. `position`: kept bucket → index; `negative` and `positive`: per index.
 */
export function addEmbeddingScores(
  tokens: readonly Token[],
  buckets: number,
  position: ReadonlyMap<number, number>,
  negative: Float32Array,
  positive: Float32Array,
  scores: number[],
): void {
  let count = 0;
  let towardNegative = 0;
  let towardPositive = 0;
  for (const token of tokens) {
    const word = embeddingWordOf(token);
    if (word === null) continue;
    const at = position.get(embeddingBucket(word, buckets));
    if (at === undefined) continue;
    count++;
    towardNegative += negative[at]!;
    towardPositive += positive[at]!;
  }
  if (!count) return;
  scores[0]! += towardNegative / count;
  scores[2]! += towardPositive / count;
}
