import { boundedMemo } from '../count/bounded-memo';
import type { RangedValue } from './ranged-ratio';

/** One formatter per locale: building an Intl.NumberFormat costs far more than formatting (a feed's badges: thousands). */
const percentFormat = boundedMemo(16, (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }));

/** "3.2%", or "3.1–3.4%" when the inputs were rounded displays. */
export function formatPercent(rate: RangedValue, locale = 'en'): string {
  const formatter = percentFormat(locale);
  const format = (value: number) => formatter.format(value);
  if (rate.exact || format(rate.min) === format(rate.max)) return format(rate.value);
  return `${format(rate.min)}–${format(rate.max)}`;
}
