/**
 * What a locale's numbers look like, derived at run time from the browser's own CLDR data (Intl), so the unit table
 * matches what the site shows in that locale (sites format with the same CLDR patterns: platform-extraction.md §8.1).
 *
 *   de  → decimal ",", group ".",  units {mio.: 1e6, mrd.: 1e9, tausend: 1e3, millionen: 1e6, …}
 *   tr  → units {b: 1e3, mn: 1e6, mr: 1e9}   ("1,2 B" is 1,200 in Turkish)
 *   ja  → units {万: 1e4, 億: 1e8}
 */
import { boundedMemo } from './bounded-memo';
import { normalizeNumberText } from './normalize-number-text';

/** What a unit means: its multiplier, or 'ambiguous' when CLDR gives it two meanings in this locale. */
export type UnitMeaning = number | 'ambiguous';

export type UnitPosition = 'prefix' | 'suffix';

/**
 * One unit as the locale writes it. The spacing matters in a few locales: Bengali writes "১.২ কো" for 1.2 crore
 * (10⁷) but "১কো" for 10¹¹.
 */
export interface CompactUnit {
  position: UnitPosition;
  spaced?: UnitMeaning;
  glued?: UnitMeaning;
}

export interface LocaleNumberFormat {
  /** Canonical tag, or 'und' when the page's locale is unknown or unsupported. */
  locale: string;
  language: string;
  decimal: string;
  group: string;
  /** `${position}:${lower-cased unit}` → meaning. */
  units: Map<string, CompactUnit>;
  /** Units (without position) sorted longest first, so "mil m" wins over "mil". */
  unitsByLength: string[];
}

/**
 * Forms that today's CLDR no longer produces but pages still show (older CLDR in the site's servers).
 * Each entry says where it comes from.
 */
const HISTORICAL_UNITS: Record<string, Record<string, number>> = {
  // CLDR before 2022 formatted en-IN thousands as "12T" (RYD#441).
  'en-IN': { t: 1e3 },
  // Older CLDR (and X/Twitter's German UI) wrote thousands as "12,3 Tsd.".
  de: { 'tsd.': 1e3, tsd: 1e3 },
};

/**
 * English abbreviations used by sites whatever their locale metadata says, and by yt-dlp's parse_count
 * ("1.1kk" = 1.1 million). Only applied when the page is English or its locale is unknown.
 */
export const GENERIC_ENGLISH_UNITS: Record<string, number> = {
  k: 1e3,
  kk: 1e6,
  m: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
};

/** Multiples that show a decimal and a plain unit; plural forms are added per locale (samplesOfEveryPluralForm). */
const BASE_MULTIPLES = [1, 1.5, 2, 5];
const MIN_EXPONENT = 3;
const MAX_EXPONENT = 12;

interface Builder {
  steps: Generator<void, LocaleNumberFormat>;
  format?: LocaleNumberFormat;
}

/**
 * The tables built so far, keyed by the locale Intl resolves the page's lang to. A memo of Intl's own CLDR data:
 * the page's text never enters it (its lang only picks the locale), and it is bounded, so a page cycling through
 * made-up lang values costs rebuilding, never memory.
 */
const builderOfLocale = boundedMemo(8, (locale: string): Builder => ({ steps: buildLocaleNumberFormat(locale) }));
/** Lang attribute values seen lately → their resolved locale (the same reasoning; an attribute is asked once). */
const resolvedLocale = boundedMemo(16, resolvedLocaleOf);

function builderOf(lang: string | null | undefined): Builder {
  return builderOfLocale(resolvedLocale(lang ?? ''));
}

function advance(builder: Builder): void {
  const step = builder.steps.next();
  if (step.done) builder.format = step.value;
}

export function localeNumberFormat(lang: string | null | undefined): LocaleNumberFormat {
  const builder = builderOf(lang);
  while (!builder.format) advance(builder);
  return builder.format;
}

/**
 * Builds one slice of a locale's table (the first Intl call of a page loads ICU data: ~20–40 ms in Chromium), so a
 * content script can spread the work over several short tasks before its first read. True once the table is ready.
 */
export function prepareLocaleNumberFormat(lang: string | null | undefined): boolean {
  const builder = builderOf(lang);
  if (!builder.format) advance(builder);
  return builder.format !== undefined;
}

export function isEnglishOrUnknown(format: LocaleNumberFormat): boolean {
  return format.language === 'en' || format.locale === 'und';
}

/**
 * The page's lang attribute as the locale Intl formats it with ("fr-FR" → "fr-FR", "en-x-foo" → "en"), without
 * Unicode extensions (digits are normalised anyway), or 'und' when Intl has no data for it.
 */
function resolvedLocaleOf(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-');
  if (!tag) return 'und';
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // Intl falls back silently to the default locale for languages it has no data for; treat those as unknown.
    if (!canonical || !Intl.NumberFormat.supportedLocalesOf([canonical]).length) return 'und';
    return new Intl.Locale(new Intl.NumberFormat(canonical).resolvedOptions().locale).baseName;
  } catch {
    return 'und'; // not a BCP 47 tag (e.g. "x-garbage!"): the page's locale is unknown
  }
}

