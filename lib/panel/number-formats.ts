/**
 * One Intl.NumberFormat per locale and options, kept: building a formatter costs far more than formatting with it,
 * and the casting card formats dozens of rates, counts and shares in every render.
 */
import { boundedMemo } from '../count/bounded-memo';

const formatOf = boundedMemo(64, (key: string) => {
  const split = key.indexOf('|');
  return new Intl.NumberFormat(key.slice(0, split), JSON.parse(key.slice(split + 1)) as Intl.NumberFormatOptions);
});

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options (an invalid locale throws, as there). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return formatOf(`${locale}|${JSON.stringify(options)}`);
}
