/**
 * Turns page text into something the count parser can read without knowing the script it was written in:
 * compatibility forms folded (full-width digits, NBSP), bidi controls dropped, every decimal digit mapped to ASCII,
 * Arabic separators mapped to ASCII ones. See platform-extraction.md §8.2 step 1.
 */

const BIDI_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ANY_DECIMAL_DIGIT = /\p{Nd}/gu;
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
/** Printable ASCII (and line breaks) is already in the parser's form but for its spaces: most counts are. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const ONE_DECIMAL_DIGIT = /^\p{Nd}$/u;

export function normalizeNumberText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.replace(SPACES, ' ').trim();
  return text
    .normalize('NFKC')
    .replace(BIDI_CONTROLS, '')
    .replace(ANY_DECIMAL_DIGIT, asciiDigit)
    .replace(/\u066b/g, '.')
    .replace(/[\u066c\u060c]/g, ',')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(SPACES, ' ')
    .trim();
}

/** Every Unicode decimal digit block is ten consecutive code points; walk back to its zero (at most nine steps). */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  if (code <= 0x39) return digit;
  let zero = code;
  for (let steps = 0; steps < 9 && isDecimalDigit(zero - 1); steps++) zero--;
  return String(code - zero);
}

function isDecimalDigit(codePoint: number): boolean {
  return ONE_DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));
}
