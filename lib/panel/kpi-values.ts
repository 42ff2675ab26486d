/** A KPI's value as the panel writes it: counts as integers, ratios as percents, money with its currency. */
import { KPIS, type KpiId } from '../campaigns/kpi-catalog';
import type { PaceStatus } from '../campaigns/pacing';

export function formatKpiValue(kpi: KpiId, value: number, locale: string, currency: string | null = null): string {
  const unit = KPIS[kpi].unit;
  if (unit === 'ratio') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
  if (unit === 'money' && currency) return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  if (unit === 'seconds') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} s`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'count' ? 0 : 2 }).format(value);
}

/** A range "1,150–1,249" when the page's rounding leaves one, else the one value. */
export function formatKpiRange(kpi: KpiId, min: number, max: number, locale: string, currency: string | null = null): string {
  const low = formatKpiValue(kpi, min, locale, currency);
  const high = formatKpiValue(kpi, max, locale, currency);
  return low === high ? low : `${low}\u2013${high}`;
}

export const PACE_LABELS: Record<PaceStatus, string> = {
  'not-started': 'Not started',
  'no-data': 'No data yet',
  ahead: 'Ahead',
  'on-pace': 'On pace',
  behind: 'Behind',
  undetermined: 'Undetermined (rounded counts straddle the line)',
  met: 'Met',
  missed: 'Missed',
};

/** A KPI's target in words with its unit. */
export function targetText(kpi: KpiId, target: number, locale: string, currency: string | null): string {
  return `${formatKpiValue(kpi, target, locale, currency)} (${KPIS[kpi].better === 'higher' ? 'at least' : 'at most'})`;
}
