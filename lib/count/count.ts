/**
 * A count as a page shows it: the value we display, the range the true number lies in, whether the page
 * showed it exactly, and the text it came from (the evidence behind every number).
 *
 * "1.2K" is not 1,200: it is anything from 1,150 to 1,249 (1,200–1,299 where the site truncates).
 */
export interface Count {
  value: number;
  min: number;
  max: number;
  exact: boolean;
  text: string;
}

/** Where a number came from, most robust first (platform-extraction.md §0). */
export type CountSource = 'network' | 'state' | 'embedded' | 'attribute' | 'text' | 'meta';

export interface SourcedCount extends Count {
  source?: CountSource;
}

export function exactCount(value: number, text: string = String(value)): Count {
  return { value, min: value, max: value, exact: true, text };
}

/**
 * How a site turns a number into its short form: rounds ("1.25K" → "1.3K"), truncates ("1.29K" → "1.2K", as
 * YouTube and X do), or is not known to do either, when the range must hold both readings.
 */
export type Rounding = 'round' | 'truncate' | 'either';

/**
 * The range a displayed value stands for when the site showed it to the nearest `step`.
 * round:    1.2K (step 100) → 1,150–1,249
 * truncate: 1.2K (step 100) → 1,200–1,299
 * either:   1.2K (step 100) → 1,150–1,299
 */
export function displayedRange(value: number, step: number, rounding: Rounding): { min: number; max: number } {
  if (step <= 1) return { min: value, max: value };
  if (rounding === 'truncate') return { min: value, max: value + step - 1 };
  if (rounding === 'either') return { min: Math.max(0, Math.ceil(value - step / 2)), max: value + step - 1 };
  return { min: Math.max(0, Math.ceil(value - step / 2)), max: Math.ceil(value + step / 2) - 1 };
}

export function withSource<T extends Count>(count: T | null, source: CountSource): (T & { source: CountSource }) | null {
  return count ? { ...count, source } : null;
}
