/**
 * How TikTok gives counts.
 *
 * JSON: whole numbers (stats) or digit strings (statsV2). They are usually exact, but some first-load states carry
 * the displayed, rounded number instead: the 2022 profile in ../shared/fixtures/tiktok has followerCount 6200000
 * ("6.2M"), diggCount 41200 ("41.2K"), 139000, 4400000 … every count from 10,000 up a whole number of display steps,
 * while those below 10,000 (6724, 9356, 1872) are exact, as TikTok displays them. When every count of one stats
 * object from 10,000 up sits on a display step, the object is taken as rounded and those counts keep their range.
 *
 * Text: compact ("52.1K", "6.2M"), and whether TikTok localizes it is unverified (platform-extraction.md §10): a
 * text in TikTok's English form ("52.1K") is read with the page locale and as English, and taken only when the
 * readings agree or one alone succeeds: "1.2M" on an Indonesian page (M = miliar there) is ambiguous and gives
 * nothing. Any other form ("1,2 Mio.", "12,3 B") can only be the localized one.
 */
import { type CountSource, type SourcedCount, displayedRange, parseCount } from '../../count';
import { type Json, asCountNumber } from '../json-path';

/** TikTok writes counts from 10,000 up with one decimal: "52.1K", "6.2M", "1.1B". */
function displayStep(value: number): number {
  if (value < 10_000) return 1;
  if (value < 1_000_000) return 100;
  if (value < 1_000_000_000) return 100_000;
  return 100_000_000;
}

function onDisplayStep(value: number): boolean {
  const step = displayStep(value);
  return step > 1 && value % step === 0;
}

/**
 * Counts of one stats object, picked from its alternatives in order (statsV2 before stats): `fields` maps each
 * output name to the JSON keys to try. Missing and malformed values are left out; 0 is a count.
 */
export function statsCounts<Name extends string>(
  objects: readonly Json[],
  fields: Record<Name, readonly string[]>,
  source: CountSource,
): Partial<Record<Name, SourcedCount>> {
  const raw: [Name, number][] = [];
  for (const name of Object.keys(fields) as Name[]) {
    const value = firstNumber(objects, fields[name]);
    if (value !== null) raw.push([name, value]);
  }
  const large = raw.filter(([, value]) => value >= 10_000);
  const rounded = large.length > 0 && large.every(([, value]) => onDisplayStep(value));
  const counts: Partial<Record<Name, SourcedCount>> = {};
  for (const [name, value] of raw) {
    if (rounded && value >= 10_000) {
      const { min, max } = displayedRange(value, displayStep(value), 'either');
      counts[name] = { value, min, max, exact: false, text: String(value), source };
    } else {
      counts[name] = { value, min: value, max: value, exact: true, text: String(value), source };
    }
  }
  return counts;
}

function firstNumber(objects: readonly Json[], keys: readonly string[]): number | null {
  for (const object of objects) {
    if (object === null || typeof object !== 'object') continue;
    for (const key of keys) {
      const value = asCountNumber((object as Record<string, Json>)[key]);
      if (value !== null) return value;
    }
  }
  return null;
}

export type TextCount = { count: SourcedCount } | { count: null; ambiguous: boolean };

/** TikTok's English short form: digits, or one decimal and K / M / B ("9356", "52.1K", "73K", "6.2M"). */
const ENGLISH_SHORT = /^\d+(?:\.\d+)?[KMB]?$/i;

/** A count TikTok shows as text, read with the page locale and as English (see the top of this file). */
export function tiktokTextCount(text: string | null | undefined, lang: string | null, source: CountSource): TextCount {
  const local = parseCount(text, { lang, rounding: 'either' });
  const englishForm = lang && !/^en(?:[-_]|$)/i.test(lang) && ENGLISH_SHORT.test(text?.trim() ?? '');
  const english = englishForm ? parseCount(text, { lang: 'en', rounding: 'either' }) : local;
  if (local && english && local.value !== english.value) return { count: null, ambiguous: true };
  const count = local ?? english;
  return count ? { count: { ...count, source } } : { count: null, ambiguous: false };
}
