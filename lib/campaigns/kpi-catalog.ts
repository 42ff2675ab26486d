/**
 * The KPI framework of product.md: five KPI families, three campaign objectives, and which families an objective
 * draws its KPIs from (visibility → awareness; engagement → engagement; performance, "drive actions" → traffic,
 * conversion and loyalty). Each KPI says what it measures in, which way is better, whether it accrues over a time
 * frame (views add up; a rate does not) and where its numbers come from: the pages the user visits, the brand's
 * imported files, or the user's own entry.
 */

export const KPI_FAMILIES = ['awareness', 'engagement', 'traffic', 'conversion', 'loyalty'] as const;
export type KpiFamily = (typeof KPI_FAMILIES)[number];

export const OBJECTIVES = ['visibility', 'engagement', 'performance'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const OBJECTIVE_FAMILIES: Record<Objective, readonly KpiFamily[]> = {
  visibility: ['awareness'],
  engagement: ['engagement'],
  performance: ['traffic', 'conversion', 'loyalty'],
};

export interface KpiDefinition {
  family: KpiFamily;
  label: string;
  unit: 'count' | 'ratio' | 'money' | 'seconds' | 'score';
  better: 'higher' | 'lower';
  /** True when the KPI adds up over its time frame (views, orders); false for a level (a rate, an average). */
  accrues: boolean;
  source: 'page' | 'import' | 'manual';
}

export const KPIS = {
  reach: { family: 'awareness', label: 'Reach', unit: 'count', better: 'higher', accrues: true, source: 'manual' },
  impressions: { family: 'awareness', label: 'Impressions', unit: 'count', better: 'higher', accrues: true, source: 'manual' },
  'video-views': { family: 'awareness', label: 'Video views', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  'view-through-rate': { family: 'awareness', label: 'View-through rate', unit: 'ratio', better: 'higher', accrues: false, source: 'manual' },
  'share-of-voice': { family: 'awareness', label: 'Share of voice', unit: 'ratio', better: 'higher', accrues: false, source: 'manual' },
  'engagement-rate': { family: 'engagement', label: 'Engagement rate', unit: 'ratio', better: 'higher', accrues: false, source: 'page' },
  likes: { family: 'engagement', label: 'Likes', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  comments: { family: 'engagement', label: 'Comments', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  shares: { family: 'engagement', label: 'Shares and reposts', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  saves: { family: 'engagement', label: 'Saves', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  'comment-quality': { family: 'engagement', label: 'Substantive comments share', unit: 'ratio', better: 'higher', accrues: false, source: 'page' },
  'follower-growth': { family: 'engagement', label: 'Followers gained', unit: 'count', better: 'higher', accrues: true, source: 'page' },
  'link-clicks': { family: 'traffic', label: 'Link clicks', unit: 'count', better: 'higher', accrues: true, source: 'manual' },
  'utm-sessions': { family: 'traffic', label: 'UTM-tracked sessions', unit: 'count', better: 'higher', accrues: true, source: 'import' },
  'bounce-rate': { family: 'traffic', label: 'Bounce rate', unit: 'ratio', better: 'lower', accrues: false, source: 'manual' },
  'time-on-site': { family: 'traffic', label: 'Time on site', unit: 'seconds', better: 'higher', accrues: false, source: 'manual' },
  orders: { family: 'conversion', label: 'Orders', unit: 'count', better: 'higher', accrues: true, source: 'import' },
  revenue: { family: 'conversion', label: 'Revenue', unit: 'money', better: 'higher', accrues: true, source: 'import' },
  'cost-per-acquisition': { family: 'conversion', label: 'Cost per acquisition', unit: 'money', better: 'lower', accrues: false, source: 'import' },
  'conversion-rate': { family: 'conversion', label: 'Conversion rate', unit: 'ratio', better: 'higher', accrues: false, source: 'import' },
  'average-order-value': { family: 'conversion', label: 'Average order value', unit: 'money', better: 'higher', accrues: false, source: 'import' },
  'return-on-spend': { family: 'conversion', label: 'Return on spend', unit: 'ratio', better: 'higher', accrues: false, source: 'import' },
  'repeat-purchase-rate': { family: 'loyalty', label: 'Repeat purchase rate', unit: 'ratio', better: 'higher', accrues: false, source: 'manual' },
  'customer-lifetime-value': { family: 'loyalty', label: 'Customer lifetime value', unit: 'money', better: 'higher', accrues: false, source: 'manual' },
  'branded-search': { family: 'loyalty', label: 'Branded searches', unit: 'count', better: 'higher', accrues: true, source: 'manual' },
  nps: { family: 'loyalty', label: 'Net promoter score', unit: 'score', better: 'higher', accrues: false, source: 'manual' },
} as const satisfies Record<string, KpiDefinition>;

export type KpiId = keyof typeof KPIS;
export const KPI_IDS = Object.keys(KPIS) as [KpiId, ...KpiId[]];

export function kpiDefinition(kpi: KpiId): KpiDefinition {
  return KPIS[kpi];
}

/** The KPIs a campaign with this objective may use, in catalog order. */
export function kpisForObjective(objective: Objective): KpiId[] {
  const families = OBJECTIVE_FAMILIES[objective];
  return KPI_IDS.filter((kpi) => families.includes(KPIS[kpi].family));
}
