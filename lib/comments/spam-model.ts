/**
 * The on-device spam model: a hashed logistic regression (lib/comments/model/spam-model.json, written by
 * `npm run train:comments`), plus the rules it cannot learn. A comment is spam-or-scam when the model's probability
 * reaches the threshold, or when a strong rule fires (a link off the social sites, self-promotion, asking for engagement, money offers, contact-me, a phone number,
 * an account recommended for money matters): those rules name what data of a few videos can't teach every video.
 */
import { z } from 'zod';
import { type HashedVector, HashedVectorBuilder } from './hashing';
import { dequantize } from './quantized';
import type { CommentCues, ScamCue, SpamCue } from './rules';

export const spamModelDataSchema = z.object({
  kind: z.literal('castlist-spam-model'),
  version: z.number().int(),
  /** How the weights were made: data, parameters, date. */
  trainedOn: z.string(),
  buckets: z.number().int().positive(),
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  weights: z.object({ scale: z.number().positive(), bytes: z.string() }),
});
export type SpamModelData = z.infer<typeof spamModelDataSchema>;

/** Rules strong enough to decide alone (0.88–1.0 precise on the labelled data; see the evaluation report). */
export const STRONG_CUES: readonly (SpamCue | ScamCue)[] = ['external-link', 'self-promotion', 'asks-for-engagement', 'money-offer', 'contact-me', 'phone-number', 'recommends-account'];
/** The probability a strong rule stands for: about its precision on the labelled data. */
export const STRONG_CUE_PROBABILITY = 0.9;

export interface SpamVerdict {
  /** Probability 0–1 that the comment is spam or a scam. */
  probability: number;
  spam: boolean;
  /** The model's own probability, before the rules. */
  modelProbability: number;
  strongCues: (SpamCue | ScamCue)[];
}

export class SpamModel {
  readonly buckets: number;
  readonly threshold: number;
  private readonly bias: number;
  private readonly weights: Float32Array;

  constructor(data: unknown) {
    const parsed = spamModelDataSchema.safeParse(data);
    if (!parsed.success) throw new Error(`comments spam model: the weights file is malformed (${parsed.error.issues[0]?.message})`);
    this.buckets = parsed.data.buckets;
    if ((this.buckets & (this.buckets - 1)) !== 0) throw new Error(`comments spam model: ${this.buckets} buckets is not a power of two`);
    this.threshold = parsed.data.threshold;
    this.bias = parsed.data.bias;
    this.weights = dequantize(parsed.data.weights, this.buckets, 'comments spam model');
  }

  /** The model's log-odds of spam for a comment's hashed features (spamVector in lib/comments/spam-features.ts). */
  logOdds({ indices, values }: HashedVector): number {
    let sum = this.bias;
    for (let i = 0; i < indices.length; i++) sum += this.weights[indices[i]!]! * values[i]!;
    return sum;
  }

  /** The verdict on a comment's features, built (spamVector) or still in their builder (spamFeatures). */
  verdict(features: HashedVector | HashedVectorBuilder, cues: CommentCues): SpamVerdict {
    const logOdds = features instanceof HashedVectorBuilder ? features.dot(this.weights, this.bias) : this.logOdds(features);
    const modelProbability = 1 / (1 + Math.exp(-logOdds));
    const strongCues = [...cues.spam, ...cues.scam].filter((cue) => STRONG_CUES.includes(cue));
    const probability = strongCues.length ? Math.max(modelProbability, STRONG_CUE_PROBABILITY) : modelProbability;
    return { probability, spam: probability >= this.threshold, modelProbability, strongCues };
  }
}
