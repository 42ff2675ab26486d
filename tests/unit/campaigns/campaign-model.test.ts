import { describe, expect, it } from 'vitest';
import { campaignWarnings, validateCampaign, type Campaign } from '../../../lib/campaigns/campaign';
import { KPIS, kpisForObjective } from '../../../lib/campaigns/kpi-catalog';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1);
const END = START + 28 * DAY;
const frame = { start: START, end: END };

function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    name: 'Spring drop',
    objective: 'visibility',
    primaryKpi: { kpi: 'video-views', target: 500_000, timeFrame: frame },
    supportingKpis: [
      { kpi: 'reach', target: 300_000, timeFrame: frame },
      { kpi: 'impressions', target: 800_000, timeFrame: frame },
      { kpi: 'view-through-rate', target: 0.3, timeFrame: { start: START, end: START + 14 * DAY } },
    ],
    startsAt: START,
    endsAt: END,
    budget: { amount: 5_000, currency: 'EUR' },
    creators: [
      { creatorKey: 'instagram:anna.k', platform: 'instagram', handle: '@anna.k', agreedCost: { amount: 1_500, currency: 'EUR' }, promoCode: 'ANNA15', utmContent: 'anna-k' },
      { creatorKey: 'tiktok:ben', platform: 'tiktok', handle: 'ben', agreedCost: { amount: 2_000, currency: 'EUR' }, promoCode: null, utmContent: null },
    ],
    trackedPosts: [{ postKey: 'instagram:C0ab12', creatorKey: 'instagram:anna.k', url: 'https://www.instagram.com/p/C0ab12/', addedAt: START + DAY }],
    createdAt: START - DAY,
    updatedAt: START - DAY,
    ...overrides,
  };
}

describe('kpisForObjective', () => {
  it.each([
    ['visibility', ['awareness']],
    ['engagement', ['engagement']],
    ['performance', ['traffic', 'conversion', 'loyalty']],
  ] as const)('%s draws on %j', (objective, families) => {
    const kpis = kpisForObjective(objective);
    expect(kpis.length).toBeGreaterThanOrEqual(4);
    expect(new Set(kpis.map((kpi) => KPIS[kpi].family))).toEqual(new Set(families));
  });
});

describe('validateCampaign', () => {
  it('accepts a campaign that keeps the rules', () => {
    expect(validateCampaign(campaign())).toEqual({ ok: true, campaign: campaign() });
  });

  it.each([
    {
      name: 'too few supporting KPIs',
      change: { supportingKpis: campaign().supportingKpis.slice(0, 2) },
      problem: 'a campaign has 3 to 6 supporting KPIs besides its primary one; this one has 2',
    },
    {
      name: 'a KPI from another family',
      change: { supportingKpis: [...campaign().supportingKpis, { kpi: 'orders' as const, target: 10, timeFrame: frame }] },
      problem: 'Orders is a conversion KPI; a visibility campaign takes its KPIs from awareness',
    },
    {
      name: 'the primary KPI again among the supporting ones',
      change: { supportingKpis: [...campaign().supportingKpis, { kpi: 'video-views' as const, target: 1, timeFrame: frame }] },
      problem: 'Video views is set twice',
    },
    {
      name: 'a time frame outside the campaign',
      change: { primaryKpi: { kpi: 'video-views' as const, target: 1, timeFrame: { start: START, end: END + DAY } } },
      problem: "Video views's time frame must lie within the campaign's dates",
    },
    {
      name: 'a creator key not made from the handle',
      change: { creators: [{ ...campaign().creators[0]!, creatorKey: 'instagram:Anna.K' }, campaign().creators[1]!] },
      problem: 'creator @anna.k: its key instagram:Anna.K is not the key of instagram @anna.k',
    },
    {
      name: 'one promo code for two creators',
      change: { creators: [campaign().creators[0]!, { ...campaign().creators[1]!, promoCode: 'anna15' }] },
      problem: 'promo code anna15 is given to both @anna.k and ben',
    },
    {
      name: 'an agreed cost in another currency than the budget',
      change: { creators: [campaign().creators[0]!, { ...campaign().creators[1]!, agreedCost: { amount: 1, currency: 'USD' } }] },
      problem: 'creator ben: agreed cost in USD, budget in EUR',
    },
    {
      name: "a tracked post of someone outside the campaign",
      change: { trackedPosts: [{ postKey: 'x:123', creatorKey: 'x:eve', url: 'https://x.com/eve/status/123', addedAt: START }] },
      problem: 'post x:123 is by x:eve, who is not in the campaign',
    },
  ])('refuses $name', ({ change, problem }) => {
    const result = validateCampaign(campaign(change));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContain(problem);
  });

  it.each([
    ['an unknown objective', { objective: 'fame' }],
    ['a negative target', { primaryKpi: { kpi: 'video-views', target: -1, timeFrame: frame } }],
    ['a time frame that ends before it starts', { primaryKpi: { kpi: 'video-views', target: 1, timeFrame: { start: END, end: START } } }],
    ['an empty name', { name: '  ' }],
  ])('refuses %s at the boundary', (_name, change) => {
    expect(validateCampaign({ ...campaign(), ...change }).ok).toBe(false);
  });
});

describe('campaignWarnings', () => {
  it('warns when the agreed costs exceed the budget', () => {
    expect(campaignWarnings(campaign())).toEqual([]);
    expect(campaignWarnings(campaign({ budget: { amount: 3_000, currency: 'EUR' } }))).toEqual(['the agreed costs (3500 EUR) exceed the budget (3000 EUR)']);
  });
});
