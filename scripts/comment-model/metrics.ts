/** Classification figures for the evaluation report: per-class precision, recall, F1, and macro-F1. */

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function classFigures(truth: readonly number[], predicted: readonly number[], positive: number): ClassFigures {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (let i = 0; i < truth.length; i++) {
    if (predicted[i] === positive && truth[i] === positive) truePositive++;
    else if (predicted[i] === positive) falsePositive++;
    else if (truth[i] === positive) falseNegative++;
  }
  const precision = truePositive + falsePositive ? truePositive / (truePositive + falsePositive) : 0;
  const recall = truePositive + falseNegative ? truePositive / (truePositive + falseNegative) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: truePositive + falseNegative };
}

export function macroF1(truth: readonly number[], predicted: readonly number[], classes: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += classFigures(truth, predicted, c).f1;
  return sum / classes;
}

export function accuracy(truth: readonly number[], predicted: readonly number[]): number {
  let correct = 0;
  for (let i = 0; i < truth.length; i++) if (truth[i] === predicted[i]) correct++;
  return truth.length ? correct / truth.length : 0;
}
