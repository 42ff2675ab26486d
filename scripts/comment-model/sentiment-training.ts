/**
 * Training and held-out evaluation of the sentiment model. TweetEval's two shared splits come from different
 * collections (validation: SemEval 2013–2016; test: SemEval 2017, later topics), so training on one and testing on
 * the other is the nearest thing here to "posts of another domain". Every figure is also given re-weighted to an
 * airline-complaint class mix (63 % negative, 21 % neutral, 16 % positive), the kind of shift comments bring.
 */
import { complaintCues } from '../../lib/comments/complaint';
import { sentimentFeatures } from '../../lib/comments/sentiment-features';
import { SentimentModel, type SentimentModelData } from '../../lib/comments/sentiment-model';
import { normalizeCommentText, tokenize, type Token } from '../../lib/comments/text';
import { isNegator, valenceOf } from '../../lib/comments/valence';
import { SENTIMENT_LABELS, type SentimentExample } from './datasets';
import { LEXICON_SOURCE, loadLexicon } from './lexicon';
import { classFigures, macroF1 } from './metrics';
import { trainLogistic } from './train-logistic';
import { Vocabulary } from './vocabulary';

/**
 * Offsets added to the negative class's bias. Which one a model gets is chosen without its test tweets: by 5-fold
 * cross-validation inside its own training tweets (calibrateNegativeOffset), the offset with the best mean of plain
 * and shifted macro-F1 on the folds it was not trained on.
 */
export const NEGATIVE_OFFSETS = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
export const CALIBRATION_FOLDS = 5;

export const SENTIMENT_PARAMETERS = {
  /** Features seen in fewer training tweets get no weight. */
  minCount: 3,
  l2: 1e-3,
  epochs: 15,
  learningRate: 0.1,
};

/** A class mix far from TweetEval's (32/48/19), as in customer complaints: negative, neutral, positive. */
export const SHIFTED_MIX: readonly [number, number, number] = [0.63, 0.21, 0.16];

export interface PreparedSentimentExample extends SentimentExample {
  tokens: Token[];
  label: SentimentExample['label'];
}

export function prepareSentimentExamples(examples: readonly SentimentExample[]): PreparedSentimentExample[] {
  return examples.map((example) => ({ ...example, tokens: tokenize(normalizeCommentText(example.text).text) }));
}

const isDense = (name: string) => name.startsWith('lex:') || name.startsWith('punct:') || name.startsWith('shape:') || name.startsWith('complaint:') || name.startsWith('contrast:');
const round = (value: number) => Math.round(value * 1000) / 1000;

export function trainSentimentModel(
  examples: readonly PreparedSentimentExample[],
  lexicon: ReadonlyMap<string, number>,
  trainedOn: string,
  negativeOffset = 0,
  /** Feature families (name prefixes) left out, to measure what they add. */
  leaveOut: readonly string[] = [],
): SentimentModelData {
  const kept = (name: string) => !leaveOut.some((prefix) => name.startsWith(prefix));
  const features = examples.map((example) => new Map([...sentimentFeatures(example.tokens, lexicon)].filter(([name]) => kept(name))));
  const vocabulary = Vocabulary.fromExamples(features, SENTIMENT_PARAMETERS.minCount);
  for (const example of features) for (const name of example.keys()) if (isDense(name)) vocabulary.add(name);
  const labels = examples.map((example) => SENTIMENT_LABELS.indexOf(example.label));
  const counts = [0, 1, 2].map((label) => labels.filter((value) => value === label).length);
  // Balanced classes: TweetEval is half neutral; comments and complaints are not.
  const exampleWeights = labels.map((label) => labels.length / 3 / counts[label]!);
  const trained = trainLogistic(
    features.map((example) => vocabulary.vector(example)),
    labels,
    { classes: 3, dimension: vocabulary.size, exampleWeights, ...SENTIMENT_PARAMETERS },
  );
  const weights: Record<string, [number, number, number]> = {};
  vocabulary.names.forEach((name, index) => {
    const row: [number, number, number] = [0, 1, 2].map((c) => round(trained.weights[index * 3 + c]!)) as [number, number, number];
    if (row.some((value) => value !== 0)) weights[name] = row;
  });
  return {
    kind: 'castlist-sentiment-model',
    version: 1,
    trainedOn,
    labels: ['negative', 'neutral', 'positive'],
    lexiconSource: LEXICON_SOURCE,
    lexicon: Object.fromEntries([...lexicon].map(([entry, valence]) => [entry, round(valence)])),
    bias: [0, 1, 2].map((c) => round(trained.bias[c]! + (c === 0 ? negativeOffset : 0))) as [number, number, number],
    weights,
  };
}

