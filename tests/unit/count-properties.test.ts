/**
 * Property-based tests of the one count parser (fast-check): random text in any script, numbers written by Intl in
 * every numbering system and notation the sites use, and known counts mutated character by character, each under
 * page locales real and broken. Whatever the text:
 *   - parseCount returns (no exception),
 *   - its count is null or passes the schema the background checks (countSchema: integers, min ≤ value ≤ max,
 *     exact means no range) and keeps the text it was given,
 *   - its value is written in the text (tests/support/count-evidence.ts), never made up,
 *   - and a number Intl wrote in the page's own locale is read back within the count's range, or not at all.
 *
 * Seeded, so a failure replays. CASTLIST_PROPERTY_RUNS multiplies the runs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCount } from '../../lib/count';
import { describeMessageError } from '../../lib/messages/background-messages';
import { countSchema } from '../../lib/reading/reading-schema';
import { NumberEvidence } from '../support/count-evidence';

const SEED = 20_261_206;
const SCALE = Math.max(1, Number(process.env.CASTLIST_PROPERTY_RUNS ?? 1));

const PAGE_LOCALES = [
  'en', 'en-US', 'en-IN', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'sv', 'pl', 'tr', 'ru', 'uk', 'ar', 'fa', 'he', 'hi', 'bn',
  'th', 'ja', 'zh-CN', 'zh-TW', 'ko', 'id', 'vi',
];
/** What a page may claim as its language: real locales, none, and junk. */
const langArbitrary = fc.oneof(fc.constantFrom(...PAGE_LOCALES), fc.constantFrom(null, '', 'xx', 'zz-ZZ', 'not a locale!', 'en-u-nu-arab', 'de_DE'), fc.string({ maxLength: 6 }));

/** Counts as the five sites show them, in several languages and scripts: the starting points of the mutations. */
const SHOWN_COUNTS = [
  '1.2K', '12K', '147M', '1.5B', '1,234,567 views', '48,321 likes', 'like this video along with 48,321 other people', '1.9K',
  '2.7M subscribers', '12 mil seguidores', '1,2 Mio. Aufrufe', '125.459 Aufrufe', '12\u202f345 abonnés', '3,4 тыс.',
  '1,2 млн просмотров', '١٢٫٣ ألف', '۱٫۲ هزار', '१.२ लाख', '১২ হাজার', '1.2万', '4.3億回', '17억회', '1.2천', '1,2 B',
  '2.552 andere', 'No views', '0 Comments', '12,345 followers', '500+ connections', '1,234 reactions',
];

const characterEdit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  char: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('.', ',', ' ', '\u00a0', '\u202f', "'", '-', '+', 'K', 'M', 'B', '万', '億', 'e', '%', '\u200f', '٫', '0', '9')),
});

