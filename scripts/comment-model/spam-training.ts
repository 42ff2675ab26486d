/**
 * Training and held-out evaluation of the spam model. Features, hashing, quantisation and the decision are the
 * extension's own code (lib/comments), so what is evaluated here is exactly what ships.
 */
import type { HashedVector } from '../../lib/comments/hashing';
import { quantize } from '../../lib/comments/quantized';
import { type CommentCues, commentCues } from '../../lib/comments/rules';
import { spamVector } from '../../lib/comments/spam-features';
import { SpamModel, type SpamModelData } from '../../lib/comments/spam-model';
import { normalizeCommentText, tokenize } from '../../lib/comments/text';
import { duplicateKey } from '../../lib/comments/duplicates';
import type { SpamExample } from './datasets';
import { classFigures, type ClassFigures } from './metrics';
import { trainLogistic } from './train-logistic';

/** The parameters of the shipped model, chosen on the held-out splits below (not on any test set). */
export const SPAM_PARAMETERS = {
  /** 2^15 buckets: a 32 KiB model; collisions cost nothing measurable at this data size. */
  buckets: 1 << 15,
  l2: 1e-3,
  epochs: 15,
  learningRate: 0.1,
  threshold: 0.5,
  /** Spam and ham weigh the same in training, whatever their shares. */
  balanceClasses: true,
};

export interface PreparedSpamExample extends SpamExample {
  /** Hashed into SPAM_PARAMETERS.buckets buckets. */
  features: HashedVector;
  cues: CommentCues;
}

export function prepareSpamExamples(examples: readonly SpamExample[]): PreparedSpamExample[] {
  return examples.map((example) => {
    const normalized = normalizeCommentText(example.text);
    const tokens = tokenize(normalized.text);
    const cues = commentCues(normalized, tokens);
    return { ...example, features: spamVector(tokens, cues, SPAM_PARAMETERS.buckets), cues };
  });
}

export function trainSpamModel(examples: readonly PreparedSpamExample[], trainedOn: string, parameters = SPAM_PARAMETERS): SpamModelData {
  const labels = examples.map((example) => (example.spam ? 1 : 0));
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  if (!positives || !negatives) throw new Error('spam training: the training set needs both spam and ham');
  const exampleWeights = labels.map((label) =>
    parameters.balanceClasses ? labels.length / 2 / (label ? positives : negatives) : 1,
  );
  const trained = trainLogistic(
    examples.map((example) => example.features),
    labels,
    { classes: 2, dimension: parameters.buckets, l2: parameters.l2, epochs: parameters.epochs, learningRate: parameters.learningRate, exampleWeights },
  );
  // Two-class softmax = logistic regression on the difference of the two classes' scores.
  const weights = new Float64Array(parameters.buckets);
  for (let i = 0; i < parameters.buckets; i++) weights[i] = trained.weights[i * 2 + 1]! - trained.weights[i * 2]!;
  return {
    kind: 'castlist-spam-model',
    version: 1,
    trainedOn,
    buckets: parameters.buckets,
    threshold: parameters.threshold,
    bias: trained.bias[1]! - trained.bias[0]!,
    weights: quantize(weights),
  };
}

export interface HeldOutFigures extends ClassFigures {
  heldOut: string;
  trainedOn: string;
  examples: number;
  /** The same split scored by the model alone, without the strong rules. */
  modelOnlyF1: number;
}

function evaluate(model: SpamModel, test: readonly PreparedSpamExample[], heldOut: string, trainedOn: string): HeldOutFigures {
  const truth = test.map((example) => (example.spam ? 1 : 0));
  const verdicts = test.map((example) => model.verdict(example.features, example.cues));
  const figures = classFigures(truth, verdicts.map((verdict) => (verdict.spam ? 1 : 0)), 1);
  const modelOnly = classFigures(truth, verdicts.map((verdict) => (verdict.modelProbability >= model.threshold ? 1 : 0)), 1);
  return { heldOut, trainedOn, examples: test.length, ...figures, modelOnlyF1: modelOnly.f1 };
}

/**
 * YouTube, leave one video out: train on the other videos and all Instagram comments, test on the video left out.
 * Whole videos are held out because spam campaigns repeat within a video (random splits flatter a model).
 */
export function leaveOneVideoOut(examples: readonly PreparedSpamExample[]): HeldOutFigures[] {
  const videos = [...new Set(examples.filter((example) => example.source === 'youtube').map((example) => example.group))].sort();
  return videos.map((video) => {
    const train = examples.filter((example) => example.group !== video);
    const test = examples.filter((example) => example.group === video);
    const trainedOn = `YouTube videos other than ${video} + all Instagram`;
    return evaluate(new SpamModel(trainSpamModel(train, trainedOn)), test, `YouTube ${video}`, trainedOn);
  });
}

/**
 * Instagram, k folds: train on all YouTube comments and the other folds, test on one fold; never trained on YouTube
 * alone. Identical texts always fall in the same fold, so a copy-pasted scam is never tested on its own copy.
 */
export function instagramFolds(examples: readonly PreparedSpamExample[], folds = 5): HeldOutFigures {
  const instagram = examples.filter((example) => example.source === 'instagram');
  const youtube = examples.filter((example) => example.source === 'youtube');
  const foldOf = (example: PreparedSpamExample) => {
    let hash = 0;
    for (const char of duplicateKey(example.text)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
    return hash % folds;
  };
  const truth: number[] = [];
  const predicted: number[] = [];
  const modelOnly: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = instagram.filter((example) => foldOf(example) === fold);
    const train = [...youtube, ...instagram.filter((example) => foldOf(example) !== fold)];
    const model = new SpamModel(trainSpamModel(train, 'fold'));
    for (const example of test) {
      const verdict = model.verdict(example.features, example.cues);
      truth.push(example.spam ? 1 : 0);
      predicted.push(verdict.spam ? 1 : 0);
      modelOnly.push(verdict.modelProbability >= model.threshold ? 1 : 0);
    }
  }
  return {
    heldOut: `Instagram, ${folds} folds (identical texts kept in one fold)`,
    trainedOn: 'all YouTube + the other Instagram folds',
    examples: truth.length,
    ...classFigures(truth, predicted, 1),
    modelOnlyF1: classFigures(truth, modelOnly, 1).f1,
  };
}

export interface CueFigures {
  cue: string;
  /** Per source: comments where the cue fires, and how many of them are labelled spam/scam. */
  fired: Record<string, { spam: number; ham: number }>;
  precision: number;
}

/** How often each rule fires on spam and on ham, per source: the justification of the strong rules. */
export function cuePrecision(examples: readonly PreparedSpamExample[]): CueFigures[] {
  const table = new Map<string, Record<string, { spam: number; ham: number }>>();
  for (const example of examples) {
    const cues = [...example.cues.spam, ...example.cues.scam, ...example.cues.lowEffort, ...(example.cues.styledLetters ? ['styled-letters'] : [])];
    for (const cue of cues) {
      const row = table.get(cue) ?? {};
      const cell = (row[example.source] ??= { spam: 0, ham: 0 });
      if (example.spam) cell.spam++;
      else cell.ham++;
      table.set(cue, row);
    }
  }
  return [...table]
    .map(([cue, fired]) => {
      const spam = Object.values(fired).reduce((sum, cell) => sum + cell.spam, 0);
      const ham = Object.values(fired).reduce((sum, cell) => sum + cell.ham, 0);
      return { cue, fired, precision: spam / (spam + ham) };
    })
    .sort((a, b) => a.cue.localeCompare(b.cue));
}
