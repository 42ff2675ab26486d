/**
 * The on-device sentiment model, shipped with its lexicon in lib/comments/model/sentiment-model.json. Two parts whose
 * probabilities are averaged: a three-class logistic regression over lexicon-based features
 * (lib/comments/sentiment-features.ts) and the mean word vector of the comment's common words, folded per word
 * (lib/comments/sentiment-embedding.ts), and an NB-SVM over hashed words and word pairs
 * (lib/comments/sentiment-words.ts; Wang & Manning 2012: each bucket scaled by its log-count ratio, one
 * logistic regression per class against the rest). Both are trained on TweetEval with the classes balanced (so no
 * class wins by its share of the training tweets); the class is then chosen with per-class offsets on the averaged
 * log-probabilities, set by cross-validation in the training script.
 */
import { z } from 'zod';
import { decodeBuckets, dequantize } from './quantized';
import { addEmbeddingScores } from './sentiment-embedding';
import { sentimentFeatures } from './sentiment-features';
import { sentimentWordBuckets } from './sentiment-words';
import type { Token } from './text';
import type { Lexicon } from './valence';

const classTriple = z.tuple([z.number(), z.number(), z.number()]);
const quantizedSchema = z.object({ scale: z.number().positive(), bytes: z.string() });

export type Sentiment = 'negative' | 'neutral' | 'positive';
export const SENTIMENTS: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

export const sentimentModelDataSchema = z.object({
  kind: z.literal('castlist-sentiment-model'),
  version: z.number().int(),
  trainedOn: z.string(),
  labels: z.tuple([z.literal('negative'), z.literal('neutral'), z.literal('positive')]),
  /** Where the lexicon comes from and under which licence. */
  lexiconSource: z.string(),
  /** word, emoticon or emoji → valence (−4…+4) */
  lexicon: z.record(z.string(), z.number()),
  bias: classTriple,
  /** feature name → its weight for [negative, neutral, positive] */
  weights: z.record(z.string(), classTriple),
  /** The NB-SVM over words and word pairs; absent, the lexicon part decides alone. */
  words: z
    .object({
      /** The hash space of words and pairs (a power of two). */
      buckets: z.number().int().positive(),
      /** Its share of the averaged probabilities (the lexicon part gets the rest). */
      mix: z.number().min(0).max(1),
      /** Only words of feeling (lexicon words, negators, emoji) and the pairs they are in (sentimentWordBuckets). */
      feelingOnly: z.boolean(),
      bias: classTriple,
      /** The buckets that carry a weight, ascending (encodeBuckets); every other bucket weighs nothing. */
      kept: z.string(),
      /** Per class [negative, neutral, positive], each kept bucket's weight (log-count ratio × regression weight). */
      weights: z.tuple([quantizedSchema, quantizedSchema, quantizedSchema]),
    })
    .optional(),
  /**
   * The embedding block of the lexicon part (lib/comments/sentiment-embedding.ts): per vocabulary word, hashed, what
   * its word vector adds to the negative and the positive class against neutral; a comment adds the mean over its
   * words found here. Absent, the lexicon part has no such block.
   */
  embedding: z
    .object({
      /** Where the word vectors come from and under which licence. */
      source: z.string(),
      /** The hash space of the vocabulary (a power of two). */
      buckets: z.number().int().positive(),
      /** The vocabulary's buckets, ascending (encodeBuckets). */
      kept: z.string(),
      /** Per kept bucket: toward negative, toward positive (each against neutral). */
      weights: z.tuple([quantizedSchema, quantizedSchema]),
    })
    .optional(),
  /** Added to the averaged log-probabilities before the class is chosen (negative offset, prior correction). */
  classOffsets: classTriple,
});
export type SentimentModelData = z.infer<typeof sentimentModelDataSchema>;

export interface SentimentVerdict {
  sentiment: Sentiment;
  /** Probabilities of negative, neutral, positive: the two parts' average, before the class offsets. */
  probabilities: [number, number, number];
}

type Triple = [number, number, number];

function softmax(scores: readonly number[]): Triple {
  const max = Math.max(scores[0]!, scores[1]!, scores[2]!);
  const exp = scores.map((score) => Math.exp(score - max));
  const sum = exp[0]! + exp[1]! + exp[2]!;
  return [exp[0]! / sum, exp[1]! / sum, exp[2]! / sum];
}