/** A known count with a few characters inserted, deleted, replaced or doubled. */
const mutatedCount = fc.tuple(fc.constantFrom(...SHOWN_COUNTS), fc.array(characterEdit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => {
  let result = text;
  for (const edit of edits) {
    const index = result.length ? edit.at % (result.length + 1) : 0;
    if (edit.kind === 'insert') result = result.slice(0, index) + edit.char + result.slice(index);
    else if (edit.kind === 'delete') result = result.slice(0, index) + result.slice(index + 1);
    else if (edit.kind === 'replace') result = result.slice(0, index) + edit.char + result.slice(index + 1);
    else result = result.slice(0, index) + result.slice(index, index + 2) + result.slice(index);
  }
  return result;
});

const NUMBERING_SYSTEMS = ['latn', 'arab', 'arabext', 'deva', 'beng', 'thai', 'fullwide', 'hanidec'];
const NOTATIONS: Intl.NumberFormatOptions[] = [{}, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' }, { useGrouping: false }];

/** A number written by Intl as a page in that locale would, with the locale it was written in. */
const writtenNumber = fc
  .record({
    value: fc.oneof(
      fc.nat({ max: 10_000 }),
      fc.nat({ max: 2_000_000_000 }),
      fc.constantFrom(999, 1_000, 999_999, 1_000_000, 1_049_999, 1_950_000, Number.MAX_SAFE_INTEGER, 1e20),
    ),
    locale: fc.constantFrom(...PAGE_LOCALES),
    numberingSystem: fc.constantFrom(...NUMBERING_SYSTEMS),
    notation: fc.constantFrom(...NOTATIONS),
    suffix: fc.constantFrom('', ' views', ' followers', ' likes', ' Aufrufe', ' просмотров'),
  })
  .map(({ value, locale, numberingSystem, notation, suffix }) => ({
    value,
    locale,
    text: new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, notation).format(value) + suffix,
  }));

/** What must hold of the parse of any text; a description of what broke, or null. */
function brokenPromise(text: string, lang: string | null): string | null {
  let count: ReturnType<typeof parseCount>;
  try {
    count = parseCount(text, { lang });
  } catch (error) {
    return `threw: ${(error as Error).stack ?? String(error)}`;
  }
  if (count === null) return null;
  const parsed = countSchema.safeParse(count);
  if (!parsed.success) return `fails countSchema: ${describeMessageError(parsed.error)} (${JSON.stringify(count)})`;
  if (count.text !== text) return `changed its text to ${JSON.stringify(count.text)}`;
  if (!new NumberEvidence(text).contains(count.value)) return `reported ${count.value}, which is not written in the text`;
  return null;
}

function holdsFor(text: string, lang: string | null): void {
  const broken = brokenPromise(text, lang);
  if (broken) throw new Error(`parseCount(${JSON.stringify(text)}, {lang: ${JSON.stringify(lang)}}) ${broken}`);
}

describe('parseCount on any text', () => {
  test('random text in any script', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 20 }),
          // Long runs of digits: beyond what a double holds exactly, with and without a unit.
          fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.constantFrom('', ' views', 'K', ' M', ',000')).map(([digits, tail]) => `${digits}${tail}`),
        ),
        langArbitrary,
        holdsFor,
      ),
      { seed: SEED, numRuns: 1_000 * SCALE },
    );
  });

  test('counts the sites show, mutated character by character', () => {
    fc.assert(fc.property(mutatedCount, langArbitrary, holdsFor), { seed: SEED, numRuns: 1_000 * SCALE });
  });

  test('numbers Intl writes in any numbering system and notation, read under any locale', () => {
    fc.assert(fc.property(writtenNumber, langArbitrary, ({ text }, lang) => holdsFor(text, lang)), { seed: SEED, numRuns: 500 * SCALE });
  });

  test('a number written in the page\'s own locale is read back within the count\'s range, or not at all', () => {
    fc.assert(
      fc.property(writtenNumber, ({ value, locale, text }) => {
        holdsFor(text, locale);
        const count = parseCount(text, { lang: locale });
        if (count !== null && (value < count.min || value > count.max)) {
          throw new Error(`parseCount(${JSON.stringify(text)}, {lang: '${locale}'}) = ${count.min}–${count.max}, which misses the ${value} Intl wrote`);
        }
      }),
      { seed: SEED, numRuns: 500 * SCALE },
    );
  });
});

describe('the evidence check itself', () => {
  // The properties above are only as strong as this check: it must refuse what a text does not say.
  test.each([
    ['1,234,567 views', 1_234_567, true],
    ['1.2K', 1_200, true],
    ['12.3456K', 12_346, true],
    ['١٢٣ ألف', 123_000, true],
    ['１２ 345', 12_345, true],
    ['0 Comments', 0, true],
    ['No views', 0, true],
    ['۱٬۰۴۹٬۹۹۹', 1_049_999, true],
    ['Nothing yet', 0, false],
    ['1.2K', 1_300, false],
    ['48,321 likes', 48_322, false],
    ['12 and 34', 1_234, false],
    ['nothing to count', 0, false],
  ])('%j holds %d: %s', (text, value, expected) => {
    expect(new NumberEvidence(text).contains(value)).toBe(expected);
  });
});
