/**
 * The count parser, on tables of strings as pages show them in many locales (platform-extraction.md §8.3 and
 * verbatim YouTube strings recorded by ytmusicapi, yt-dlp and NewPipe), and on every compact form Intl's own CLDR
 * data produces for ~100 locales: the true number must always lie in the range the parser reports.
 */
import { describe, expect, test } from 'vitest';
import { parseCount } from '../../lib/count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// [text, page locale, expected value | null]
const VALUES: Array<[string, string | null, number | null]> = [
  // English and yt-dlp / NewPipe test strings
  ['1.2K', 'en', 1_200],
  ['1.2M', 'en', 1_200_000],
  ['1.2B', 'en', 1_200_000_000],
  ['12K', 'en', 12_000],
  ['1,234,567', 'en', 1_234_567],
  ['1.1kk', 'en', 1_100_000],
  ['1,1 k', 'en', 1_100],
  ['10M views', 'en', 10_000_000],
  ['1,100 views', 'en', 1_100],
  ['1.7B views', 'en', 1_700_000_000],
  ['10,5M', 'en', 10_500_000],
  ['895 thousand views', 'en', 895_000],
  ['3.68 million subscribers', 'en', 3_680_000],
  ['like this video along with 43,864 other people', 'en', 43_864],
  ['No views', 'en', 0],
  ['25m subscribers', 'en-GB', 25_000_000],
  ['7.78k', 'en-GB', 7_780],
  ['1.2bn', 'en-GB', 1_200_000_000],
  // German: no compact form below a million; "." groups
  [`1,2${NBSP}Mio.`, 'de', 1_200_000],
  [`1,7${NBSP}Mrd. Aufrufe`, 'de', 1_700_000_000],
  ['125.459 Aufrufe', 'de', 125_459],
  [`4,86${NBSP}Mio.`, 'de', 4_860_000],
  ['12.345', 'de', 12_345],
  ['Ich mag das Video (wie 2.552 andere auch)', 'de-DE', 2_552],
  ['12,3 Tsd.', 'de', 12_300],
  ["1'234'567", 'de-CH', 1_234_567],
  // The same glyphs, other magnitudes
  ['1,2 B', 'tr', 1_200],
  ['1,2 B', 'en', 1_200_000_000],
  ['1,2 B', 'hu', 1_200_000_000_000],
  ['1,2 E', 'hu', 1_200],
  ['1,2 M', 'id', 1_200_000_000],
  ['1,2 jt', 'id', 1_200_000],
  ['1,2 rb', 'id', 1_200],
  ['1,2 M', 'es', 1_200_000],
  ['1,2 mil', 'es', 1_200],
  ['12 mil M', 'es', 12_000_000_000],
  ['1,2 millones', 'es', 1_200_000],
  ['1,2 mil', 'pt-BR', 1_200],
  ['Tocou 3,5 bi vezes', 'pt', 3_500_000_000],
  ['1,2 mM', 'pt-PT', 1_200_000_000],
  ['1,2 mil.', 'cs', 1_200_000],
  ['1,2 mia.', 'da', 1_200_000_000],
  ['1,2 mio.', 'da', 1_200_000],
  ['12 t', 'da', 12_000],
  ['1,5 tn', 'sv', 1_500],
  ['1,2 mn', 'sv', 1_200_000],
  ['1,2 J', 'ms', 1_200_000],
  ['1,2 Tr', 'vi', 1_200_000],
  ['1,2 N', 'vi', 1_200],
  ['6,1 Mln', 'it', 6_100_000],
  ['1,7 Md', 'fr', 1_700_000_000],
  ['2,3 k', 'fr', 2_300],
  [`1${NNBSP}234${NNBSP}567`, 'fr', 1_234_567],
  [`3${NBSP}170${NBSP}819${NBSP}316 vues`, 'fr', 3_170_819_316],
  ['109 тыс.', 'ru', 109_000],
  ['1,2 млн просмотров', 'ru', 1_200_000],
  ['1,5 tys.', 'pl', 1_500],
  ['1,2 χιλ.', 'el', 1_200],
  // East Asian units, prefixes and counters
  ['조회수 17억회', 'ko', 1_700_000_000],
  ['1.2천', 'ko', 1_200],
  ['1.2만', 'ko', 12_000],
  ['觀看次數：17億次', 'zh-TW', 1_700_000_000],
  ['1.2万', 'zh', 12_000],
  ['12亿', 'zh', 1_200_000_000],
  ['再生回数 4.3億 回', 'ja', 430_000_000],
  ['3406万', 'ja', 34_060_000],
  ['1234', 'ja', 1_234],
  ['1億2345万', 'ja', 123_450_000],
  // Indian numbering
  ['12,34,567', 'en-IN', 1_234_567],
  ['1.2L', 'en-IN', 120_000],
  ['1.2Cr', 'en-IN', 12_000_000],
  ['12T', 'en-IN', 12_000],
  ['74 लाख', 'hi', 7_400_000],
  ['1.2 हज़ार', 'hi', 1_200],
  ['१२ लाख', 'mr', 1_200_000],
  ['১২ লা', 'bn', 1_200_000],
  // Native digits, right-to-left marks, units first
  ['١٫٢ ألف', 'ar-EG', 1_200],
  ['١٢٬٣٤٥', 'ar-EG', 12_345],
  ['۱٫۲ میلیون', 'fa', 1_200_000],
  ['1.2K\u200f', 'he', 1_200],
  ['\u200f1.2 אלף', 'he', 1_200],
  ['\u202b12 ہزار', 'ur', 12_000],
  ['elfu 1.2', 'sw', 1_200],
  ['၁.၂ ထောင်', 'my', 1_200],
  ['1.2 ล้าน', 'th', 1_200_000],
  ['186 na libo', 'fil', 186_000],
  ['１２３', 'ja', 123],
  // Ambiguous or not a count: nothing rather than a guess
  ['1.2', 'en', null],
  ['1,5', 'de', null],
  ['1.2M views • 3 years ago', 'en', null],
  ['Jan 1, 2024', 'en', null],
  ['99+', 'en', null],
  ['500+ connections', 'en', null],
  ['5%', 'en', null],
  ['1-2K', 'en', null],
  ['12K', 'de', null], // English unit on a German page
  ['1,2 Mio.', 'en', null], // German unit on an English page
  ['1.2Kviews', 'en', null],
  ['x12', 'en', null],
  ['3 234', 'en', null], // a space groups digits only where the locale groups with a space
  ['1,234.5', 'en', null], // counts are whole
  ['', 'en', null],
  ['views', 'en', null],
  ['1,2 B', 'xx-invalid!', null], // unknown locale: "B" could be thousand (tr) or billion (en)
  ['12 t', null, null], // unknown locale: thousand in Danish, trillion in English
  ['1,2 m', null, null], // a decimal comma is not English
  ['25m subscribers', null, 25_000_000],
  ['1.5K', null, 1_500],
  ['1,234,567 views', null, 1_234_567],
];

