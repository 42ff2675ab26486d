/**
 * A campaign's report as CSV: each KPI against its target for the whole campaign (with its pace), then the same KPIs
 * segmented by creator, platform and format (a segment's value only: targets are the campaign's). Text cells are
 * formula-escaped (csv-cells.ts), since handles and names come from pages and the user.
 */
import { campaignProgress, campaignSegments, kpiAppliesTo, kpiSeries, type CampaignData } from './campaign-progress';
import { toSafeCsv, type CsvCell } from './csv-cells';
import { KPIS } from './kpi-catalog';

export const CAMPAIGN_REPORT_HEADER = [
  'campaign',
  'segment_type',
  'segment',
  'kpi',
  'kpi_label',
  'primary',
  'target',
  'time_frame_start',
  'time_frame_end',
  'value',
  'value_min',
  'value_max',
  'as_of',
  'status',
  'expected_now',
  'days_left',
  'source',
] as const;

const DAY_MS = 86_400_000;

const iso = (at: number) => new Date(at).toISOString();
/** Ratios and money to 6 significant decimals: enough for a spreadsheet, without float noise. */
const number = (value: number) => Number(value.toFixed(6));

export function campaignReportRows(data: CampaignData, now: number): CsvCell[][] {
  const name = data.campaign.name;
  const rows: CsvCell[][] = [];
  for (const progress of campaignProgress(data, now)) {
    const { target, pace } = progress;
    const latest = pace.latest;
    rows.push([
      name,
      'campaign',
      'all',
      target.kpi,
      KPIS[target.kpi].label,
      progress.primary ? 'yes' : 'no',
      target.target,
      iso(target.timeFrame.start),
      iso(target.timeFrame.end),
      latest ? number((latest.min + latest.max) / 2) : null,
      latest ? number(latest.min) : null,
      latest ? number(latest.max) : null,
      latest ? iso(latest.at) : null,
      pace.status,
      number(pace.expectedNow),
      number(pace.timeLeftMs / DAY_MS),
      progress.source,
    ]);
  }
  const targets = [data.campaign.primaryKpi, ...data.campaign.supportingKpis];
  for (const segment of campaignSegments(data)) {
    for (const target of targets) {
      if (!kpiAppliesTo(target.kpi, segment.kind)) continue;
      const observations = kpiSeries(segment.data, target.kpi, target.timeFrame.start).filter(
        (observation) => observation.at >= target.timeFrame.start && observation.at <= Math.min(target.timeFrame.end, now),
      );
      const latest = observations.at(-1) ?? null;
      rows.push([
        name,
        segment.kind,
        segment.name,
        target.kpi,
        KPIS[target.kpi].label,
        target === data.campaign.primaryKpi ? 'yes' : 'no',
        null,
        iso(target.timeFrame.start),
        iso(target.timeFrame.end),
        latest ? number((latest.min + latest.max) / 2) : null,
        latest ? number(latest.min) : null,
        latest ? number(latest.max) : null,
        latest ? iso(latest.at) : null,
        null,
        null,
        null,
        null,
      ]);
    }
  }
  return rows;
}

export function campaignReportCsv(data: CampaignData, now: number): string {
  return toSafeCsv(CAMPAIGN_REPORT_HEADER, campaignReportRows(data, now));
}
