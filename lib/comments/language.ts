/**
 * A comment's language. The detector is injected so that this folder stays free of browser APIs: the background and
 * panel pass the browser's own (`browser.i18n.detectLanguage`, CLD3 in Chrome: free in the bundle), the command line
 * and tests pass franc-min (lib/comments/language-franc.ts). Every detector guesses on a few words, so a comment with
 * fewer than MIN_LANGUAGE_LETTERS letters (links, mentions, emoji and numbers do not count) is `und`.
 */
import type { Token } from './text';

/** BCP 47 primary language subtag ("en", "es", "fil"), or "und". */
export type LanguageCode = string;
/** Text (only the comment's words) → language code, "und" when unsure. */
export type LanguageDetector = (text: string) => LanguageCode;
export type AsyncLanguageDetector = (text: string) => Promise<LanguageCode>;

/** Below this many letters detectors fail on most comments (two or three words). */
export const MIN_LANGUAGE_LETTERS = 20;
export const UNDETERMINED: LanguageCode = 'und';

/** The words of a comment joined, and how many letters they hold: what a detector should see. */
export function languageText(tokens: readonly Token[]): { text: string; letters: number } {
  const words: string[] = [];
  let letters = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    words.push(token.raw);
    letters += token.raw.length; // words start with a letter; the odd digit or apostrophe inside does not matter here
  }
  return { text: words.join(' '), letters };
}

/** The detector's answer, or `und` when the comment is too short or the answer is not a language code. */
export function languageOf(tokens: readonly Token[], detect: LanguageDetector): LanguageCode {
  const { text, letters } = languageText(tokens);
  if (letters < MIN_LANGUAGE_LETTERS) return UNDETERMINED;
  const code = detect(text).toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : /^[a-z]{2,3}-/.test(code) ? code.slice(0, code.indexOf('-')) : UNDETERMINED;
}

/** The shape of `browser.i18n.detectLanguage`'s answer (passed in, never imported here). */
export interface BrowserLanguageResult {
  isReliable: boolean;
  languages: { language: string; percentage: number }[];
}

/** An async detector over `browser.i18n.detectLanguage`: its top language when reliable, else `und`. */
export function browserLanguageDetector(detectLanguage: (text: string) => Promise<BrowserLanguageResult>): AsyncLanguageDetector {
  return async (text) => {
    const result = await detectLanguage(text);
    const top = result.languages[0];
    return result.isReliable && top ? top.language : UNDETERMINED;
  };
}
