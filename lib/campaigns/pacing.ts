/**
 * Is a KPI on pace for its target? From the target, its time frame and the observed series (snapshots, each a range
 * because a page's "1.2K" is 1,150–1,249), at a moment `now`.
 *
 * Projection rule:
 * - a KPI that accrues (views, comments, orders) keeps the average rate it had from the start of its time frame to
 *   the latest snapshot: projected = baseline + (latest − baseline) × (time frame length ÷ time elapsed at the latest
 *   snapshot). The baseline is the KPI's value when the time frame began (0 for a post published in it);
 * - a level (engagement rate, CPA, conversion rate) is projected flat: its latest value.
 * Status, with a tolerance band (±10 % of the target by default):
 * - ahead: the projection beats the target by more than the band; behind: it falls short by more than the band;
 *   on pace: within the band (for "lower is better" KPIs such as CPA, beating means being lower);
 * - met: an accruing KPI has already reached its target, or the time frame is over and the final value meets it;
 *   missed: the time frame is over and the final value does not;
 * - undetermined: the range of a rounded count straddles two answers, so none is claimed;
 * - not started: the time frame has not begun; no data: no snapshot inside the time frame yet.
 * Snapshots outside the time frame are ignored.
 */
import { KPIS, type KpiId } from './kpi-catalog';

export const DEFAULT_PACE_TOLERANCE = 0.1;

export interface Observation {
  at: number;
  min: number;
  max: number;
}

export interface TimeFrame {
  start: number;
  end: number;
}

export type PaceStatus = 'not-started' | 'no-data' | 'ahead' | 'on-pace' | 'behind' | 'undetermined' | 'met' | 'missed';

export interface PaceInput {
  kpi: KpiId;
  target: number;
  timeFrame: TimeFrame;
  observations: readonly Observation[];
  now: number;
  /** The KPI's value when the time frame began (accruing KPIs); 0 when absent. */
  baseline?: number;
  tolerance?: number;
}

export interface Pace {
  status: PaceStatus;
  /** Milliseconds until the time frame ends (0 once it has). */
  timeLeftMs: number;
  /** Share of the time frame gone by at `now`, 0–1. */
  elapsedShare: number;
  /** Where the target line stands at `now`: the target pro rata for an accruing KPI, the target for a level. */
  expectedNow: number;
  latest: Observation | null;
  projected: { min: number; max: number } | null;
  rule: string;
}

const ACCRUING_RULE = 'average rate since the time frame began, continued to its end';
const LEVEL_RULE = 'latest value, held to the end';

export function paceOf(input: PaceInput): Pace {
  const { kpi, target, timeFrame, now } = input;
  const definition = KPIS[kpi];
  const baseline = input.baseline ?? 0;
  const tolerance = input.tolerance ?? DEFAULT_PACE_TOLERANCE;
  const length = timeFrame.end - timeFrame.start;
  const elapsedShare = clamp((now - timeFrame.start) / length, 0, 1);
  const expectedNow = definition.accrues ? baseline + (target - baseline) * elapsedShare : target;
  const base = { timeLeftMs: Math.max(0, timeFrame.end - now), elapsedShare, expectedNow, rule: definition.accrues ? ACCRUING_RULE : LEVEL_RULE };
  if (now < timeFrame.start) return { ...base, status: 'not-started', latest: null, projected: null };
  const inFrame = input.observations
    .filter((observation) => observation.at >= timeFrame.start && observation.at <= Math.min(timeFrame.end, now))
    .sort((a, b) => a.at - b.at);
  const latest = inFrame.at(-1) ?? null;
  if (!latest) return { ...base, status: 'no-data', latest: null, projected: null };
  const higherIsBetter = definition.better === 'higher';
  const meets = (value: number) => (higherIsBetter ? value >= target : value <= target);

  if (now >= timeFrame.end) {
    const status = meets(latest.min) && meets(latest.max) ? 'met' : !meets(latest.min) && !meets(latest.max) ? 'missed' : 'undetermined';
    return { ...base, status, latest, projected: { min: latest.min, max: latest.max } };
  }
  if (definition.accrues && higherIsBetter && latest.min >= target) {
    return { ...base, status: 'met', latest, projected: { min: latest.min, max: latest.max } };
  }
  let projected: { min: number; max: number };
  if (definition.accrues) {
    const elapsedAtLatest = latest.at - timeFrame.start;
    // A snapshot taken the moment the frame began has no rate yet.
    if (elapsedAtLatest <= 0) return { ...base, status: 'undetermined', latest, projected: null };
    const scale = length / elapsedAtLatest;
    projected = { min: baseline + (latest.min - baseline) * scale, max: baseline + (latest.max - baseline) * scale };
  } else {
    projected = { min: latest.min, max: latest.max };
  }
  const classify = (value: number): 'ahead' | 'on-pace' | 'behind' => {
    const gain = higherIsBetter ? value - target : target - value;
    if (gain > target * tolerance) return 'ahead';
    if (gain < -target * tolerance) return 'behind';
    return 'on-pace';
  };
  const low = classify(projected.min);
  const high = classify(projected.max);
  return { ...base, status: low === high ? low : 'undetermined', latest, projected };
}

/** The target line of a chart: from the baseline at the start to the target at the end (flat for a level). */
export function targetLine(kpi: KpiId, target: number, timeFrame: TimeFrame, baseline = 0): { at: number; value: number }[] {
  const from = KPIS[kpi].accrues ? baseline : target;
  return [
    { at: timeFrame.start, value: from },
    { at: timeFrame.end, value: target },
  ];
}

/**
 * A campaign's series of an accruing KPI from its posts' series: at every moment any post was seen, the sum over
 * posts of each one's latest snapshot so far (a post not yet seen adds nothing). Ranges add up.
 */
export function combinedSeries(seriesByPost: readonly (readonly Observation[])[]): Observation[] {
  const sorted = seriesByPost.map((series) => [...series].sort((a, b) => a.at - b.at));
  const moments = [...new Set(sorted.flatMap((series) => series.map((observation) => observation.at)))].sort((a, b) => a - b);
  return moments.map((at) => {
    let min = 0;
    let max = 0;
    for (const series of sorted) {
      const latest = series.filter((observation) => observation.at <= at).at(-1);
      if (latest) {
        min += latest.min;
        max += latest.max;
      }
    }
    return { at, min, max };
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
