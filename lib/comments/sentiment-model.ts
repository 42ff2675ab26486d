/**
 * The on-device sentiment model: a three-class logistic regression over lexicon-based features
 * (lib/comments/sentiment-features.ts), trained on TweetEval with the classes balanced (so no class wins by its
 * share of the training tweets) and shipped with its lexicon in lib/comments/model/sentiment-model.json.
 */
import { z } from 'zod';
import { sentimentFeatures } from './sentiment-features';
import type { Token } from './text';
import type { Lexicon } from './valence';

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
  bias: z.tuple([z.number(), z.number(), z.number()]),
  /** feature name → its weight for [negative, neutral, positive] */
  weights: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
});
export type SentimentModelData = z.infer<typeof sentimentModelDataSchema>;

export interface SentimentVerdict {
  sentiment: Sentiment;
  /** Probabilities of negative, neutral, positive. */
  probabilities: [number, number, number];
}

export class SentimentModel {
  readonly lexicon: Lexicon;
  private readonly bias: readonly number[];
  private readonly weights: ReadonlyMap<string, readonly number[]>;

  constructor(data: unknown) {
    const parsed = sentimentModelDataSchema.safeParse(data);
    if (!parsed.success) throw new Error(`comments sentiment model: the weights file is malformed (${parsed.error.issues[0]?.message})`);
    this.lexicon = new Map(Object.entries(parsed.data.lexicon));
    this.bias = parsed.data.bias;
    this.weights = new Map(Object.entries(parsed.data.weights));
  }

  verdict(tokens: readonly Token[]): SentimentVerdict {
    const scores = [...this.bias];
    for (const [name, value] of sentimentFeatures(tokens, this.lexicon)) {
      const weights = this.weights.get(name);
      if (!weights) continue;
      for (let c = 0; c < 3; c++) scores[c]! += weights[c]! * value;
    }
    const max = Math.max(...scores);
    const exp = scores.map((score) => Math.exp(score - max));
    const sum = exp[0]! + exp[1]! + exp[2]!;
    const probabilities: [number, number, number] = [exp[0]! / sum, exp[1]! / sum, exp[2]! / sum];
    const best = probabilities.indexOf(Math.max(...probabilities));
    return { sentiment: SENTIMENTS[best]!, probabilities };
  }
}
