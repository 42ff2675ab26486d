/**
 * A creator's comment summary (lib/comments) in plain words for the casting card: what each label means, each share
 * with the counts it came from ("25% (1 of 4)"), the sentiment mix, the languages by name, and the reasons of an
 * example comment. Plain TypeScript, tested with tables; CommentQuality only places these strings.
 */
import type { CommentLabel, CommentReason, CommentSummary, Sentiment } from '../comments';
import { UNDETERMINED } from '../comments/language';
// rules.ts itself, not the index: the index (scoring and its model weights) loads only when comments are scored.
import { REASON_TEXT } from '../comments/rules';
import { percentText } from './casting-words';
import { numberFormat } from './number-formats';

/** Labels in the order a brand manager reads them: what speaks for the audience first, fraud last. */
export const LABEL_ORDER: readonly CommentLabel[] = ['substantive', 'low-effort', 'spam', 'scam'];

export const LABEL_WORDS: Record<CommentLabel, { name: string; meaning: string }> = {
  substantive: { name: 'Substantive', meaning: 'says something about the post, or asks a question' },
  'low-effort': { name: 'Low effort', meaning: 'emoji, tags or praise that fits any post: not fraud, but says little' },
  spam: { name: 'Spam', meaning: 'promotes another account, links away or asks for follows' },
  scam: { name: 'Scam', meaning: 'asks readers to make contact, or tells of money made, to take theirs' },
};

export const SENTIMENT_WORDS: Record<Sentiment, string> = { positive: 'positive', neutral: 'neutral', negative: 'negative' };
const SENTIMENT_ORDER: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

/** "25% (1 of 4)"; "none (0 of 4)". */
export function shareText(count: number, total: number, locale: string): string {
  const number = numberFormat(locale);
  const of = `(${number.format(count)} of ${number.format(total)})`;
  return count === 0 ? `none ${of}` : `${percentText(count / total, locale)} ${of}`;
}

/** "50% positive, 25% neutral, 25% negative", most frequent first, with none left out. */
export function sentimentMixText(summary: Pick<CommentSummary, 'sentimentCounts' | 'comments'>, locale: string): string {
  return [...SENTIMENT_ORDER]
    .sort((a, b) => summary.sentimentCounts[b] - summary.sentimentCounts[a])
    .map((sentiment) => `${summary.sentimentCounts[sentiment] ? percentText(summary.sentimentCounts[sentiment] / summary.comments, locale) : 'none'} ${SENTIMENT_WORDS[sentiment]}`)
    .join(', ');
}

/** A language code by name in the panel's locale ("English"), "too short to tell" for `und`. */
export function languageName(code: string, locale: string): string {
  if (code === UNDETERMINED) return 'too short to tell';
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch (error) {
    // A code Intl does not know (a detector's three-letter code it has no name for): the code itself is still true.
    if (error instanceof RangeError) return code;
    throw error;
  }
}

/** "English 75%, too short to tell 25%": the languages of others' comments, most frequent first. */
export function languagesText(summary: Pick<CommentSummary, 'languages' | 'comments'>, locale: string): string {
  return summary.languages.map((entry) => `${languageName(entry.language, locale)} ${percentText(entry.comments / summary.comments, locale)}`).join(', ');
}

/** "promotes the writer's own channel, page or video; two words or fewer". */
export function reasonsText(reasons: readonly CommentReason[]): string {
  return reasons.map((reason) => REASON_TEXT[reason]).join('; ');
}
