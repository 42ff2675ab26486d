import { describe, expect, it } from 'vitest';
import type { Count } from '../../lib/count';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../lib/panel/format';
import { followersPerDay, latestRate, nearestCount, rateBetween, rateSeries, viewsPerHour, type CountPoint } from '../../lib/panel/growth';

const exact = (value: number): Count => ({ value, min: value, max: value, exact: true, text: String(value) });
const rounded = (value: number, min: number, max: number, text: string): Count => ({ value, min, max, exact: false, text });
const T0 = Date.UTC(2026, 10, 30, 12, 0);
const point = (at: number, counts: Partial<Record<string, Count>>): CountPoint => ({ readAt: at, counts });

describe('rateBetween', () => {
  it.each([
    {
      name: 'exact counts two hours apart',
      a: point(T0, { views: exact(1_000) }),
      b: point(T0 + 2 * HOUR_MS, { views: exact(3_000) }),
      expected: { value: 1_000, min: 1_000, max: 1_000, exact: true },
    },
    {
      name: 'rounded counts give a range (later.min − earlier.max … later.max − earlier.min)',
      a: point(T0, { views: rounded(1_200, 1_150, 1_249, '1.2K') }),
      b: point(T0 + HOUR_MS, { views: rounded(2_500, 2_450, 2_549, '2.5K') }),
      expected: { value: 1_300, min: 1_201, max: 1_399, exact: false },
    },
    {
      name: 'a decrease is negative',
      a: point(T0, { views: exact(500) }),
      b: point(T0 + 30 * MINUTE_MS, { views: exact(400) }),
      expected: { value: -200, min: -200, max: -200, exact: true },
    },
  ])('$name', ({ a, b, expected }) => {
    expect(rateBetween(a, b, 'views', HOUR_MS)).toMatchObject(expected);
  });

  it.each([
    ['the earlier point lacks the metric', point(T0, {}), point(T0 + HOUR_MS, { views: exact(1) })],
    ['the later point lacks the metric', point(T0, { views: exact(1) }), point(T0 + HOUR_MS, {})],
    ['no time between them', point(T0, { views: exact(1) }), point(T0, { views: exact(2) })],
    ['the "later" point is earlier', point(T0 + HOUR_MS, { views: exact(1) }), point(T0, { views: exact(2) })],
  ])('null when %s', (_name, a, b) => {
    expect(rateBetween(a, b, 'views', HOUR_MS)).toBeNull();
  });

  it('keeps the plain change and the interval', () => {
    const rate = rateBetween(point(T0, { views: exact(100) }), point(T0 + 90 * MINUTE_MS, { views: exact(400) }), 'views', HOUR_MS);
    expect(rate).toMatchObject({ value: 200, from: T0, to: T0 + 90 * MINUTE_MS, intervalMs: 90 * MINUTE_MS, change: { value: 300, exact: true } });
  });
});

describe('latestRate / viewsPerHour / followersPerDay', () => {
  const cases: Array<{ name: string; points: CountPoint[]; expected: { value: number; from: number; to: number } | null }> = [
    { name: 'no points', points: [], expected: null },
    { name: 'one point', points: [point(T0, { views: exact(10) })], expected: null },
    {
      name: 'the last two points, given in any order',
      points: [point(T0 + 2 * HOUR_MS, { views: exact(700) }), point(T0, { views: exact(100) }), point(T0 + HOUR_MS, { views: exact(400) })],
      expected: { value: 300, from: T0 + HOUR_MS, to: T0 + 2 * HOUR_MS },
    },
    {
      name: 'points without views are skipped',
      points: [point(T0, { views: exact(100) }), point(T0 + HOUR_MS, { likes: exact(5) }), point(T0 + 4 * HOUR_MS, { views: exact(500) })],
      expected: { value: 100, from: T0, to: T0 + 4 * HOUR_MS },
    },
    {
      name: 'a point seconds before the last is too close: the one before it is used',
      points: [point(T0, { views: exact(100) }), point(T0 + HOUR_MS - 10_000, { views: exact(190) }), point(T0 + HOUR_MS, { views: exact(200) })],
      expected: { value: 100, from: T0, to: T0 + HOUR_MS },
    },
    {
      name: 'only points too close together',
      points: [point(T0, { views: exact(100) }), point(T0 + 5_000, { views: exact(101) })],
      expected: null,
    },
  ];

  it.each(cases)('$name', ({ points, expected }) => {
    const rate = viewsPerHour(points);
    if (expected === null) expect(rate).toBeNull();
    else expect(rate).toMatchObject(expected);
  });

  it('followers per day', () => {
    const points = [point(T0, { followers: exact(10_000) }), point(T0 + 3 * DAY_MS, { followers: exact(10_600) })];
    expect(followersPerDay(points)).toMatchObject({ value: 200, exact: true, unitMs: DAY_MS });
  });

  it('followers per day from rounded counts is a range', () => {
    const points = [point(T0, { followers: rounded(12_000, 11_950, 12_049, '12K') }), point(T0 + 2 * DAY_MS, { followers: rounded(13_000, 12_950, 13_049, '13K') })];
    expect(followersPerDay(points)).toMatchObject({ value: 500, min: 450.5, max: 549.5, exact: false });
  });

  it('the minimum interval can be changed', () => {
    const points = [point(T0, { views: exact(100) }), point(T0 + 30_000, { views: exact(130) })];
    expect(latestRate(points, 'views', HOUR_MS, { minIntervalMs: 0 })).toMatchObject({ value: 3_600 });
  });
});

describe('rateSeries', () => {
  it('gives each point its rate since the previous one, in the order given', () => {
    const points = [
      point(T0, { views: exact(100) }),
      point(T0 + HOUR_MS, { views: exact(300) }),
      point(T0 + 2 * HOUR_MS, { likes: exact(3) }),
      point(T0 + 3 * HOUR_MS, { views: exact(700) }),
    ];
    expect(rateSeries(points, 'views', HOUR_MS).map((rate) => rate?.value ?? null)).toEqual([null, 200, null, 200]);
  });

  it('is null for a point too close to the previous one', () => {
    const points = [point(T0, { views: exact(100) }), point(T0 + 1_000, { views: exact(101) }), point(T0 + 1_000 + 2 * HOUR_MS, { views: exact(301) })];
    expect(rateSeries(points, 'views', HOUR_MS).map((rate) => rate?.value ?? null)).toEqual([null, null, 100]);
  });
});

describe('nearestCount', () => {
  const points = [point(T0, { followers: exact(1) }), point(T0 + DAY_MS, { followers: exact(2) }), point(T0 + 2 * DAY_MS, { likes: exact(9) })];
  it.each([
    [T0 - DAY_MS, 1],
    [T0 + 10 * HOUR_MS, 1],
    [T0 + 14 * HOUR_MS, 2],
    [T0 + 12 * HOUR_MS, 1], // a tie goes to the earlier point
    [T0 + 5 * DAY_MS, 2],
  ])('at %i → %i', (at, expected) => {
    expect(nearestCount(points, 'followers', at)?.count.value).toBe(expected);
  });

  it('null without the metric', () => {
    expect(nearestCount(points, 'views', T0)).toBeNull();
  });
});
