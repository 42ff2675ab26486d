/**
 * The campaign messages, every one of them sent by the side panel (the "track this post" action of a page is made in
 * the panel's "This page" view, never by a content script). Their shape is checked here; the campaign's own rules
 * (3–6 supporting KPIs of the objective's family, time frames inside the dates, one code per creator…) are checked
 * by the background on the campaign as it would be after the change (lib/campaigns/campaign.ts), so a change that
 * would break one is refused with the model's sentence and nothing is stored.
 */
import * as z from 'zod/mini';
import { KPI_IDS, OBJECTIVES } from '../campaigns/kpi-catalog';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const timestamp = z.number().check(z.int(), z.nonnegative(), z.maximum(8.64e15));
const finiteNumber = z.number().check(z.refine(Number.isFinite, { message: 'not a finite number' }));

export const messageMoney = z.object({
  amount: finiteNumber.check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code (EUR, USD, …)')),
});

export const messageKpiTarget = z.object({
  kpi: z.enum(KPI_IDS),
  target: finiteNumber.check(z.nonnegative()),
  timeFrame: z.object({ start: timestamp, end: timestamp }),
});

/** The link builder's campaign-wide values; utm_campaign and utm_medium are slugged by the background. */
const linkSettings = z.object({
  base: z.nullable(z.string().check(z.trim(), z.maxLength(2_000))),
  utmCampaign: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  utmMedium: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});

const campaignFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  objective: z.enum(OBJECTIVES),
  primaryKpi: messageKpiTarget,
  supportingKpis: z.array(messageKpiTarget).check(z.maxLength(20)),
  startsAt: timestamp,
  endsAt: timestamp,
  budget: messageMoney,
};

/** A creator picked for a campaign: by key (they must have been read), with the cost agreed with them. */
const pickedCreator = z.object({
  creatorKey: id,
  agreedCost: messageMoney,
  shortlistEntryId: z.optional(z.nullable(id)),
});

export const createCampaignMessage = z.object({
  type: z.literal('campaign.create'),
  ...campaignFields,
  links: z.optional(linkSettings),
  creators: z.array(pickedCreator).check(z.maxLength(500)),
});

/** Changes only what it carries. */
export const updateCampaignMessage = z.object({
  type: z.literal('campaign.update'),
  campaignId: id,
  name: z.optional(campaignFields.name),
  objective: z.optional(campaignFields.objective),
  primaryKpi: z.optional(campaignFields.primaryKpi),
  supportingKpis: z.optional(campaignFields.supportingKpis),
  startsAt: z.optional(campaignFields.startsAt),
  endsAt: z.optional(campaignFields.endsAt),
  budget: z.optional(campaignFields.budget),
  links: z.optional(linkSettings),
});

export const deleteCampaignMessage = z.object({ type: z.literal('campaign.delete'), campaignId: id });

export const addCampaignCreatorMessage = z.object({ type: z.literal('campaign.add-creator'), campaignId: id, ...pickedCreator.shape });

/** A promo code or utm_content set here replaces the one given when the creator joined. */
export const updateCampaignCreatorMessage = z.object({
  type: z.literal('campaign.update-creator'),
  campaignId: id,
  creatorKey: id,
  agreedCost: z.optional(messageMoney),
  promoCode: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
  utmContent: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
});

/** Removes the creator and the posts of theirs the campaign tracks (a tracked post must be by a campaign creator). */
export const removeCampaignCreatorMessage = z.object({ type: z.literal('campaign.remove-creator'), campaignId: id, creatorKey: id });

/** A post Castlist has read (it is in the database), by a creator of the campaign. */
export const trackPostMessage = z.object({ type: z.literal('campaign.track-post'), campaignId: id, postKey: id });

export const untrackPostMessage = z.object({ type: z.literal('campaign.untrack-post'), campaignId: id, postKey: id });

/** The most bytes of one imported file (as base64, a third more characters). */
export const MAX_RESULTS_FILE_BYTES = 20_000_000;

const importedFile = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** The file's bytes in base64 (lib/messages/base64.ts): the importer decodes UTF-8, UTF-16 and Windows-1252 itself. */
  base64: z.string().check(
    z.maxLength(Math.ceil(MAX_RESULTS_FILE_BYTES / 3) * 4),
    z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  ),
});

/**
 * The brand's orders file (Shopify, WooCommerce, plain) and, if any, a sessions file (GA4 by ad content, plain):
 * read and joined to the campaign's creators by the background, stored as one import. A file that cannot be read is
 * refused with why, and nothing is stored.
 */
export const importResultsMessage = z.object({
  type: z.literal('campaign.import-results'),
  campaignId: id,
  orders: importedFile,
  sessions: z.optional(z.nullable(importedFile)),
});

export const deleteResultsMessage = z.object({ type: z.literal('campaign.delete-results'), campaignId: id, resultsId: id });

/** A KPI value no page shows Castlist (reach from the creator's insights, link clicks), as of a time. */
export const recordKpiValueMessage = z.object({
  type: z.literal('campaign.record-kpi'),
  campaignId: id,
  kpi: z.enum(KPI_IDS),
  at: timestamp,
  value: finiteNumber.check(z.nonnegative()),
  note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});

export const deleteKpiValueMessage = z.object({ type: z.literal('campaign.delete-kpi'), campaignId: id, entryId: id });

export const CAMPAIGN_MESSAGES = [
  createCampaignMessage,
  updateCampaignMessage,
  deleteCampaignMessage,
  addCampaignCreatorMessage,
  updateCampaignCreatorMessage,
  removeCampaignCreatorMessage,
  trackPostMessage,
  untrackPostMessage,
  importResultsMessage,
  deleteResultsMessage,
  recordKpiValueMessage,
  deleteKpiValueMessage,
] as const;

export type CampaignMessage = z.infer<(typeof CAMPAIGN_MESSAGES)[number]>;
export type CampaignMessageOf<Type extends CampaignMessage['type']> = Extract<CampaignMessage, { type: Type }>;
