/**
 * The campaign messages that make, change and remove campaigns and their creators. Every change is checked whole by
 * the campaign model before anything is written (campaign-records.ts); a request that cannot be done (an unknown
 * campaign, a creator Castlist has never read) is a CampaignError with a sentence the panel shows.
 *
 * A creator joins with a promo code and a utm_content (lib/campaigns/creator-tags.ts: unique in the campaign,
 * derived from the handle) that stay theirs from then on: they are handed out, so adding another creator or renaming
 * the campaign never changes them. The user may set either on purpose (campaign.update-creator).
 */
import { DEFAULT_UTM_MEDIUM } from '../campaigns/campaign-links';
import { assignPromoCodes, assignUtmContents, CreatorTagsError, type TaggableCreator } from '../campaigns/creator-tags';
import { slugify } from '../campaigns/slug';
import { BaseUrlError, checkBaseUrl } from '../campaigns/tagged-link';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CampaignCreatorRow, CampaignRow } from '../db/rows';
import type { CampaignMessageOf } from '../messages/campaign-messages';
import { CampaignError, campaignTables, checkCampaignRecords, readCampaignRecords } from './campaign-records';

type PickedCreator = Pick<CampaignMessageOf<'campaign.add-creator'>, 'creatorKey' | 'agreedCost' | 'shortlistEntryId'>;

export async function createCampaign(db: CastlistDatabase, message: CampaignMessageOf<'campaign.create'>, now: number): Promise<{ id: string }> {
  const campaign: CampaignRow = {
    id: crypto.randomUUID(),
    name: message.name,
    objective: message.objective,
    primaryKpi: message.primaryKpi,
    supportingKpis: message.supportingKpis,
    startsAt: message.startsAt,
    endsAt: message.endsAt,
    budget: message.budget,
    links: {
      base: linkBase(message.links?.base ?? null),
      utmCampaign: slugOrRefuse(message.links?.utmCampaign || message.name, 'utm_campaign'),
      utmMedium: slugOrRefuse(message.links?.utmMedium || DEFAULT_UTM_MEDIUM, 'utm_medium'),
    },
    createdAt: now,
    updatedAt: now,
  };
  return db.transaction('rw', [...campaignTables(db), db.creators], async () => {
    const creators = await joiningCreators(db, campaign, [], message.creators, now);
    checkCampaignRecords({ campaign, creators, trackedPosts: [] });
    await db.campaigns.add(campaign);
    await db.campaignCreators.bulkAdd(creators);
    return { id: campaign.id };
  });
}

export async function updateCampaign(db: CastlistDatabase, message: CampaignMessageOf<'campaign.update'>, now: number): Promise<{ id: string }> {
  const { type: _type, campaignId, links, ...fields } = message;
  if (Object.keys(fields).length === 0 && links === undefined) throw new CampaignError('nothing to update: give the fields to change');
  return db.transaction('rw', campaignTables(db), async () => {
    const records = await readCampaignRecords(db, campaignId);
    const stored = records.campaign;
    const campaign: CampaignRow = {
      ...stored,
      ...definedOnly(fields),
      links: links
        ? {
            base: linkBase(links.base),
            utmCampaign: links.utmCampaign === undefined ? stored.links.utmCampaign : slugOrRefuse(links.utmCampaign, 'utm_campaign'),
            utmMedium: links.utmMedium === undefined ? stored.links.utmMedium : slugOrRefuse(links.utmMedium, 'utm_medium'),
          }
        : stored.links,
      updatedAt: now,
    };
    checkCampaignRecords({ ...records, campaign });
    await db.campaigns.put(campaign);
    return { id: campaignId };
  });
}

/** The campaign with everything that is only its own: creators, tracked posts, imported results, entered values. */
export async function deleteCampaign(db: CastlistDatabase, message: CampaignMessageOf<'campaign.delete'>): Promise<{ id: string }> {
  const { campaignId } = message;
  return db.transaction('rw', [...campaignTables(db), db.campaignResults, db.campaignKpiEntries], async () => {
    await readCampaignRecords(db, campaignId);
    await Promise.all([
      db.campaignCreators.where('campaignId').equals(campaignId).delete(),
      db.trackedPosts.where('campaignId').equals(campaignId).delete(),
      db.campaignResults.where('campaignId').equals(campaignId).delete(),
      db.campaignKpiEntries.where('campaignId').equals(campaignId).delete(),
    ]);
    await db.campaigns.delete(campaignId);
    return { id: campaignId };
  });
}

export async function addCampaignCreator(db: CastlistDatabase, message: CampaignMessageOf<'campaign.add-creator'>, now: number): Promise<{ id: string }> {
  return db.transaction('rw', [...campaignTables(db), db.creators], async () => {
    const records = await readCampaignRecords(db, message.campaignId);
    if (records.creators.some((creator) => creator.creatorKey === message.creatorKey)) {
      throw new CampaignError(`${message.creatorKey} is already in the campaign "${records.campaign.name}"`);
    }
    const [joining] = await joiningCreators(db, records.campaign, records.creators, [message], now);
    const campaign = { ...records.campaign, updatedAt: now };
    checkCampaignRecords({ ...records, campaign, creators: [...records.creators, joining!] });
    await db.campaignCreators.add(joining!);
    await db.campaigns.put(campaign);
    return { id: joining!.id };
  });
}

