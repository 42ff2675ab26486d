/**
 * Training of the sentiment model's word part, an NB-SVM (Wang & Manning 2012, "Baselines and bigrams"): for each
 * class, every hashed word or word pair (lib/comments/sentiment-words.ts) gets its log-count ratio r — how much more
 * often it occurs in that class's tweets than in the others', with add-one smoothing — and a logistic regression of
 * that class against the rest is trained on the present buckets scaled by r. The shipped weight of a bucket is r times
 * its regression weight, so scoring a comment is one sum per class. Logistic regression stands in for the paper's
 * SVM: the same linear decision, with margins the model can turn into probabilities.
 *
 * The hash space is large (2^20: few words share a bucket) and the vocabulary is pruned instead: buckets seen in
 * fewer than minCount training tweets get no weight, and only the `kept` buckets with the largest weights are shipped.
 */
import { encodeBuckets, quantize, type QuantizedWeights } from '../../lib/comments/quantized';
import { sentimentWordBuckets } from '../../lib/comments/sentiment-words';
import type { Token } from '../../lib/comments/text';
import type { Lexicon } from '../../lib/comments/valence';
import { trainLogistic } from './train-logistic';

export const WORD_MODEL_PARAMETERS = {
  /** The hash space of words and word pairs. */
  buckets: 1 << 20,
  /** Buckets seen in fewer training tweets get no weight. */
  minCount: 2,
  /** Buckets shipped: those with the largest weight in any class. */
  kept: 10000,
  /** Added to every bucket's count in each class (the paper's α). */
  smoothing: 1,
  l2: 1e-4,
  epochs: 10,
  learningRate: 0.1,
};

export interface WordModelData {
  buckets: number;
  bias: [number, number, number];
  kept: string;
  weights: [QuantizedWeights, QuantizedWeights, QuantizedWeights];
}

export function trainWordModel(examples: readonly { tokens: Token[] }[], labels: readonly number[], lexicon: Lexicon | null, parameters = WORD_MODEL_PARAMETERS): WordModelData {
  const { buckets, smoothing } = parameters;
  const hashed = examples.map((example) => sentimentWordBuckets(example.tokens, buckets, lexicon));
  // Dense indices for the buckets seen often enough.
  const seenIn = new Map<number, number>();
  for (const list of hashed) for (const bucket of list) seenIn.set(bucket, (seenIn.get(bucket) ?? 0) + 1);
  const vocabulary = [...seenIn].filter(([, count]) => count >= parameters.minCount).map(([bucket]) => bucket).sort((a, b) => a - b);
  const indexOf = new Map(vocabulary.map((bucket, index) => [bucket, index]));
  const dimension = vocabulary.length;
  const present = hashed.map((list) => Int32Array.from(list.flatMap((bucket) => (indexOf.has(bucket) ? [indexOf.get(bucket)!] : []))));

  const bias: number[] = [];
  const effective: Float64Array[] = [];
  for (let c = 0; c < 3; c++) {
    const inClass = new Float64Array(dimension).fill(smoothing);
    const outside = new Float64Array(dimension).fill(smoothing);
    present.forEach((indices, n) => {
      const counts = labels[n] === c ? inClass : outside;
      for (const index of indices) counts[index]! += 1;
    });
    const inTotal = inClass.reduce((sum, value) => sum + value, 0);
    const outTotal = outside.reduce((sum, value) => sum + value, 0);
    const ratio = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) ratio[j] = Math.log(inClass[j]! / inTotal / (outside[j]! / outTotal));

    const binary = labels.map((label) => (label === c ? 1 : 0));
    const positives = binary.filter((value) => value === 1).length;
    // Balanced: the class and the rest weigh the same, as in the lexicon part.
    const exampleWeights = binary.map((value) => labels.length / 2 / (value ? positives : labels.length - positives));
    const trained = trainLogistic(
      present.map((indices) => ({ indices, values: Float32Array.from(indices, (index) => ratio[index]!) })),
      binary,
      { classes: 2, dimension, exampleWeights, l2: parameters.l2, epochs: parameters.epochs, learningRate: parameters.learningRate, seed: 1 + c },
    );
    const weights = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) weights[j] = (trained.weights[j * 2 + 1]! - trained.weights[j * 2]!) * ratio[j]!;
    bias.push(Math.round((trained.bias[1]! - trained.bias[0]!) * 1000) / 1000);
    effective.push(weights);
  }
  const strength = (j: number) => Math.max(Math.abs(effective[0]![j]!), Math.abs(effective[1]![j]!), Math.abs(effective[2]![j]!));
  const kept = vocabulary
    .map((_, j) => j)
    .sort((a, b) => strength(b) - strength(a) || a - b)
    .slice(0, parameters.kept)
    .sort((a, b) => a - b);
  return {
    buckets,
    bias: bias as [number, number, number],
    kept: encodeBuckets(kept.map((j) => vocabulary[j]!)),
    weights: effective.map((weights) => quantize(kept.map((j) => weights[j]!))) as [QuantizedWeights, QuantizedWeights, QuantizedWeights],
  };
}
