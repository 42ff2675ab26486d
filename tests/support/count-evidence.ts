/**
 * "No count is reported that the input does not contain", made checkable.
 *
 * A count is contained in an input when its value can be read off one number written in the input: the input is
 * folded like the count parser folds it (NFKC, every script's decimal digits to ASCII), cut into number runs (digits
 * with the separators numbers are written with: . , ' and spaces between them), and the value must be some
 * contiguous digits of one run, scaled by a power of ten and rounded: "1,234,567" holds 1,234,567; "1.2K" holds
 * 1,200 ("12" × 10²); "12.3456K" holds 12,346 ("123456" × 10⁻¹, rounded); "١٢٣" holds 123; "No views" holds 0 (the
 * parser's English zero words). A number made up by a
 * reader (summed, guessed, carried over from another page) is not in the input and fails.
 */
import type { Count } from '../../lib/count';
import type { Reading } from '../../lib/reading/reading';

/** Every count a reading reports, with where it is. */
export function countsOf(reading: Reading): Array<{ field: string; count: Count }> {
  const found: Array<{ field: string; count: Count }> = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === 'object' && value !== null && 'value' in value) found.push({ field, count: value as Count });
  };
  for (const [metric, value] of Object.entries(reading.creator ?? {})) add(`creator.${metric}`, value);
  for (const post of reading.posts) for (const [metric, value] of Object.entries(post.metrics)) add(`post ${post.id}.${metric}`, value);
  for (const comment of reading.comments) {
    add(`comment ${comment.id ?? '?'}.likes`, comment.likes);
    add(`comment ${comment.id ?? '?'}.replies`, comment.replies);
  }
  return found;
}

const ANY_DECIMAL_DIGIT = /\p{Nd}/gu;
/** Digits, with the separators numbers are written with between them (Arabic ٫ ٬ and the apostrophes too). */
const NUMBER_RUN = /\d(?:[\d.,'\u2019\u066b\u066c\s\u00a0\u202f\u2009]*\d)?/g;
/** Zero written as a word ("No views"), which the parser reads as 0. */
const ZERO_WORD = /(?:^|[^\p{L}])(?:no|zero)(?:$|[^\p{L}])/iu;

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && code - zero < 9) zero--;
  return String(code - zero);
}

/** The digits of every number written in the text, one string per number. */
export function numberRuns(text: string): string[] {
  const folded = text.normalize('NFKC').replace(ANY_DECIMAL_DIGIT, (digit) => (digit <= '9' ? digit : asciiDigit(digit)));
  return [...new Set((folded.match(NUMBER_RUN) ?? []).map((run) => run.replace(/\D/g, '')))];
}

/** The evidence an input holds: its number runs, and a fast index of them. */
export class NumberEvidence {
  private readonly runs: string[];
  private readonly zeroWord: boolean;

  constructor(text: string) {
    this.runs = numberRuns(text);
    this.zeroWord = ZERO_WORD.test(text);
  }

  contains(value: number): boolean {
    if (!Number.isSafeInteger(value) || value < 0) return false;
    if (value === 0 && this.zeroWord) return true;
    const significant = String(value).replace(/0+$/, '') || '0';
    // Most counts are written digit for digit (or with a unit: "1.2K" → "12").
    if (this.runs.some((run) => run.includes(significant))) return true;
    // The rest are decimals the parser rounded ("12.3456K" → 12,346): some digits of a run, scaled and rounded.
    return this.runs.some((run) => roundsTo(run, value));
  }
}

function roundsTo(run: string, value: number): boolean {
  for (let start = 0; start < run.length; start++) {
    for (let end = start + 1; end <= Math.min(run.length, start + 17); end++) {
      const digits = Number(run.slice(start, end));
      for (let exponent = start - end; exponent <= 12; exponent++) {
        const scaled = exponent >= 0 ? digits * 10 ** exponent : Math.round(digits / 10 ** -exponent);
        if (scaled === value) return true;
      }
    }
  }
  return false;
}

/** The counts of a reading that the input does not contain, as "field = value (text)". */
export function countsNotIn(reading: Reading, evidence: NumberEvidence): string[] {
  return countsOf(reading)
    .filter(({ count }) => !evidence.contains(count.value))
    .map(({ field, count }) => `${field} = ${count.value} (${JSON.stringify(count.text)})`);
}
