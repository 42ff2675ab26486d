/**
 * Formatting for the panel, in the browser's UI locale: numbers, precision ranges, times (absolute and relative),
 * durations and rates. Plain TypeScript, no React: the components call these, the tests pin them.
 */
import type { Count } from '../count';
import type { RangedValue } from '../kpi/ranged-ratio';

export interface PanelFormatOptions {
  /** A BCP 47 tag, e.g. the browser's UI language. */
  locale: string;
  /** An IANA time zone; the runtime's own when absent (tests pin "UTC"). */
  timeZone?: string;
}

export interface PanelFormatters {
  locale: string;
  /** 1234567 → "1,234,567" */
  number(value: number): string;
  /** "1,200" for the value a count stands for (the page's rounded number for an inexact one). */
  countValue(count: Count): string;
  /** "1,150–1,249" for an inexact count, null for an exact one. */
  countRange(count: Count): string | null;
  /** "30 Nov, 14:02" (the year too when it is not the current one). */
  dateTime(at: number, now?: number): string;
  /** "30 November 2026, 14:02:05": the full time, for titles and the evidence trail. */
  fullDateTime(at: number): string;
  /** "30 Nov 2026" */
  date(at: number): string;
  /** "5 minutes ago", "yesterday", "in 2 hours" */
  relative(at: number, now: number): string;
  /** 7_800_000 → "2 h 10 min" */
  duration(ms: number): string;
  /** A signed rate or a signed range: "+1,234", "−12", "+1,100 to +1,300". */
  signedRange(value: RangedValue, maximumFractionDigits?: number): string;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The en dash between the ends of a range: "1,150–1,249". */
export const RANGE_DASH = '\u2013';

export function createFormatters({ locale, timeZone }: PanelFormatOptions): PanelFormatters {
  const resolved = safeLocale(locale);
  const zone = timeZone ? { timeZone } : {};
  const integer = new Intl.NumberFormat(resolved, { maximumFractionDigits: 0 });
  const shortWithYear = new Intl.DateTimeFormat(resolved, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...zone });
  const short = new Intl.DateTimeFormat(resolved, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', ...zone });
  const full = new Intl.DateTimeFormat(resolved, { dateStyle: 'long', timeStyle: 'medium', ...zone });
  const dateOnly = new Intl.DateTimeFormat(resolved, { dateStyle: 'medium', ...zone });
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', ...zone });
  const relativeFormat = new Intl.RelativeTimeFormat(resolved, { numeric: 'auto' });

  const number = (value: number) => integer.format(value);
  // One formatter per number of digits, kept: a new one per call cost the compare view's cells whole frames.
  const signedFormats = new Map<number, Intl.NumberFormat>();
  const signed = (value: number, digits: number) => {
    let signedFormat = signedFormats.get(digits);
    if (!signedFormat) {
      signedFormat = new Intl.NumberFormat(resolved, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
      signedFormats.set(digits, signedFormat);
    }
    return signedFormat.format(value);
  };

  return {
    locale: resolved,
    number,
    countValue: (count) => number(count.value),
    countRange: (count) => (count.exact || count.min === count.max ? null : `${number(count.min)}${RANGE_DASH}${number(count.max)}`),
    dateTime: (at, now) =>
      now !== undefined && year.format(at) !== year.format(now) ? shortWithYear.format(at) : short.format(at),
    fullDateTime: (at) => full.format(at),
    date: (at) => dateOnly.format(at),
    relative: (at, now) => relativeTime(relativeFormat, at, now),
    duration: (ms) => formatDuration(ms, number),
    signedRange: (value, digits = 0) => {
      const text = (n: number) => signed(roundTo(n, digits), digits);
      if (value.exact || text(value.min) === text(value.max)) return text(value.value);
      return `${text(value.min)} to ${text(value.max)}`;
    },
  };
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : 'en';
  } catch {
    return 'en'; // not a well-formed tag
  }
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length, use it while |difference| is below this
  ['second', 1_000, 45_000],
  ['minute', MINUTE_MS, 45 * MINUTE_MS],
  ['hour', HOUR_MS, 22 * HOUR_MS],
  ['day', DAY_MS, 26 * DAY_MS],
  ['month', 30 * DAY_MS, 320 * DAY_MS],
  ['year', 365 * DAY_MS, Number.POSITIVE_INFINITY],
];

function relativeTime(format: Intl.RelativeTimeFormat, at: number, now: number): string {
  const difference = at - now;
  const size = Math.abs(difference);
  for (const [unit, length, below] of RELATIVE_STEPS) {
    if (size < below) {
      if (unit === 'second') return format.format(0, 'second'); // "now": seconds are noise here
      return format.format(Math.round(difference / length), unit);
    }
  }
  return format.format(Math.round(difference / (365 * DAY_MS)), 'year');
}

function formatDuration(ms: number, number: (value: number) => string): string {
  if (Math.abs(ms) < MINUTE_MS) return `${number(Math.round(Math.abs(ms) / 1000))} s`;
  const minutes = Math.round(Math.abs(ms) / MINUTE_MS);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${number(days)} d`);
  if (hours) parts.push(`${number(hours)} h`);
  if (rest && !days) parts.push(`${number(rest)} min`);
  return parts.join(' ') || '0 min';
}
