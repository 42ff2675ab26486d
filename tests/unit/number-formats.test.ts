/** lib/panel/number-formats.ts: one kept Intl.NumberFormat per locale and options, formatting as a fresh one does. */
import { describe, expect, test } from 'vitest';
import { numberFormat } from '../../lib/panel/number-formats';

describe('numberFormat', () => {
  test.each([
    ['en', {}, 1234567.891],
    ['de', {}, 1234567.891],
    ['en', { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }, 0.0314],
    ['fr', { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }, 0.0314],
    ['en', { maximumFractionDigits: 1 }, 2.46],
    ['en', { maximumFractionDigits: 0 }, 2.46],
  ] as const)('%s %j formats %d as a fresh Intl.NumberFormat does', (locale, options, value) => {
    expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
  });

  test('the same locale and options give the same formatter; other options another', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 0 }));
    expect(numberFormat('en')).not.toBe(numberFormat('de'));
  });

  test('an invalid locale throws, as Intl.NumberFormat does', () => {
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
  });
});