export async function updateCampaignCreator(
  db: CastlistDatabase,
  message: CampaignMessageOf<'campaign.update-creator'>,
  now: number,
): Promise<{ id: string }> {
  const { agreedCost, promoCode, utmContent } = message;
  if (agreedCost === undefined && promoCode === undefined && utmContent === undefined) {
    throw new CampaignError('nothing to update: give an agreed cost, a promo code or a utm_content');
  }
  return db.transaction('rw', campaignTables(db), async () => {
    const records = await readCampaignRecords(db, message.campaignId);
    const stored = requireCampaignCreator(records.creators, message.creatorKey, records.campaign);
    const changed: CampaignCreatorRow = {
      ...stored,
      ...(agreedCost ? { agreedCost } : {}),
      ...(promoCode !== undefined ? { promoCode } : {}),
      ...(utmContent !== undefined ? { utmContent: slugOrRefuse(utmContent, 'utm_content') } : {}),
      updatedAt: now,
    };
    const campaign = { ...records.campaign, updatedAt: now };
    checkCampaignRecords({ ...records, campaign, creators: records.creators.map((creator) => (creator.id === stored.id ? changed : creator)) });
    await db.campaignCreators.put(changed);
    await db.campaigns.put(campaign);
    return { id: changed.id };
  });
}

/** The creator leaves with the posts of theirs the campaign tracked (their snapshots stay in the database). */
export async function removeCampaignCreator(
  db: CastlistDatabase,
  message: CampaignMessageOf<'campaign.remove-creator'>,
  now: number,
): Promise<{ id: string }> {
  return db.transaction('rw', campaignTables(db), async () => {
    const records = await readCampaignRecords(db, message.campaignId);
    const leaving = requireCampaignCreator(records.creators, message.creatorKey, records.campaign);
    await db.trackedPosts.bulkDelete(records.trackedPosts.filter((post) => post.creatorKey === leaving.creatorKey).map((post) => post.id));
    await db.campaignCreators.delete(leaving.id);
    await db.campaigns.put({ ...records.campaign, updatedAt: now });
    return { id: leaving.id };
  });
}

function requireCampaignCreator(creators: readonly CampaignCreatorRow[], creatorKey: string, campaign: CampaignRow): CampaignCreatorRow {
  const creator = creators.find((candidate) => candidate.creatorKey === creatorKey);
  if (!creator) throw new CampaignError(`${creatorKey} is not in the campaign "${campaign.name}"`);
  return creator;
}

/**
 * Rows for creators joining a campaign: each must be a creator Castlist has read, with a handle (codes and
 * utm_content are made from it). Their codes and utm_content are given beside the ones already in the campaign.
 */
async function joiningCreators(
  db: CastlistDatabase,
  campaign: CampaignRow,
  existing: readonly CampaignCreatorRow[],
  picked: readonly PickedCreator[],
  now: number,
): Promise<CampaignCreatorRow[]> {
  const rows = await db.creators.bulkGet(picked.map((creator) => creator.creatorKey));
  const joining = picked.map((pick, index) => {
    const row = rows[index];
    if (!row) throw new CampaignError(`Castlist has not read the creator ${pick.creatorKey}: open their profile or a post of theirs first`);
    if (!row.handle) throw new CampaignError(`the creator ${pick.creatorKey} has no handle Castlist has read (promo codes and utm_content are made from it): open their profile first`);
    return { pick, row };
  });
  const taggable: TaggableCreator[] = [
    ...existing.map((creator) => ({ handle: creator.handle, platform: creator.platform, promoCode: creator.promoCode, utmContent: creator.utmContent })),
    ...joining.map(({ row }) => ({ handle: row.handle!, platform: row.platform, promoCode: null, utmContent: null })),
  ];
  let codes: string[];
  try {
    codes = assignPromoCodes(campaign.links.utmCampaign, taggable);
  } catch (error) {
    if (error instanceof CreatorTagsError) throw new CampaignError(error.message);
    throw error;
  }
  const contents = assignUtmContents(taggable);
  return joining.map(({ pick, row }, index): CampaignCreatorRow => ({
    id: crypto.randomUUID(),
    campaignId: campaign.id,
    creatorKey: row.key,
    platform: row.platform,
    kind: row.kind,
    handle: row.handle!,
    agreedCost: pick.agreedCost,
    promoCode: codes[existing.length + index]!,
    utmContent: contents[existing.length + index]!,
    shortlistEntryId: pick.shortlistEntryId ?? null,
    addedAt: now,
    updatedAt: now,
  }));
}

function slugOrRefuse(value: string, what: string): string {
  const slug = slugify(value);
  if (!slug) throw new CampaignError(`${what} "${value}" has no letter or digit a URL can carry`);
  return slug;
}

/** The link builder's landing page: an absolute http(s) URL, or null (none yet). */
function linkBase(base: string | null): string | null {
  if (base === null || base.trim() === '') return null;
  try {
    return checkBaseUrl(base);
  } catch (error) {
    if (error instanceof BaseUrlError) throw new CampaignError(error.message);
    throw error;
  }
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