describe('parseCount: values', () => {
  test.each(VALUES)('%j (%s) → %s', (text, lang, expected) => {
    const count = parseCount(text, { lang });
    expect(count?.value ?? null).toBe(expected);
  });

  test.each(VALUES.filter(([, , expected]) => expected !== null))('%j (%s) keeps its text and a range around its value', (text, lang) => {
    const count = parseCount(text, { lang });
    expect(count).not.toBeNull();
    expect(count!.min).toBeLessThanOrEqual(count!.value);
    expect(count!.max).toBeGreaterThanOrEqual(count!.value);
    expect(count!.text).toBe(text);
  });
});

// [text, lang, rounding, min, max, exact]
const RANGES: Array<[string, string, 'round' | 'truncate' | 'either', number, number, boolean]> = [
  ['1.2K', 'en', 'round', 1_150, 1_249, false],
  ['1.2K', 'en', 'truncate', 1_200, 1_299, false],
  ['1.2K', 'en', 'either', 1_150, 1_299, false],
  ['12K', 'en', 'round', 11_500, 12_499, false],
  ['147M', 'en', 'truncate', 147_000_000, 147_999_999, false],
  ['3.68M', 'en', 'truncate', 3_680_000, 3_689_999, false],
  ['1,234,567', 'en', 'round', 1_234_567, 1_234_567, true],
  ['1,2 Mio.', 'de', 'round', 1_150_000, 1_249_999, false],
  ['17억', 'ko', 'round', 1_650_000_000, 1_749_999_999, false],
  ['1億2345万', 'ja', 'round', 123_445_000, 123_454_999, false],
  ['0', 'en', 'round', 0, 0, true],
];

describe('parseCount: precision', () => {
  test.each(RANGES)('%j (%s, %s) → %d–%d', (text, lang, rounding, min, max, exact) => {
    expect(parseCount(text, { lang, rounding })).toMatchObject({ min, max, exact });
  });
});

/** Every locale Intl formats in; a few hundred numbers each, in short, long and plain form. */
const LOCALES = [
  'af', 'am', 'ar', 'ar-EG', 'as', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'de-AT', 'de-CH', 'el', 'en',
  'en-AU', 'en-GB', 'en-IN', 'es', 'es-419', 'es-MX', 'et', 'eu', 'fa', 'fi', 'fil', 'fr', 'fr-CA', 'fr-CH', 'ga', 'gl', 'gu',
  'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'ig', 'is', 'it', 'ja', 'jv', 'ka', 'kk', 'km', 'kn', 'ko', 'ky', 'lo', 'lt', 'lv',
  'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'nb', 'ne', 'nl', 'or', 'pa', 'pl', 'ps', 'pt', 'pt-PT', 'ro', 'ru', 'sd', 'si', 'sk',
  'sl', 'so', 'sq', 'sr', 'sr-Latn', 'sv', 'sw', 'ta', 'te', 'th', 'tk', 'tr', 'uk', 'ur', 'uz', 'vi', 'yo', 'yue', 'zh',
  'zh-HK', 'zh-Hant', 'zu',
];

