/**
 * `npm run train:comments`: trains the comment models from ../shared/datasets (YouTube Spam Collection, ScamSpot
 * Instagram comments, TweetEval sentiment), evaluates them on held-out splits first, then writes the shipped weights
 * (trained on all the data) and the evaluation report beside them in lib/comments/model/. Deterministic: a rerun on
 * the same data writes the same files. No dataset text is written, only weights and figures.
 *
 *   CASTLIST_SHARED_DIR=/path/to/shared npm run train:comments   (default: ../shared beside the project)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadInstagramScams, loadTweetEvalSentiment, loadYoutubeSpam } from './comment-model/datasets';
import { EMBEDDING_PARAMETERS } from './comment-model/embeddings';
import { loadLexicon } from './comment-model/lexicon';
import { evaluationMarkdown } from './comment-model/report';
import { CALIBRATION_FOLDS, SENTIMENT_PARAMETERS, SHIPPED_METHOD, calibrateDecision, crossSplitEvaluation, describeDecision, outOfFoldParts, prepareSentimentExamples, trainSentimentModel } from './comment-model/sentiment-training';
import { WORD_MODEL_PARAMETERS } from './comment-model/word-model-training';
import { SPAM_PARAMETERS, cuePrecision, instagramFolds, leaveOneVideoOut, prepareSpamExamples, trainSpamModel } from './comment-model/spam-training';

const SHARED_DIR = process.env.CASTLIST_SHARED_DIR ?? resolve(process.cwd(), '..', 'shared');
const DATASETS = join(SHARED_DIR, 'datasets');
const MODEL_DIR = resolve(process.cwd(), 'lib', 'comments', 'model');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

const spamExamples = prepareSpamExamples([...loadYoutubeSpam(DATASETS), ...loadInstagramScams(DATASETS)]);
log(`spam: ${spamExamples.length} comments; leave-one-video-out…`);
const youtube = leaveOneVideoOut(spamExamples);
log('spam: Instagram folds…');
const instagram = instagramFolds(spamExamples);
const cues = cuePrecision(spamExamples);
const spamTrainedOn = `YouTube Spam Collection (${[...new Set(spamExamples.filter((e) => e.source === 'youtube').map((e) => e.group))].join(', ')}) + ScamSpot Instagram comments-train, ${spamExamples.length} comments`;
const spamModel = trainSpamModel(spamExamples, spamTrainedOn);

const lexicon = loadLexicon();
const sentimentExamples = prepareSentimentExamples(loadTweetEvalSentiment(DATASETS));
log(`sentiment: ${sentimentExamples.length} tweets; cross-split evaluation…`);
const { figures: sentiment, complaintEffect, sliced } = crossSplitEvaluation(sentimentExamples, lexicon);
log(`sentiment: calibrating the decision by ${CALIBRATION_FOLDS}-fold cross-validation on all tweets…`);
const decision = calibrateDecision(sentimentExamples, outOfFoldParts(sentimentExamples, lexicon), SHIPPED_METHOD);
const decisionText = describeDecision(SHIPPED_METHOD.rule, decision);
const sentimentModel = trainSentimentModel(sentimentExamples, lexicon, `TweetEval sentiment val + test, ${sentimentExamples.length} tweets; ${decisionText}`, decision);

const spamJson = `${JSON.stringify(spamModel)}\n`;
const sentimentJson = `${JSON.stringify(sentimentModel)}\n`;
writeFileSync(join(MODEL_DIR, 'spam-model.json'), spamJson);
writeFileSync(join(MODEL_DIR, 'sentiment-model.json'), sentimentJson);
const evaluation = {
  spam: { parameters: SPAM_PARAMETERS, youtube, instagram, cues },
  sentiment: { parameters: { ...SENTIMENT_PARAMETERS, words: WORD_MODEL_PARAMETERS, rule: SHIPPED_METHOD.rule, criterion: SHIPPED_METHOD.criterion, decision: decisionText, classOffsets: decision.classOffsets }, crossSplit: sentiment, complaintEffect, serviceSlice: sliced, embedding: EMBEDDING_PARAMETERS },
  weights: { spamModelBytes: Buffer.byteLength(spamJson), sentimentModelBytes: Buffer.byteLength(sentimentJson) },
};
writeFileSync(join(MODEL_DIR, 'evaluation.json'), `${JSON.stringify(evaluation, null, 1)}\n`);
writeFileSync(join(MODEL_DIR, 'evaluation.md'), evaluationMarkdown(evaluation));
for (const figure of youtube) log(`  ${figure.heldOut}: F1 ${figure.f1.toFixed(3)} (model alone ${figure.modelOnlyF1.toFixed(3)})`);
log(`  ${instagram.heldOut}: F1 ${instagram.f1.toFixed(3)} (model alone ${instagram.modelOnlyF1.toFixed(3)})`);
for (const figure of [...sentiment.filter((row) => !row.method.startsWith('tried') || row.method.includes('(the model before)')), ...sliced]) log(`  ${figure.method} ${figure.trainedOn} → ${figure.testedOn}: macro-F1 ${figure.macroF1.toFixed(3)}, shifted ${figure.shiftedMacroF1.toFixed(3)}`);
log(`wrote ${MODEL_DIR}: spam ${spamJson.length} B, sentiment ${sentimentJson.length} B`);
