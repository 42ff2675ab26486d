import { describe, expect, it } from 'vitest';
import { createFormatters, DAY_MS, HOUR_MS, MINUTE_MS } from '../../lib/panel/format';

const en = createFormatters({ locale: 'en-GB', timeZone: 'UTC' });
const T = Date.UTC(2026, 10, 30, 14, 2, 5);

describe('numbers and counts', () => {
  it.each([
    ['en-GB', 1_234_567, '1,234,567'],
    ['de-DE', 1_234_567, '1.234.567'],
    ['fr-FR', 1_234_567, '1\u202f234\u202f567'],
    ['not a locale!!', 1_234, '1,234'],
  ])('%s: %i → %s', (locale, value, expected) => {
    expect(createFormatters({ locale }).number(value)).toBe(expected);
  });

  it('gives the range of an inexact count and none for an exact one', () => {
    expect(en.countRange({ value: 1_200, min: 1_150, max: 1_249, exact: false, text: '1.2K' })).toBe('1,150–1,249');
    expect(en.countRange({ value: 1_234, min: 1_234, max: 1_234, exact: true, text: '1,234' })).toBeNull();
    expect(en.countValue({ value: 1_200, min: 1_150, max: 1_249, exact: false, text: '1.2K' })).toBe('1,200');
  });

  it.each([
    [{ value: 1234.4, min: 1234.4, max: 1234.4, exact: true }, 0, '+1,234'],
    [{ value: -12, min: -12, max: -12, exact: true }, 0, '-12'],
    [{ value: 0, min: 0, max: 0, exact: true }, 0, '0'],
    [{ value: 1300, min: 1201, max: 1399, exact: false }, 0, '+1,201 to +1,399'],
    [{ value: 2.25, min: 2.25, max: 2.25, exact: true }, 1, '+2.3'],
    [{ value: 5, min: -3, max: 12, exact: false }, 0, '-3 to +12'],
    [{ value: 5, min: 5.2, max: 4.9, exact: false }, 0, '+5'],
  ])('signedRange(%o, %i) = %s', (value, digits, expected) => {
    expect(en.signedRange(value, digits)).toBe(expected);
  });
});

describe('times', () => {
  it('formats absolute times in the locale and zone', () => {
    expect(en.dateTime(T, T)).toBe('30 Nov, 14:02');
    expect(en.dateTime(T, T + 400 * DAY_MS)).toBe('30 Nov 2026, 14:02');
    expect(en.date(T)).toBe('30 Nov 2026');
    expect(en.fullDateTime(T)).toBe('30 November 2026 at 14:02:05');
    expect(createFormatters({ locale: 'en-US', timeZone: 'UTC' }).dateTime(T, T)).toBe('Nov 30, 02:02 PM');
  });

  it.each([
    [T - 10_000, 'now'],
    [T - 5 * MINUTE_MS, '5 minutes ago'],
    [T - 3 * HOUR_MS, '3 hours ago'],
    [T - DAY_MS, 'yesterday'],
    [T - 3 * DAY_MS, '3 days ago'],
    [T - 60 * DAY_MS, '2 months ago'],
    [T - 800 * DAY_MS, '2 years ago'],
    [T + 2 * HOUR_MS, 'in 2 hours'],
  ])('relative(%i) = %s', (at, expected) => {
    expect(en.relative(at, T)).toBe(expected);
  });

  it.each([
    [30_000, '30 s'],
    [5 * MINUTE_MS, '5 min'],
    [2 * HOUR_MS + 10 * MINUTE_MS, '2 h 10 min'],
    [3 * DAY_MS + 4 * HOUR_MS + 5 * MINUTE_MS, '3 d 4 h'],
    [2 * DAY_MS, '2 d'],
  ])('duration(%i) = %s', (ms, expected) => {
    expect(en.duration(ms)).toBe(expected);
  });
});
