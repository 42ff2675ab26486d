/**
 * A campaign, goal first (product.md): one objective; a primary KPI and three to six supporting KPIs from that
 * objective's families, each with a target and a time frame inside the campaign's dates; a budget; the creators
 * with their agreed cost (and their promo code and utm_content once the link builder gave them); the tracked posts.
 * The zod schema is the boundary check (panel → background → database); validateCampaign gives every broken rule
 * as a sentence the panel can show.
 */
import { z } from 'zod';
import { creatorKeyOf } from '../reading/keys';
import { CREATOR_KINDS, PLATFORMS } from '../reading/reading';
import { KPI_IDS, KPIS, OBJECTIVE_FAMILIES, OBJECTIVES, type KpiId } from './kpi-catalog';

export const MIN_SUPPORTING_KPIS = 3;
export const MAX_SUPPORTING_KPIS = 6;

const timestamp = z.number().int().nonnegative();

export const timeFrameSchema = z
  .object({ start: timestamp, end: timestamp })
  .refine((frame) => frame.end > frame.start, { message: 'a time frame must end after it starts' });

export const moneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code (EUR, USD, …)'),
});

export const kpiTargetSchema = z.object({
  kpi: z.enum(KPI_IDS),
  target: z.number().finite().nonnegative(),
  timeFrame: timeFrameSchema,
});

export const campaignCreatorSchema = z.object({
  creatorKey: z.string().min(1),
  platform: z.enum(PLATFORMS),
  /** A LinkedIn company page is keyed apart from a person with the same slug (lib/reading/keys.ts); person when absent. */
  kind: z.enum(CREATOR_KINDS).optional(),
  handle: z.string().trim().min(1),
  agreedCost: moneySchema,
  promoCode: z.string().trim().min(1).nullable(),
  utmContent: z.string().regex(/^[a-z0-9_-]+$/, 'utm_content is lower case a–z, 0–9, - and _ only').nullable(),
});

export const trackedPostSchema = z.object({
  postKey: z.string().min(1),
  creatorKey: z.string().min(1),
  url: z.url(),
  addedAt: timestamp,
});

export const campaignSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1).max(200),
    objective: z.enum(OBJECTIVES),
    primaryKpi: kpiTargetSchema,
    supportingKpis: z.array(kpiTargetSchema),
    startsAt: timestamp,
    endsAt: timestamp,
    budget: moneySchema,
    creators: z.array(campaignCreatorSchema),
    trackedPosts: z.array(trackedPostSchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine((campaign, context) => {
    for (const message of campaignRuleBreaches(campaign)) context.addIssue({ code: 'custom', message });
  });

export type Campaign = z.infer<typeof campaignSchema>;
export type KpiTarget = z.infer<typeof kpiTargetSchema>;
export type CampaignCreator = z.infer<typeof campaignCreatorSchema>;
export type TrackedPost = z.infer<typeof trackedPostSchema>;

export type CampaignValidation = { ok: true; campaign: Campaign } | { ok: false; problems: string[] };

export function validateCampaign(input: unknown): CampaignValidation {
  const parsed = campaignSchema.safeParse(input);
  if (parsed.success) return { ok: true, campaign: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)),
  };
}

/** The campaign-wide rules a field-by-field schema cannot say, each broken one as a sentence. */
function campaignRuleBreaches(campaign: Campaign): string[] {
  const breaches: string[] = [];
  if (campaign.endsAt <= campaign.startsAt) breaches.push('the campaign must end after it starts');
  const count = campaign.supportingKpis.length;
  if (count < MIN_SUPPORTING_KPIS || count > MAX_SUPPORTING_KPIS) {
    breaches.push(`a campaign has ${MIN_SUPPORTING_KPIS} to ${MAX_SUPPORTING_KPIS} supporting KPIs besides its primary one; this one has ${count}`);
  }
  const families = OBJECTIVE_FAMILIES[campaign.objective];
  const seen = new Set<KpiId>();
  for (const target of [campaign.primaryKpi, ...campaign.supportingKpis]) {
    const definition = KPIS[target.kpi];
    if (!families.includes(definition.family)) {
      breaches.push(`${definition.label} is a ${definition.family} KPI; a ${campaign.objective} campaign takes its KPIs from ${families.join(', ')}`);
    }
    if (seen.has(target.kpi)) breaches.push(`${definition.label} is set twice`);
    seen.add(target.kpi);
    if (target.timeFrame.start < campaign.startsAt || target.timeFrame.end > campaign.endsAt) {
      breaches.push(`${definition.label}'s time frame must lie within the campaign's dates`);
    }
  }
  const creatorKeys = new Set<string>();
  const codes = new Map<string, string>();
  const contents = new Map<string, string>();
  for (const creator of campaign.creators) {
    if (creatorKeyOf(creator.platform, { handle: creator.handle, kind: creator.kind ?? 'person' }) !== creator.creatorKey) {
      const what = creator.kind === 'company' ? `${creator.platform} company ${creator.handle}` : `${creator.platform} ${creator.handle}`;
      breaches.push(`creator ${creator.handle}: its key ${creator.creatorKey} is not the key of ${what}`);
    }
    if (creatorKeys.has(creator.creatorKey)) breaches.push(`creator ${creator.creatorKey} is in the campaign twice`);
    creatorKeys.add(creator.creatorKey);
    if (creator.agreedCost.currency !== campaign.budget.currency) {
      breaches.push(`creator ${creator.handle}: agreed cost in ${creator.agreedCost.currency}, budget in ${campaign.budget.currency}`);
    }
    const code = creator.promoCode?.trim().toUpperCase();
    if (code) {
      if (codes.has(code)) breaches.push(`promo code ${creator.promoCode} is given to both ${codes.get(code)} and ${creator.handle}`);
      codes.set(code, creator.handle);
    }
    if (creator.utmContent) {
      if (contents.has(creator.utmContent)) breaches.push(`utm_content ${creator.utmContent} is given to both ${contents.get(creator.utmContent)} and ${creator.handle}`);
      contents.set(creator.utmContent, creator.handle);
    }
  }
  const postKeys = new Set<string>();
  for (const post of campaign.trackedPosts) {
    if (postKeys.has(post.postKey)) breaches.push(`post ${post.postKey} is tracked twice`);
    postKeys.add(post.postKey);
    if (!creatorKeys.has(post.creatorKey)) breaches.push(`post ${post.postKey} is by ${post.creatorKey}, who is not in the campaign`);
    else if (post.postKey.split(':')[0] !== post.creatorKey.split(':')[0]) breaches.push(`post ${post.postKey} is not on its creator's platform`);
  }
  return breaches;
}

/** Things worth a warning that do not make the campaign wrong: agreed costs over the budget. */
export function campaignWarnings(campaign: Campaign): string[] {
  const agreed = campaign.creators.reduce((sum, creator) => sum + creator.agreedCost.amount, 0);
  return agreed > campaign.budget.amount
    ? [`the agreed costs (${agreed} ${campaign.budget.currency}) exceed the budget (${campaign.budget.amount} ${campaign.budget.currency})`]
    : [];
}
