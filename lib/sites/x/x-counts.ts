/**
 * How X shows counts. Its short form truncates ("5,498" views show as "5.4K", "9,281,975" as "9.2M"), so a short
 * count is a range upward from what it shows. Its aria-labels carry the whole number ("7120 Likes. Liked").
 */
import { type CountSource, type SourcedCount, normalizeNumberText, parseCount } from '../../count';
import { type Json, asCountNumber } from '../json-path';

const NUMBER_RUN = /\d+(?:[.,' ]\d+)*/g;

/** Visible text ("9.2M", "1,017", "111 posts"), read with the page's locale. */
export function xShownCount(text: string | null | undefined, lang: string | null, source: CountSource = 'text'): SourcedCount | null {
  const count = parseCount(text, { lang, rounding: 'truncate' });
  return count ? { ...count, source } : null;
}

/**
 * An aria-label ("499 Replies. Reply", "9281975 views. View post analytics"): only a label with exactly one number
 * in it, so two numbers are never run together.
 */
export function xLabelCount(label: string | null | undefined, lang: string | null): SourcedCount | null {
  if (!label || (normalizeNumberText(label).match(NUMBER_RUN) ?? []).length !== 1) return null;
  return xShownCount(label, lang, 'attribute');
}

/** An exact count from X's JSON (a number, or a string of digits as in `views.count`). */
export function xJsonCount(value: Json, source: CountSource): SourcedCount | null {
  const exact = asCountNumber(value);
  return exact === null ? null : { value: exact, min: exact, max: exact, exact: true, text: String(value), source };
}

export function hasDigit(text: string | null | undefined): boolean {
  return /\p{Nd}/u.test(text ?? '');
}