/** The class with the highest log-probability once the offsets are added. */
export function decideSentiment(probabilities: readonly number[], offsets: readonly number[]): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < 3; c++) {
    const score = Math.log(probabilities[c]!) + offsets[c]!;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

export class SentimentModel {
  readonly lexicon: Lexicon;
  private readonly bias: readonly number[];
  private readonly weights: ReadonlyMap<string, readonly number[]>;
  private readonly words: { buckets: number; mix: number; feelingOnly: boolean; bias: readonly number[]; position: ReadonlyMap<number, number>; weights: readonly Float32Array[] } | null;
  private readonly classOffsets: readonly number[];
  private readonly embedding: { buckets: number; position: ReadonlyMap<number, number>; negative: Float32Array; positive: Float32Array } | null;

  constructor(data: unknown) {
    const parsed = sentimentModelDataSchema.safeParse(data);
    if (!parsed.success) throw new Error(`comments sentiment model: the weights file is malformed (${parsed.error.issues[0]?.message})`);
    this.lexicon = new Map(Object.entries(parsed.data.lexicon));
    this.bias = parsed.data.bias;
    this.weights = new Map(Object.entries(parsed.data.weights));
    this.classOffsets = parsed.data.classOffsets;
    const words = parsed.data.words;
    if (words && (words.buckets & (words.buckets - 1)) !== 0) throw new Error(`comments sentiment model: ${words.buckets} word buckets is not a power of two`);
    if (words) {
      const kept = decodeBuckets(words.kept, 'comments sentiment model, word buckets');
      if (kept.some((bucket) => bucket >= words.buckets)) throw new Error(`comments sentiment model: a word bucket lies outside ${words.buckets}`);
      this.words = {
        buckets: words.buckets,
        mix: words.mix,
        feelingOnly: words.feelingOnly,
        bias: words.bias,
        position: new Map(kept.map((bucket, index) => [bucket, index])),
        weights: words.weights.map((quantized, c) => dequantize(quantized, kept.length, `comments sentiment model, word weights of ${SENTIMENTS[c]}`)),
      };
    } else this.words = null;
    const embedding = parsed.data.embedding;
    if (embedding) {
      if ((embedding.buckets & (embedding.buckets - 1)) !== 0) throw new Error(`comments sentiment model: ${embedding.buckets} embedding buckets is not a power of two`);
      const kept = decodeBuckets(embedding.kept, 'comments sentiment model, embedding buckets');
      if (kept.some((bucket) => bucket >= embedding.buckets)) throw new Error(`comments sentiment model: an embedding bucket lies outside ${embedding.buckets}`);
      this.embedding = {
        buckets: embedding.buckets,
        position: new Map(kept.map((bucket, index) => [bucket, index])),
        negative: dequantize(embedding.weights[0], kept.length, 'comments sentiment model, embedding weights toward negative'),
        positive: dequantize(embedding.weights[1], kept.length, 'comments sentiment model, embedding weights toward positive'),
      };
    } else this.embedding = null;
  }

  /** Each part's probabilities on its own: the training script averages them itself while it calibrates. */
  parts(tokens: readonly Token[]): { lexicon: Triple; words: Triple | null } {
    const scores = [...this.bias];
    for (const [name, value] of sentimentFeatures(tokens, this.lexicon)) {
      const weights = this.weights.get(name);
      if (!weights) continue;
      for (let c = 0; c < 3; c++) scores[c]! += weights[c]! * value;
    }
    if (this.embedding) addEmbeddingScores(tokens, this.embedding.buckets, this.embedding.position, this.embedding.negative, this.embedding.positive, scores);
    if (!this.words) return { lexicon: softmax(scores), words: null };
    const margins = [...this.words.bias];
    for (const bucket of sentimentWordBuckets(tokens, this.words.buckets, this.words.feelingOnly ? this.lexicon : null)) {
      const at = this.words.position.get(bucket);
      if (at !== undefined) for (let c = 0; c < 3; c++) margins[c]! += this.words.weights[c]![at]!;
    }
    return { lexicon: softmax(scores), words: softmax(margins) };
  }

  verdict(tokens: readonly Token[]): SentimentVerdict {
    const { lexicon, words } = this.parts(tokens);
    const mix = this.words?.mix ?? 0;
    const probabilities: Triple = words ? [0, 1, 2].map((c) => (1 - mix) * lexicon[c]! + mix * words[c]!) as Triple : lexicon;
    return { sentiment: SENTIMENTS[decideSentiment(probabilities, this.classOffsets)]!, probabilities };
  }
}
