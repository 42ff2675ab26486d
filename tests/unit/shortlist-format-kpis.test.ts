/** The shortlist rates in words: the same text as lib/kpi's formatPercent, ranges kept, whatever the locale. */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../lib/kpi/format-percent';
import { NO_FIGURE, rateText } from '../../lib/shortlists/format-kpis';

const rate = (value: number, min: number, max: number, exact: boolean) => ({ value, min, max, exact, posts: 3, formula: 'by-views' as const });

describe('rateText', () => {
  it.each([
    ['an exact rate', rate(0.0321, 0.0321, 0.0321, true), 'en-GB'],
    ['a range from rounded counts', rate(0.032, 0.031, 0.034, false), 'en-GB'],
    ['a range that rounds to one figure', rate(0.032, 0.0321, 0.0322, false), 'en-GB'],
    ['a German rate', rate(0.032, 0.031, 0.034, false), 'de-DE'],
  ])('writes %s as formatPercent does', (_name, value, locale) => {
    expect(rateText(value, locale)).toBe(formatPercent(value, locale));
  });

  it('says there is no figure for a missing rate', () => {
    expect(rateText(null, 'en-GB')).toBe(NO_FIGURE);
  });
});
