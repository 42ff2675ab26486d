/**
 * Comment intelligence: the API the panel, the background and the `report` and `score-comments` commands call.
 * Plain TypeScript, no browser API: the language detector is passed in.
 *
 *   scoreComments(inputs, { detectLanguage }) → CommentScore[]
 *       each comment's label (spam | scam | low-effort | substantive) with its reasons, spam probability 0–1,
 *       sentiment (negative | neutral | positive), language ("und" when too short) and duplicate flag; duplicates
 *       are judged across the inputs given.
 *   scoreCommentsAsync(inputs, { detectLanguage: browserLanguageDetector(browser.i18n.detectLanguage) })
 *       the same with the browser's asynchronous detector (background, panel).
 *   summarizeCreatorComments(comments, { key: creatorKey }, { detectLanguage }) → CommentSummary
 *       per creator: label and sentiment shares, reply rate, duplicates, languages, pod candidates, examples per
 *       label with their reasons.
 *   REASON_TEXT[reason]: each reason in words, for people.
 *
 * Inputs look like the database's CommentRow (text, author, authorName, postKey, byCreator, creatorReplied, likes,
 * publishedAt); only `text` is required. Scoring runs in the background or the panel, never in a content script.
 * The command line and tests detect languages with franc-min: lib/comments/language-franc.ts (kept out of this
 * index so the extension's bundles do not carry it).
 */
export { scoreComments, scoreCommentsAsync, COMMENT_LABELS } from './score';
export type { CommentInput, CommentLabel, CommentReason, CommentScore, ScoreOptions } from './score';
export { summarizeCreatorComments, POD_MIN_POSTS, POD_MIN_POST_SHARE, EXAMPLES_PER_LABEL } from './summary';
export type { CommentExample, CommentSummary, PodCandidate } from './summary';
export { REASON_TEXT } from './rules';
export { SENTIMENTS } from './sentiment-model';
export type { Sentiment } from './sentiment-model';
export { browserLanguageDetector, MIN_LANGUAGE_LETTERS, UNDETERMINED } from './language';
export type { AsyncLanguageDetector, BrowserLanguageResult, LanguageCode, LanguageDetector } from './language';
