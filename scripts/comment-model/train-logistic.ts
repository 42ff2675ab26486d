/**
 * Multinomial logistic regression on sparse features, trained by stochastic gradient descent with AdaGrad's
 * per-feature step sizes (the usual choice for sparse text features: rare features keep large steps). The order of
 * examples comes from a seeded generator, so `npm run train:comments` writes the same weights on every machine.
 */

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface TrainOptions {
  classes: number;
  dimension: number;
  /** L2 penalty on the weights (not the biases): the objective is mean loss + l2/2 · |W|². */
  l2: number;
  epochs: number;
  learningRate: number;
  /** Seed of the example order. */
  seed?: number;
  /** Per-example weights, e.g. to balance classes; 1 each when absent. */
  exampleWeights?: readonly number[];
}

export interface TrainedWeights {
  classes: number;
  dimension: number;
  /** weights[feature * classes + class] */
  weights: Float64Array;
  bias: Float64Array;
}

export function trainLogistic(examples: readonly SparseVector[], labels: readonly number[], options: TrainOptions): TrainedWeights {
  const { classes: k, dimension: d, l2, learningRate } = options;
  if (examples.length !== labels.length) throw new Error('trainLogistic: examples and labels differ in length');
  const exampleWeights = options.exampleWeights ?? examples.map(() => 1);
  const meanWeight = exampleWeights.reduce((sum, weight) => sum + weight, 0) / Math.max(examples.length, 1);
  const weights = new Float64Array(d * k);
  const bias = new Float64Array(k);
  const squaredW = new Float64Array(d * k).fill(1e-8);
  const squaredB = new Float64Array(k).fill(1e-8);
  const scores = new Float64Array(k);
  const order = examples.map((_, index) => index);
  const random = seededRandom(options.seed ?? 1);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const { indices, values } = examples[n]!;
      linearScores(weights, bias, k, indices, values, scores);
      softmaxInPlace(scores);
      const scale = exampleWeights[n]! / meanWeight;
      const label = labels[n]!;
      for (let c = 0; c < k; c++) {
        const error = (scores[c]! - (c === label ? 1 : 0)) * scale;
        squaredB[c]! += error * error;
        bias[c]! -= (learningRate * error) / Math.sqrt(squaredB[c]!);
        for (let j = 0; j < indices.length; j++) {
          const at = indices[j]! * k + c;
          const gradient = error * values[j]! + l2 * weights[at]!;
          squaredW[at]! += gradient * gradient;
          weights[at]! -= (learningRate * gradient) / Math.sqrt(squaredW[at]!);
        }
      }
    }
  }
  return { classes: k, dimension: d, weights, bias };
}

/** mulberry32: a small seeded generator, enough for shuffling. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}

function linearScores(weights: Float64Array, bias: Float64Array, k: number, indices: Int32Array, values: Float32Array, out: Float64Array): void {
  for (let c = 0; c < k; c++) out[c] = bias[c]!;
  for (let j = 0; j < indices.length; j++) {
    const base = indices[j]! * k;
    const value = values[j]!;
    for (let c = 0; c < k; c++) out[c]! += weights[base + c]! * value;
  }
}

function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
}