export interface SentimentFigures {
  method: string;
  trainedOn: string;
  testedOn: string;
  examples: number;
  macroF1: number;
  /** Macro-F1 with the test tweets re-weighted to SHIFTED_MIX. */
  shiftedMacroF1: number;
  perClass: Record<string, number>;
}

function figures(method: string, trainedOn: string, testedOn: string, truth: number[], predicted: number[]): SentimentFigures {
  const counts = [0, 1, 2].map((label) => truth.filter((value) => value === label).length);
  const weight = truth.map((label) => SHIFTED_MIX[label]! / (counts[label]! / truth.length));
  let shifted = 0;
  for (let c = 0; c < 3; c++) {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    truth.forEach((label, i) => {
      if (predicted[i] === c && label === c) truePositive += weight[i]!;
      else if (predicted[i] === c) falsePositive += weight[i]!;
      else if (label === c) falseNegative += weight[i]!;
    });
    const precision = truePositive / (truePositive + falsePositive || 1);
    const recall = truePositive / (truePositive + falseNegative || 1);
    shifted += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  return {
    method,
    trainedOn,
    testedOn,
    examples: truth.length,
    macroF1: macroF1(truth, predicted, 3),
    shiftedMacroF1: shifted / 3,
    perClass: Object.fromEntries(SENTIMENT_LABELS.map((label, c) => [label, classFigures(truth, predicted, c).f1])),
  };
}

/** Every word, hashtag and emoji: the unrestricted baseline, free to learn the tweets' topics. */
const everyWordFeatures = (example: PreparedSentimentExample): Map<string, number> => {
  const words = new Set(example.tokens.filter((token) => token.kind === 'word' || token.kind === 'hashtag' || token.kind === 'emoji').map((token) => `u:${token.norm}`));
  return new Map([...words].map((word) => [word, 1 / Math.sqrt(words.size)]));
};

/** The complaint family where it fires: the test tweets with a complaint cue, scored with and without the family. */
export interface ComplaintEffect {
  testedOn: string;
  tweets: number;
  withCue: number;
  /** Tweets whose class the family changes, and of them those it makes right and those it makes wrong. */
  changed: number;
  madeRight: number;
  madeWrong: number;
  macroF1With: number;
  macroF1Without: number;
}

function complaintEffectOn(test: readonly PreparedSentimentExample[], truth: number[], withFamily: number[], without: number[], testedOn: string): ComplaintEffect {
  const cued = test.flatMap((example, i) => {
    const cues = complaintCues(example.tokens, isNegator);
    return cues.words + cues.negated > 0 || cues.duration ? [i] : [];
  });
  const pick = (values: number[]) => cued.map((i) => values[i]!);
  return {
    testedOn,
    tweets: test.length,
    withCue: cued.length,
    changed: cued.filter((i) => withFamily[i] !== without[i]).length,
    madeRight: cued.filter((i) => withFamily[i] === truth[i] && without[i] !== truth[i]).length,
    madeWrong: cued.filter((i) => withFamily[i] !== truth[i] && without[i] === truth[i]).length,
    macroF1With: macroF1(pick(truth), pick(withFamily), 3),
    macroF1Without: macroF1(pick(truth), pick(without), 3),
  };
}

/** Mean of plain and shifted macro-F1: what an offset is chosen by. */
function calibrationScore(truth: number[], predicted: number[]): number {
  const row = figures('', '', '', truth, predicted);
  return (row.macroF1 + row.shiftedMacroF1) / 2;
}

/**
 * The negative offset for a model trained on these tweets, chosen on them alone: each fold is scored by a model
 * trained on the other folds, and the offset with the best calibrationScore over all folds' predictions wins.
 */
export function calibrateNegativeOffset(examples: readonly PreparedSentimentExample[], lexicon: ReadonlyMap<string, number>): number {
  const truth = examples.map((example) => SENTIMENT_LABELS.indexOf(example.label));
  const probabilities: [number, number, number][] = new Array(examples.length);
  for (let fold = 0; fold < CALIBRATION_FOLDS; fold++) {
    const model = new SentimentModel(trainSentimentModel(examples.filter((_, i) => i % CALIBRATION_FOLDS !== fold), lexicon, 'calibration fold'));
    examples.forEach((example, i) => {
      if (i % CALIBRATION_FOLDS === fold) probabilities[i] = model.verdict(example.tokens).probabilities;
    });
  }
  let best = { offset: NEGATIVE_OFFSETS[0]!, score: -1 };
  for (const offset of NEGATIVE_OFFSETS) {
    const predicted = probabilities.map((p) => offsetDecision(p, offset));
    const score = calibrationScore(truth, predicted);
    if (score > best.score + 1e-9) best = { offset, score };
  }
  return best.offset;
}

/** The class a model's probabilities give once the negative class's bias is raised by offset. */
function offsetDecision(probabilities: readonly number[], offset: number): number {
  const scores = [Math.log(probabilities[0]!) + offset, Math.log(probabilities[1]!), Math.log(probabilities[2]!)];
  return scores.indexOf(Math.max(...scores));
}

/**
 * Cross-split evaluation of the shipped method and of two baselines, both directions. The shipped row's offset is
 * calibrated on its training split alone; the other offsets are reported as "tried" rows, for comparison only.
 */
export function crossSplitEvaluation(
  examples: readonly PreparedSentimentExample[],
  lexicon: ReadonlyMap<string, number>,
): { figures: SentimentFigures[]; complaintEffect: ComplaintEffect[] } {
  const ABLATIONS: { name: string; leaveOut: string[]; lexicon?: ReadonlyMap<string, number> }[] = [
    { name: 'without the complaint family (its features and its words in the lexicon)', leaveOut: ['complaint:'], lexicon: loadLexicon({ withComplaintWords: false }) },
    { name: 'without the contrast features', leaveOut: ['contrast:'] },
    { name: 'without repeated marks and question openers', leaveOut: ['punct:!!', 'punct:??', 'shape:question-opener'] },
  ];
  const shipped: SentimentFigures[] = [];
  const complaintEffect: ComplaintEffect[] = [];
  const results: SentimentFigures[] = [];
  const others: SentimentFigures[] = [];
  for (const [trainSplit, testSplit] of [['val', 'test'], ['test', 'val']] as const) {
    const train = examples.filter((example) => example.split === trainSplit);
    const test = examples.filter((example) => example.split === testSplit);
    const truth = test.map((example) => SENTIMENT_LABELS.indexOf(example.label));
    const trainedOn = `TweetEval ${trainSplit}`;
    const testedOn = `TweetEval ${testSplit}`;

    const model = new SentimentModel(trainSentimentModel(train, lexicon, trainedOn));
    const calibrated = calibrateNegativeOffset(train, lexicon);
    const probabilities = test.map((example) => model.verdict(example.tokens).probabilities);
    for (const offset of NEGATIVE_OFFSETS) {
      const predicted = probabilities.map((p) => offsetDecision(p, offset));
      const method = `lexicon and complaint features, balanced, negative offset ${offset}`;
      if (offset === calibrated) shipped.push(figures(`shipped: ${method} (calibrated on ${trainSplit})`, trainedOn, testedOn, truth, predicted));
      else others.push(figures(`tried: ${method}`, trainedOn, testedOn, truth, predicted));
    }
    // What each family adds: the same method without it, at the shipped row's offset.
    const shippedPredicted = probabilities.map((p) => offsetDecision(p, calibrated));
    for (const ablation of ABLATIONS) {
      const reduced = new SentimentModel(trainSentimentModel(train, ablation.lexicon ?? lexicon, trainedOn, 0, ablation.leaveOut));
      const predicted = test.map((example) => offsetDecision(reduced.verdict(example.tokens).probabilities, calibrated));
      others.push(figures(`left out: ${ablation.name}, negative offset ${calibrated}`, trainedOn, testedOn, truth, predicted));
      if (ablation.leaveOut.includes('complaint:')) complaintEffect.push(complaintEffectOn(test, truth, shippedPredicted, predicted, testedOn));
    }
    const vader = test.map((example) => {
      const { compound } = valenceOf(example.tokens, lexicon);
      return compound >= 0.05 ? 2 : compound <= -0.05 ? 0 : 1;
    });
    results.push(figures('baseline: lexicon rule alone (VADER thresholds ±0.05)', '—', testedOn, truth, vader));

    const wordFeatures = train.map(everyWordFeatures);
    const vocabulary = Vocabulary.fromExamples(wordFeatures, 1);
    const labels = train.map((example) => SENTIMENT_LABELS.indexOf(example.label));
    const words = trainLogistic(wordFeatures.map((example) => vocabulary.vector(example)), labels, {
      classes: 3,
      dimension: vocabulary.size,
      ...SENTIMENT_PARAMETERS,
    });
    const predicted = test.map((example) => {
      const vector = vocabulary.vector(everyWordFeatures(example));
      const scores = [...words.bias];
      for (let j = 0; j < vector.indices.length; j++) for (let c = 0; c < 3; c++) scores[c]! += words.weights[vector.indices[j]! * 3 + c]! * vector.values[j]!;
      return scores.indexOf(Math.max(...scores));
    });
    results.push(figures('baseline: every word, logistic regression', trainedOn, testedOn, truth, predicted));
  }
  return { figures: [...shipped, ...results, ...others], complaintEffect };
}
