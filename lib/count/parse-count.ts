/**
 * The one place where a count shown on a page becomes a number.
 *
 *   parseCount('1.2K', {lang: 'en'})          → {value: 1200, min: 1150, max: 1249, exact: false}
 *   parseCount('1,2 Mio. Aufrufe', {lang: 'de'}) → {value: 1200000, …}
 *   parseCount('1,2 B', {lang: 'tr'})          → {value: 1200, …}   (bin = thousand)
 *   parseCount('125.459 Aufrufe', {lang: 'de'}) → {value: 125459, exact: true}
 *   parseCount('1.2', {lang: 'en'})            → null                (a count is never fractional: ambiguous)
 *
 * It reads the page's locale, not the browser's: units come from Intl's CLDR data for that locale
 * (locale-number-format.ts). Anything it cannot read without guessing gives null: a missing number is
 * better than a wrong one.
 */
import { type Count, type Rounding, displayedRange } from './count';
import {
  GENERIC_ENGLISH_UNITS,
  type LocaleNumberFormat,
  type UnitPosition,
  isEnglishOrUnknown,
  localeNumberFormat,
} from './locale-number-format';
import { normalizeNumberText } from './normalize-number-text';

export interface ParseCountOptions {
  /** The page's locale (`<html lang>`, the site's own setting); not the browser's. */
  lang?: string | null;
  /** How the site shortens numbers; YouTube truncates ("1.29K" shows as "1.2K"). */
  rounding?: Rounding;
  /** The site's own units, read beside the locale's CLDR units (YouTube writes "12 K" on Spanish pages). */
  siteUnits?: SiteUnits;
}

/**
 * Units a site writes whatever CLDR says for the page's locale, by language ("*": every language), each unit in
 * lower case with its multiplier. A site unit is read only where it means what the locale's own unit of the same
 * spelling means, if there is one: otherwise the text is ambiguous and gives nothing.
 */
export type SiteUnits = Readonly<Record<string, Readonly<Record<string, number>>>>;

interface NumberToken {
  text: string;
  start: number;
  end: number;
}

interface UnitMatch {
  multiplier: number;
  start: number;
  end: number;
}