function* buildLocaleNumberFormat(locale: string): Generator<void, LocaleNumberFormat> {
  const units = new Map<string, CompactUnit>();
  const record = (rawUnit: string, position: UnitPosition, spacing: 'spaced' | 'glued', meaning: UnitMeaning) => {
    const unit = normalizeNumberText(rawUnit).toLowerCase();
    if (!unit || /\d/.test(unit)) return;
    const key = `${position}:${unit}`;
    const entry = units.get(key) ?? { position };
    const known = entry[spacing];
    entry[spacing] = known === undefined || known === meaning ? meaning : 'ambiguous';
    units.set(key, entry);
  };

  let decimal = '.';
  let group = ',';
  let language = 'und';
  if (locale !== 'und') {
    language = new Intl.Locale(locale).language;
    for (const part of new Intl.NumberFormat(locale).formatToParts(1234567.5)) {
      if (part.type === 'decimal') decimal = normalizeNumberText(part.value);
      if (part.type === 'group') group = normalizeNumberText(part.value) || ' ';
    }
    const multiples = [...new Set([...BASE_MULTIPLES, ...samplesOfEveryPluralForm(locale)])];
    yield;
    for (const compactDisplay of ['short', 'long'] as const) {
      yield;
      const formatter = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
      for (let exponent = MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
        for (const multiple of multiples) {
          const sample = multiple * 10 ** exponent;
          for (const found of unitsOfSample(formatter.formatToParts(sample), sample)) {
            record(found.unit, found.position, found.spacing, found.meaning);
            // "1,2 Mio" is seen as often as CLDR's "1,2 Mio."
            if (found.unit.endsWith('.')) record(found.unit.slice(0, -1), found.position, found.spacing, found.meaning);
          }
        }
      }
    }
    const historical = HISTORICAL_UNITS[locale] ?? HISTORICAL_UNITS[language] ?? {};
    for (const [unit, multiplier] of Object.entries(historical)) {
      if (units.has(`suffix:${unit}`)) continue;
      record(unit, 'suffix', 'spaced', multiplier);
      record(unit, 'suffix', 'glued', multiplier);
    }
  }
  const unitsByLength = [...new Set([...units.keys()].map((key) => key.slice(key.indexOf(':') + 1)))].sort(
    (a, b) => b.length - a.length,
  );
  return { locale, language, decimal, group, units, unitsByLength };
}

/**
 * One number for each plural form of the locale and each number of digits, so that every spelling of a unit is
 * seen: Filipino writes "186 na libo" but "185 libo", Russian "2 миллиона" but "5 миллионов".
 */
function samplesOfEveryPluralForm(locale: string): number[] {
  const rules = new Intl.PluralRules(locale);
  const samples: number[] = [];
  // Per number of digits, because a few locales abbreviate by the shown number's form (Macedonian "771 мј.").
  for (const [from, to] of [[1, 10], [10, 100], [100, 1000]] as const) {
    const wanted = new Set(rules.resolvedOptions().pluralCategories);
    for (let n = from; n < to && wanted.size; n++) {
      if (wanted.delete(rules.select(n))) samples.push(n);
    }
  }
  return samples;
}

interface SampleUnit {
  unit: string;
  position: UnitPosition;
  spacing: 'spaced' | 'glued';
  meaning: UnitMeaning;
}

/**
 * The unit(s) in one formatted sample. Everything on the unit's side of the number is the unit, literals included
 * (Filipino writes "186 na libo"). A sample with unit text on both sides (Burmese "ဋေ ၁.၅ သန်း") marks the prefix
 * ambiguous: the suffix alone would misread the number.
 */
function unitsOfSample(parts: Intl.NumberFormatPart[], sample: number): SampleUnit[] {
  const isNumberPart = (part: Intl.NumberFormatPart) =>
    part.type === 'integer' || part.type === 'fraction' || part.type === 'decimal' || part.type === 'group';
  const first = parts.findIndex(isNumberPart);
  const last = parts.length - 1 - [...parts].reverse().findIndex(isNumberPart);
  if (first < 0 || !parts.some((part) => part.type === 'compact')) return [];
  // Bidi marks around the number ("‏3.8 אלף" in Hebrew) are not unit text.
  const withoutBidi = (text: string) => text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const before = withoutBidi(parts.slice(0, first).map((part) => part.value).join(''));
  const after = withoutBidi(parts.slice(last + 1).map((part) => part.value).join(''));
  const spacingOf = (gap: string): 'spaced' | 'glued' => (/^\s/u.test(gap) ? 'spaced' : 'glued');
  if (before.trim() && after.trim()) {
    // The parser refuses a number with units on both sides; recording the prefix is enough for it to notice.
    return [{ unit: before.trim(), position: 'prefix', spacing: spacingOf([...before].reverse().join('')), meaning: 'ambiguous' }];
  }
  const digits = normalizeNumberText(
    parts
      .slice(first, last + 1)
      .filter((part) => part.type !== 'group')
      .map((part) => (part.type === 'decimal' ? '.' : part.value))
      .join(''),
  );
  const shown = Number(digits);
  if (!shown) return [];
  const exponent = Math.log10(sample / shown);
  // Only whole powers of ten are units; anything else is a rounding artefact of the sample.
  if (Math.abs(exponent - Math.round(exponent)) > 1e-9 || Math.round(exponent) < 1) return [];
  const meaning = 10 ** Math.round(exponent);
  if (before.trim()) {
    return [{ unit: before.trim(), position: 'prefix', spacing: spacingOf([...before].reverse().join('')), meaning }];
  }
  return [{ unit: after.trim(), position: 'suffix', spacing: spacingOf(after), meaning }];
}
