import { describe, expect, it } from 'vitest';
import { combinedSeries, paceOf, targetLine, type Observation } from '../../../lib/campaigns/pacing';
import { overduePosts, reminderBadgeText } from '../../../lib/campaigns/tracking-reminder';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1);
const frame = { start: START, end: START + 10 * DAY };
const seen = (day: number, min: number, max = min): Observation => ({ at: START + day * DAY, min, max });

describe('paceOf', () => {
  it.each([
    // 40,000 views after 4 of 10 days → 100,000 projected against 100,000: on pace
    { name: 'views on pace', kpi: 'video-views', target: 100_000, observations: [seen(2, 15_000), seen(4, 40_000)], now: 5, status: 'on-pace', projected: { min: 100_000, max: 100_000 } },
    { name: 'views ahead', kpi: 'video-views', target: 100_000, observations: [seen(4, 60_000)], now: 5, status: 'ahead', projected: { min: 150_000, max: 150_000 } },
    { name: 'views behind', kpi: 'video-views', target: 100_000, observations: [seen(4, 20_000)], now: 5, status: 'behind', projected: { min: 50_000, max: 50_000 } },
    // "44K" = 43,500–44,499 after 4 days → 108,750–111,247.5: on pace at the low end, ahead at the high end
    { name: 'a rounded count straddling the band', kpi: 'video-views', target: 100_000, observations: [seen(4, 43_500, 44_499)], now: 5, status: 'undetermined', projected: { min: 108_750, max: 111_247.5 } },
    { name: 'a baseline (followers when the frame began)', kpi: 'follower-growth', target: 1_000, baseline: 0, observations: [seen(5, 450)], now: 5, status: 'on-pace', projected: { min: 900, max: 900 } },
    { name: 'target already reached', kpi: 'comments', target: 500, observations: [seen(3, 520)], now: 3, status: 'met', projected: { min: 520, max: 520 } },
    { name: 'a level is held flat', kpi: 'engagement-rate', target: 0.04, observations: [seen(1, 0.05), seen(3, 0.037)], now: 3, status: 'on-pace', projected: { min: 0.037, max: 0.037 } },
    { name: 'lower is better: CPA under target is ahead', kpi: 'cost-per-acquisition', target: 20, observations: [seen(3, 15)], now: 3, status: 'ahead', projected: { min: 15, max: 15 } },
    { name: 'lower is better: CPA over target is behind', kpi: 'cost-per-acquisition', target: 20, observations: [seen(3, 25)], now: 3, status: 'behind', projected: { min: 25, max: 25 } },
    { name: 'over: final value meets the target', kpi: 'video-views', target: 100_000, observations: [seen(10, 100_500)], now: 12, status: 'met', projected: { min: 100_500, max: 100_500 } },
    { name: 'over: final value short of it', kpi: 'video-views', target: 100_000, observations: [seen(9, 80_000), seen(11, 120_000)], now: 12, status: 'missed', projected: { min: 80_000, max: 80_000 } },
    { name: 'not started', kpi: 'video-views', target: 100_000, observations: [], now: -1, status: 'not-started', projected: null },
    { name: 'no snapshot in the frame', kpi: 'video-views', target: 100_000, observations: [seen(-2, 5_000)], now: 2, status: 'no-data', projected: null },
  ] as const)('$name', ({ kpi, target, observations, now, status, projected, ...rest }) => {
    const pace = paceOf({ kpi, target, timeFrame: frame, observations, now: START + now * DAY, baseline: 'baseline' in rest ? rest.baseline : undefined });
    expect(pace.status).toBe(status);
    expect(pace.projected).toEqual(projected);
  });

  it('gives the time left and where the target line stands now', () => {
    const pace = paceOf({ kpi: 'video-views', target: 100_000, timeFrame: frame, observations: [seen(4, 40_000)], now: START + 4 * DAY });
    expect(pace).toMatchObject({ timeLeftMs: 6 * DAY, elapsedShare: 0.4, expectedNow: 40_000, rule: 'average rate since the time frame began, continued to its end' });
    expect(paceOf({ kpi: 'video-views', target: 1, timeFrame: frame, observations: [], now: START + 20 * DAY }).timeLeftMs).toBe(0);
  });
});

describe('targetLine', () => {
  it('rises for an accruing KPI, stays flat for a level', () => {
    expect(targetLine('orders', 50, frame, 5)).toEqual([{ at: frame.start, value: 5 }, { at: frame.end, value: 50 }]);
    expect(targetLine('conversion-rate', 0.02, frame)).toEqual([{ at: frame.start, value: 0.02 }, { at: frame.end, value: 0.02 }]);
  });
});

describe('combinedSeries', () => {
  it('adds each post’s latest snapshot at every moment, ranges included', () => {
    expect(combinedSeries([[seen(1, 100), seen(3, 300)], [seen(2, 1_150, 1_249)]])).toEqual([seen(1, 100), seen(2, 1_250, 1_349), seen(3, 1_450, 1_549)]);
  });
});

describe('overduePosts', () => {
  const now = START + 10 * DAY;
  it('lists posts unseen for the set days, longest first; the badge counts them', () => {
    const overdue = overduePosts(
      [
        { postKey: 'x:1', addedAt: START, lastSeenAt: START + 9 * DAY },
        { postKey: 'x:2', addedAt: START, lastSeenAt: START + 6 * DAY },
        { postKey: 'x:3', addedAt: START + 2 * DAY, lastSeenAt: null },
      ],
      now,
      3,
    );
    expect(overdue).toEqual([
      { postKey: 'x:3', daysUnseen: 8 },
      { postKey: 'x:2', daysUnseen: 4 },
    ]);
    expect(reminderBadgeText(overdue)).toBe('2');
    expect(reminderBadgeText([])).toBe('');
  });
});