/** Separators a number may contain once normalised (NBSP and NNBSP are plain spaces by then). */
const NUMBER_TOKEN = /\d+(?:[.,' ]\d+)*/g;
/** Scripts written without spaces, where a unit may be followed directly by another word (17억회, 4.3億回). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u30fc]/u;
const LETTER = /\p{L}|\p{M}/u;
/** Text that is a bound or a ratio, not a count. */
const NOT_A_COUNT = /[%‰+<>≥≤~≈]|\d\s*[-–]\s*\d/;
/** English-only zero words (yt-dlp `_get_count`, NewPipe "no views"). */
const ENGLISH_ZERO = /^(?:no|zero)\s+\p{L}+/iu;

export function parseCount(rawText: string | null | undefined, options: ParseCountOptions = {}): Count | null {
  if (rawText == null) return null;
  const text = normalizeNumberText(String(rawText));
  if (!text || text.length > 200) return null;
  const format = localeNumberFormat(options.lang);
  const rounding = options.rounding ?? 'round';

  if (NOT_A_COUNT.test(text)) return null;
  // exec, not matchAll: matchAll copies the pattern on every call (a watch page parses two counts per recommendation).
  const tokens: NumberToken[] = [];
  for (let m; (m = NUMBER_TOKEN.exec(text)); ) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (tokens.length === 0) {
    if (format.language === 'en' && ENGLISH_ZERO.test(text)) return { value: 0, min: 0, max: 0, exact: true, text: rawText };
    return null;
  }

  const terms = tokens.map((token) => ({ token, unit: unitAround(text, token, format, options.siteUnits) }));
  if (terms.some((term) => term.unit === 'ambiguous')) return null;
  const readable = terms as { token: NumberToken; unit: UnitMatch | null }[];
  if (readable.length > 1) return exactlyRepresentable(sumOfDescendingUnits(readable, format, rounding, rawText));

  const [{ token, unit }] = readable as [(typeof readable)[number]];
  return exactlyRepresentable(readTerm(token, unit, format, rounding, rawText));
}

/**
 * A count beyond what a double holds exactly ("99999999999999999999") is none: its digits would not be the page's.
 * Its max is enough to check: every count is integers with 0 ≤ min ≤ value ≤ max.
 */
function exactlyRepresentable(count: Count | null): Count | null {
  return count && Number.isSafeInteger(count.max) ? count : null;
}

function readTerm(
  token: NumberToken,
  unit: UnitMatch | null,
  format: LocaleNumberFormat,
  rounding: Rounding,
  rawText: string,
): Count | null {
  const number = unit ? readNumberBeforeUnit(token.text, format) : readWholeNumber(token.text, format);
  if (!number) return null;
  if (!unit) return { value: number.mantissa, min: number.mantissa, max: number.mantissa, exact: true, text: rawText };
  const scale = 10 ** number.fractionDigits;
  const value = Math.round((number.mantissa * unit.multiplier) / scale);
  const step = unit.multiplier / scale;
  if (!Number.isSafeInteger(value)) return null;
  return { value, ...displayedRange(value, step, rounding), exact: false, text: rawText };
}

/**
 * "1億2345万" and "1억 2345만": several terms are one count only when every term has a unit and the units go down.
 * Anything else with two numbers in it ("1.2M views • 3 years ago") is not one count.
 */
function sumOfDescendingUnits(
  terms: { token: NumberToken; unit: UnitMatch | null }[],
  format: LocaleNumberFormat,
  rounding: Rounding,
  rawText: string,
): Count | null {
  let previous = Infinity;
  let value = 0;
  let step = 1;
  for (const { token, unit } of terms) {
    if (!unit || unit.multiplier >= previous) return null;
    const number = readNumberBeforeUnit(token.text, format);
    if (!number || number.fractionDigits) return null;
    value += number.mantissa * unit.multiplier;
    step = unit.multiplier;
    previous = unit.multiplier;
  }
  // Every term must touch the next: nothing but spaces between "1억" and "2345만".
  for (let i = 1; i < terms.length; i++) {
    if (terms[i]!.token.start - terms[i - 1]!.unit!.end > 1) return null;
  }
  return { value, ...displayedRange(value, step, rounding), exact: false, text: rawText };
}

/**
 * The unit right after the number ("1,2 Mio."), or right before it ("elfu 1.2"); 'ambiguous' when the text has a
 * unit we must not read: one CLDR gives two meanings in this locale, an English unit on a non-English page
 * ("12K" on a German page), or letters glued to the number that are no unit of this locale.
 */
function unitAround(text: string, token: NumberToken, format: LocaleNumberFormat, siteUnits?: SiteUnits): UnitMatch | 'ambiguous' | null {
  const spacedAfter = text[token.end] === ' ';
  const after = token.end + (spacedAfter ? 1 : 0);
  const spacedBefore = text[token.start - 1] === ' ';
  const before = token.start - (spacedBefore ? 1 : 0);
  const prefix = matchLocaleUnit(text, before, spacedBefore, format, 'prefix');

  const suffix = withSiteUnit(matchLocaleUnit(text, after, spacedAfter, format, 'suffix'), siteUnits && matchSiteUnit(text, after, siteUnits, format.language));
  if (suffix) return prefix ? 'ambiguous' : suffix;

  const english = matchGenericEnglishUnit(text, after);
  if (english) return isEnglishOrUnknown(format) && !prefix && !unknownLocaleHazard(format, token, english) ? english : 'ambiguous';

  if (prefix) return prefix;

  if (!spacedAfter && isSpacedScriptLetter(text[token.end])) return 'ambiguous';
  if (!spacedBefore && isSpacedScriptLetter(text[token.start - 1])) return 'ambiguous';
  return null;
}

/** For a suffix, `at` is where the unit starts; for a prefix, where it ends. */
function matchLocaleUnit(
  text: string,
  at: number,
  spaced: boolean,
  format: LocaleNumberFormat,
  position: UnitPosition,
): UnitMatch | 'ambiguous' | null {
  for (const unit of format.unitsByLength) {
    const start = position === 'suffix' ? at : at - unit.length;
    const end = start + unit.length;
    if (start < 0 || !isUnitAt(text, start, unit)) continue;
    const entry = format.units.get(`${position}:${unit}`);
    if (!entry) continue;
    if (position === 'suffix' ? !endsCleanly(unit, text[end]) : !startsCleanly(unit, text[start - 1])) continue;
    const meaning = spaced ? (entry.spaced ?? entry.glued) : (entry.glued ?? entry.spaced);
    if (meaning === undefined) continue;
    return meaning === 'ambiguous' ? 'ambiguous' : { multiplier: meaning, start, end };
  }
  return null;
}

/**
 * Whether the text at `at` is `unit` (lower case) in any case: `text.slice(at, at + unit.length).toLowerCase() ===
 * unit`. ASCII is compared in place (a copy and its lower case for every unit tried cost most of a count's parse);
 * from the first other character on, as written, since lower-casing it may change the length.
 */
function isUnitAt(text: string, at: number, unit: string): boolean {
  for (let i = 0; i < unit.length; i++) {
    const code = text.charCodeAt(at + i);
    if (code > 127) return text.slice(at, at + unit.length).toLowerCase() === unit;
    if ((code > 64 && code < 91 ? code + 32 : code) !== unit.charCodeAt(i)) return false;
  }
  return true;
}

/** A suffix unit of the site's own table for this language, or for every language. */
function matchSiteUnit(text: string, at: number, siteUnits: SiteUnits, language: string): UnitMatch | null {
  for (const table of [siteUnits[language], siteUnits['*']]) {
    for (const unit in table) {
      const end = at + unit.length;
      if (isUnitAt(text, at, unit) && endsCleanly(unit, text[end])) return { multiplier: table[unit]!, start: at, end };
    }
  }
  return null;
}

/** The locale's unit and the site's read the same text: the longer match wins; the same text meaning two numbers is ambiguous. */
function withSiteUnit(local: UnitMatch | 'ambiguous' | null, site: UnitMatch | null | undefined): UnitMatch | 'ambiguous' | null {
  if (!site || local === 'ambiguous') return local;
  if (!local || site.end > local.end) return site;
  return site.end < local.end || site.multiplier === local.multiplier ? local : 'ambiguous';
}

function matchGenericEnglishUnit(text: string, at: number): (UnitMatch & { unit: string }) | null {
  for (const unit of GENERIC_ENGLISH_BY_LENGTH) {
    const end = at + unit.length;
    if (isUnitAt(text, at, unit) && endsCleanly(unit, text[end])) {
      return { multiplier: GENERIC_ENGLISH_UNITS[unit]!, start: at, end, unit };
    }
  }
  return null;
}

/**
 * With no page locale, English units are a guess: refuse the ones other locales use for other magnitudes
 * ("1,2 B" is 1,200 in Turkish, "12 t" 12,000 in Danish), and any unit after a decimal comma, which is not English.
 */
const UNKNOWN_LOCALE_HAZARDS = new Set(['b', 'bn', 't']);

function unknownLocaleHazard(format: LocaleNumberFormat, token: NumberToken, english: { unit: string }): boolean {
  return format.locale === 'und' && (UNKNOWN_LOCALE_HAZARDS.has(english.unit) || /,\d{1,2}$/.test(token.text));
}

const GENERIC_ENGLISH_BY_LENGTH = Object.keys(GENERIC_ENGLISH_UNITS).sort((a, b) => b.length - a.length);

/** "mil" must not match inside "millones"; "万" may be followed by "回". */
function endsCleanly(unit: string, next: string | undefined): boolean {
  if (!isLetter(next)) return true;
  return UNSPACED_SCRIPT.test(unit[unit.length - 1]!) || UNSPACED_SCRIPT.test(next!);
}

function startsCleanly(unit: string, previous: string | undefined): boolean {
  if (!isLetter(previous)) return true;
  return UNSPACED_SCRIPT.test(unit[0]!) || UNSPACED_SCRIPT.test(previous!);
}

function isSpacedScriptLetter(char: string | undefined): boolean {
  return isLetter(char) && !UNSPACED_SCRIPT.test(char!);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

interface ReadNumber {
  mantissa: number;
  fractionDigits: number;
}

/**
 * A number that a unit follows: "1.2", "1,2", "12", "1 234" (grouped), "1234". A single separator followed by one or
 * two digits is a decimal mark in every locale ("1,1 k" = 1,100).
 */
function readNumberBeforeUnit(token: string, format: LocaleNumberFormat): ReadNumber | null {
  const separators = token.match(/[.,' ]/g) ?? [];
  const digits = token.replace(/[.,' ]/g, '');
  if (separators.length === 0) return { mantissa: Number(digits), fractionDigits: 0 };
  const lastSeparator = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','), token.lastIndexOf("'"), token.lastIndexOf(' '));
  const fraction = token.slice(lastSeparator + 1);
  const integerPart = token.slice(0, lastSeparator);
  const separator = token[lastSeparator]!;
  const decimalHere =
    (fraction.length <= 2 && separator !== ' ' && separator !== "'") ||
    (fraction.length === 3 && separator === format.decimal && separator !== format.group);
  if (decimalHere) {
    const whole = readWholeNumber(integerPart, format);
    if (!whole) return null;
    return { mantissa: Number(digits), fractionDigits: fraction.length };
  }
  const whole = readWholeNumber(token, format);
  return whole ? { mantissa: whole.mantissa, fractionDigits: 0 } : null;
}

/**
 * A number with no unit is a whole count: plain digits, or digits grouped in threes ("125.459", "1 234 567",
 * "1'234") or the Indian way ("12,34,567"), with one separator throughout. "1.2" is ambiguous: null.
 */
function readWholeNumber(token: string, format: LocaleNumberFormat): ReadNumber | null {
  const separators = new Set(token.match(/[.,' ]/g) ?? []);
  if (separators.size === 0) return { mantissa: Number(token), fractionDigits: 0 };
  if (separators.size > 1) return null;
  const [separator] = separators as Set<string> as unknown as [string];
  // A space groups digits only in locales that group with a space; elsewhere "3 234" is two numbers.
  if (separator === ' ' && format.group !== ' ' && format.locale !== 'und') return null;
  const groups = token.split(separator);
  const thousands = /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => group.length === 3);
  const indian = separator === ',' && /^\d{1,2}$/.test(groups[0]!) && groups.length >= 3 &&
    groups.slice(1, -1).every((group) => group.length === 2) && groups[groups.length - 1]!.length === 3;
  if (!thousands && !indian) return null;
  return { mantissa: Number(groups.join('')), fractionDigits: 0 };
}
