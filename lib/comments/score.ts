/**
 * Each comment's score: a label (spam, scam, low-effort, substantive) with its reasons, the spam probability, the
 * sentiment, the language and the duplicate flag. Spam and scam come first (the model and the strong rules); low
 * effort is a separate axis, never fraud: a comment is low-effort only when it is not spam.
 */
import { type DuplicateInput, duplicateMembers } from './duplicates';
import { type AsyncLanguageDetector, type LanguageCode, type LanguageDetector, languageOf, languageText, MIN_LANGUAGE_LETTERS, UNDETERMINED } from './language';
import sentimentModelData from './model/sentiment-model.json';
import spamModelData from './model/spam-model.json';
import { type CommentCues, type LowEffortCue, type ScamCue, type SpamCue, commentCues } from './rules';
import { type Sentiment, SentimentModel } from './sentiment-model';
import { spamFeatures } from './spam-features';
import { SpamModel } from './spam-model';
import { normalizeCommentText, tokenize } from './text';

export type CommentLabel = 'spam' | 'scam' | 'low-effort' | 'substantive';
export const COMMENT_LABELS: readonly CommentLabel[] = ['spam', 'scam', 'low-effort', 'substantive'];
export type CommentReason = SpamCue | ScamCue | LowEffortCue | 'spam-wording' | 'duplicate' | 'asks-question' | 'specific';

/** A comment as the database keeps it (lib/db/rows.ts CommentRow); only `text` is required. */
export interface CommentInput {
  text: string;
  /** The account (handle or channel id); null or absent when unknown. */
  author?: string | null;
  authorName?: string | null;
  postKey?: string | null;
  byCreator?: boolean;
  creatorReplied?: boolean;
  likes?: { value: number } | number | null;
  publishedAt?: number | null;
}

export interface CommentScore {
  label: CommentLabel;
  /** Probability 0–1 that the comment is spam or a scam. */
  spam: number;
  reasons: CommentReason[];
  sentiment: Sentiment;
  /** ISO 639-1 code where the language has one ("en"), else ISO 639-3, or "und" when too short to tell. */
  language: LanguageCode;
  /** Same or near-same text from several accounts, or one account repeating it. */
  duplicate: boolean;
}

export interface ScoreOptions {
  /** The language detector: the browser's (see browserLanguageDetector) or franc-min's (language-franc.ts). */
  detectLanguage: LanguageDetector;
}

let models: { spam: SpamModel; sentiment: SentimentModel } | null = null;

/** The shipped models, parsed once. */
export function commentModels(): { spam: SpamModel; sentiment: SentimentModel } {
  models ??= { spam: new SpamModel(spamModelData), sentiment: new SentimentModel(sentimentModelData) };
  return models;
}

/** Spam probabilities are stated to three decimals: the model is not more precise than that. */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

interface TextScore {
  label: CommentLabel;
  spam: number;
  reasons: CommentReason[];
  sentiment: Sentiment;
  language: LanguageCode;
}

/** One comment's label, reasons, spam probability, sentiment and language, from its text alone. */
export function scoreText(raw: string, detectLanguage: LanguageDetector): TextScore {
  const { spam: spamModel, sentiment: sentimentModel } = commentModels();
  const normalized = normalizeCommentText(raw);
  const tokens = tokenize(normalized.text);
  const cues = commentCues(normalized, tokens);
  const verdict = spamModel.verdict(spamFeatures(tokens, cues, spamModel.buckets), cues);
  const { label, reasons } = labelOf(verdict.spam, cues, tokens.some((token) => token.kind === 'question'));
  return {
    label,
    spam: round3(verdict.probability),
    reasons,
    sentiment: sentimentModel.verdict(tokens).sentiment,
    language: languageOf(tokens, detectLanguage),
  };
}

function labelOf(spam: boolean, cues: CommentCues, asksQuestion: boolean): { label: CommentLabel; reasons: CommentReason[] } {
  if (spam) {
    const reasons: CommentReason[] = [...cues.scam, ...cues.spam];
    return { label: cues.scam.length ? 'scam' : 'spam', reasons: reasons.length ? reasons : ['spam-wording'] };
  }
  if (cues.lowEffort.length) return { label: 'low-effort', reasons: [...cues.lowEffort] };
  return { label: 'substantive', reasons: [asksQuestion ? 'asks-question' : 'specific'] };
}

/**
 * Scores comments in order. Duplicates are judged across the whole set given (pass all comments of a creator, or
 * all rows of a file), by author where authors are known.
 */
export function scoreComments(inputs: readonly CommentInput[], options: ScoreOptions): CommentScore[] {
  const duplicate = new Uint8Array(inputs.length);
  const duplicateInputs: DuplicateInput[] = inputs.map((input) => ({ text: input.text, author: input.author ?? null }));
  for (const members of duplicateMembers(duplicateInputs)) for (const index of members) duplicate[index] = 1;
  // A text's score depends on the text alone: repeated texts ("nice", a pasted campaign) are scored once.
  const byText = new Map<string, TextScore>();
  return inputs.map((input, index) => {
    let score = byText.get(input.text);
    if (!score) byText.set(input.text, (score = scoreText(input.text, options.detectLanguage)));
    const isDuplicate = duplicate[index] === 1;
    // Spelled out in the order a spread of `score` gives (the JSON printed is the same), without copying by spread.
    return {
      label: score.label,
      spam: score.spam,
      reasons: isDuplicate ? [...score.reasons, 'duplicate'] : [...score.reasons],
      sentiment: score.sentiment,
      language: score.language,
      duplicate: isDuplicate,
    };
  });
}

/**
 * scoreComments with an asynchronous detector (`browser.i18n.detectLanguage`): the languages are asked for first,
 * once per distinct text long enough to tell, then the comments are scored.
 */
export async function scoreCommentsAsync(inputs: readonly CommentInput[], options: { detectLanguage: AsyncLanguageDetector }): Promise<CommentScore[]> {
  const languages = new Map<string, LanguageCode>();
  for (const input of inputs) {
    const { text, letters } = languageText(tokenize(normalizeCommentText(input.text).text));
    if (letters >= MIN_LANGUAGE_LETTERS && !languages.has(text)) languages.set(text, await options.detectLanguage(text));
  }
  return scoreComments(inputs, { detectLanguage: (text) => languages.get(text) ?? UNDETERMINED });
}
