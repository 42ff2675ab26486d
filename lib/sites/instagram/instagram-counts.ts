/**
 * How Instagram gives counts. Its JSON holds exact integers; its pages show exact numbers for likes, following and
 * posts, a compact one for followers ("2.5M", exact in the title attribute), localized in every case. Whether the
 * compact form rounds or truncates is not known, so a shown count carries the range of both readings.
 */
import { type CountSource, type SourcedCount, exactCount, parseCount } from '../../count';
import { type Json, asCountNumber } from '../json-path';

export function jsonCount(value: Json, source: CountSource): SourcedCount | null {
  const number = asCountNumber(value);
  return number === null ? null : { ...exactCount(number), source };
}

/** The first of several JSON fields that holds a count (new and legacy names of one number). */
export function firstJsonCount(values: readonly Json[], source: CountSource): SourcedCount | null {
  for (const value of values) {
    const count = jsonCount(value, source);
    if (count) return count;
  }
  return null;
}

export function shownCount(text: string | null | undefined, lang: string | null, source: CountSource): SourcedCount | null {
  const count = parseCount(text, { lang, rounding: 'either' });
  return count ? { ...count, source } : null;
}

/** Unix seconds → ISO 8601; a time past 2286 (1e10 s) is no publication date (past year 275760 Date cannot hold it). */
export function isoOfUnixSeconds(value: Json): string | null {
  const seconds = asCountNumber(value);
  return seconds === null || seconds === 0 || seconds >= LAST_PLAUSIBLE_SECOND ? null : new Date(seconds * 1000).toISOString();
}

const LAST_PLAUSIBLE_SECOND = 1e10;
