import type { RangedValue } from './ranged-ratio';

/** "3.2%", or "3.1–3.4%" when the inputs were rounded displays. */
export function formatPercent(rate: RangedValue, locale = 'en'): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }).format(value);
  if (rate.exact || format(rate.min) === format(rate.max)) return format(rate.value);
  return `${format(rate.min)}–${format(rate.max)}`;
}
