/**
 * The shortlist KPIs in words and numbers for the panel, in the UI locale. Ranges stay ranges: a follower count read
 * from "1.2K" shows its range beside it, an ER from rounded counts is "3.1–3.4%". Plain TypeScript: the entry view
 * and the compare view call these, the tests pin them.
 */
import type { BandLabel } from '../benchmarks/benchmark-schema';
import type { PanelFormatters } from '../panel/format';
import type { ShortlistKpis } from './shortlist-kpis';

/** What the panel shows where a figure is missing. */
export const NO_FIGURE = '—';

export const BAND_WORDS: Record<BandLabel, string> = { below: 'below', average: 'average', good: 'good' };

export function followersText(kpis: ShortlistKpis | null, format: PanelFormatters): { value: string; range: string | null } {
  const followers = kpis?.followers;
  if (!followers) return { value: NO_FIGURE, range: null };
  return { value: format.countValue(followers), range: format.countRange(followers) };
}

export function tierText(kpis: ShortlistKpis | null): string {
  if (!kpis?.tier) return NO_FIGURE;
  // A rounded count on a tier boundary belongs to both: say so rather than pick one.
  return kpis.tiers.length > 1 ? kpis.tiers.join('/') : kpis.tier;
}

/** One percent format per locale: the compare view writes two rates per row as rows scroll into view. */
const percentFormats = new Map<string, Intl.NumberFormat>();

/** "3.2%", or "3.1–3.4%" when the counts were rounded (lib/kpi/format-percent.ts's rule, with a kept formatter). */
export function rateText(rate: ShortlistKpis['erByFollowers'], locale: string): string {
  if (!rate) return NO_FIGURE;
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 });
    percentFormats.set(locale, format);
  }
  const text = (value: number) => format.format(value);
  if (rate.exact || text(rate.min) === text(rate.max)) return text(rate.value);
  return `${text(rate.min)}–${text(rate.max)}`;
}

export function benchmarkText(kpis: ShortlistKpis | null): string {
  const benchmark = kpis?.benchmark;
  if (!benchmark) return NO_FIGURE;
  if (benchmark.band) return BAND_WORDS[benchmark.band];
  if (benchmark.bandsTouched.length > 1) return benchmark.bandsTouched.map((band) => BAND_WORDS[band]).join(' to ');
  if (benchmark.versusTypical) return benchmark.versusTypical === 'straddles' ? 'near typical' : `${benchmark.versusTypical} typical`;
  return NO_FIGURE;
}

/** The benchmark's source and formula basis, for a title. */
export function benchmarkSourceText(kpis: ShortlistKpis | null): string | null {
  const benchmark = kpis?.benchmark;
  return benchmark ? `${benchmark.source} (ER by ${benchmark.basis}; set ${benchmark.setId})` : null;
}

export function growthText(kpis: ShortlistKpis | null, format: PanelFormatters): string {
  const growth = kpis?.followerGrowthPerDay;
  return growth ? `${format.signedRange(growth)}/day` : NO_FIGURE;
}

export function commentsText(kpis: ShortlistKpis | null, format: PanelFormatters): string {
  if (!kpis) return NO_FIGURE;
  const quality = kpis.comments.quality;
  const read = `${format.number(kpis.comments.read)} read`;
  if (!quality) return read;
  const percent = wholePercentFormat(format.locale);
  return `${percent.format(quality.substantive)} substantive, ${percent.format(quality.spam + quality.scam)} spam · ${read}`;
}

const wholePercentFormats = new Map<string, Intl.NumberFormat>();

function wholePercentFormat(locale: string): Intl.NumberFormat {
  let format = wholePercentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    wholePercentFormats.set(locale, format);
  }
  return format;
}