describe('parseCount: Intl round trip', () => {
  test.each(LOCALES)('%s: the true number is always inside the reported range', (locale) => {
    const formats = [
      new Intl.NumberFormat(locale, { notation: 'compact' }),
      new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }),
      new Intl.NumberFormat(locale),
    ];
    let seed = [...locale].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 2147483647 || 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let read = 0;
    let tried = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 120; i++) {
      const number = Math.floor(10 ** (random() * 11));
      for (const [index, format] of formats.entries()) {
        const text = format.format(number);
        const count = parseCount(text, { lang: locale });
        tried++;
        if (!count) continue;
        read++;
        const plain = index === 2;
        if (count.min > number || count.max < number || (plain && !count.exact)) wrong.push(`${JSON.stringify(text)} = ${number}, read ${count.min}–${count.max}`);
      }
    }
    expect(wrong).toEqual([]);
    // Nearly everything is read: a few CLDR forms are ambiguous on purpose (ne "करोड" means 10⁶ in the long form, 10⁷ in the short).
    expect(read / tried).toBeGreaterThan(0.6);
  });
});

describe('parseCount: a site’s own units beside the locale’s', () => {
  // YouTube's Spanish pages write thousands "K" where CLDR's Spanish short form is "mil" (youtube-counts.ts).
  const youtube = { es: { k: 1e3 } };
  // A site writing English short units in every language (as TikTok's English form does).
  const everywhere = { '*': { k: 1e3, m: 1e6, b: 1e9 } };

  test.each<[string, string, typeof youtube | typeof everywhere, number]>([
    ['1 K', 'es', youtube, 1_000],
    ['12 K', 'es-ES', youtube, 12_000],
    [`3,4${NBSP}K vídeos`, 'es', youtube, 3_400],
    ['345 K suscriptores', 'es-US', youtube, 345_000],
    // the locale's own units still read, next to the site's
    ['12 mil', 'es', youtube, 12_000],
    [`1,2${NBSP}M de visualizaciones`, 'es', youtube, 1_200_000],
    ['12 mil M', 'es', youtube, 12_000_000_000],
    ['12K', 'tr', everywhere, 12_000],
    ['12K', 'de', everywhere, 12_000],
    ['1,2 M', 'es', everywhere, 1_200_000],
  ])('%s (%s) → %d', (text, lang, siteUnits, expected) => {
    const count = parseCount(text, { lang, siteUnits, rounding: 'truncate' });
    expect(count?.value).toBe(expected);
    expect(count!.min).toBe(expected);
  });

  test('without the site’s table the same text is refused: "K" is no Spanish unit', () => {
    expect(parseCount('12 K', { lang: 'es' })).toBeNull();
    expect(parseCount('3,4 K vídeos', { lang: 'es-ES' })).toBeNull();
  });

  test('a site unit only applies to its language', () => {
    expect(parseCount('12 K', { lang: 'de', siteUnits: youtube })).toBeNull();
    expect(parseCount('12 K', { lang: 'pt', siteUnits: youtube })).toBeNull();
  });

  test.each([
    ['1,2 M', 'id'], // M is miliar (10⁹) in Indonesian
    ['12 B', 'tr'], // B is bin (10³) in Turkish
  ])('%s (%s): the site’s unit and the locale’s disagree, so nothing is read', (text, lang) => {
    expect(parseCount(text, { lang, siteUnits: everywhere })).toBeNull();
  });
});

describe('locale tables are a bounded memo of Intl data', () => {
  test('a page cycling through lang values keeps reading right (old tables are rebuilt, not kept)', () => {
    for (let index = 0; index < 40; index++) {
      expect(parseCount('1,2 Mio.', { lang: `de-x-page${index}` })?.value).toBe(1_200_000);
      expect(parseCount('1,2 B', { lang: index % 2 ? 'tr' : 'en' })?.value).toBe(index % 2 ? 1_200 : 1_200_000_000);
    }
  });

  test('private-use and extension subtags resolve to the locale Intl formats with', () => {
    expect(parseCount(`12,3${NBSP}k`, { lang: 'fr-FR-u-nu-latn' })?.value).toBe(12_300);
    expect(parseCount('1,2 B', { lang: 'tr-x-castlist' })?.value).toBe(1_200);
  });
});
