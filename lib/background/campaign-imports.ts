/**
 * What the brand's files and the user add to a campaign's numbers: imported results and entered KPI values.
 *
 * An import reads the orders file (and a sessions file, if given) with the same code as `npm run cli --
 * campaign-results` (lib/campaigns/results/import-results.ts), joins it to the campaign's creators as they are now,
 * checks the outcome against its schema and stores it as one row, with the creators it was matched against. A file
 * that cannot be read is a CampaignError naming the file and why, and nothing is stored. Each import is the
 * campaign's results as of that moment (orders carry no date the importer trusts), so the panel charts imports over
 * time and reports the latest.
 */
import { KPIS } from '../campaigns/kpi-catalog';
import { decodeText } from '../campaigns/results/decode-text';
import { importResults } from '../campaigns/results/import-results';
import { campaignResultsSchema } from '../campaigns/results/results-schema';
import type { CastlistDatabase } from '../db/castlist-db';
import type { CampaignKpiEntryRow, CampaignResultsRow, ImportedFileSummary } from '../db/rows';
import { bytesFromBase64 } from '../messages/base64';
import type { CampaignMessageOf } from '../messages/campaign-messages';
import { CampaignError, requireCampaign } from './campaign-records';

export async function importCampaignResults(
  db: CastlistDatabase,
  message: CampaignMessageOf<'campaign.import-results'>,
  now: number,
): Promise<{ id: string }> {
  const ordersBytes = fileBytes(message.orders);
  const sessionsBytes = message.sessions ? fileBytes(message.sessions) : null;
  return db.transaction('rw', [db.campaigns, db.campaignCreators, db.campaignResults], async () => {
    const campaign = await requireCampaign(db, message.campaignId);
    const creators = await db.campaignCreators.where('campaignId').equals(campaign.id).sortBy('addedAt');
    if (creators.length === 0) throw new CampaignError(`the campaign "${campaign.name}" has no creators to match orders to: nothing was imported`);
    const imported = importResults(
      creators.map((creator) => ({ handle: creator.handle, platform: creator.platform, promoCode: creator.promoCode, utmContent: creator.utmContent, cost: creator.agreedCost })),
      ordersBytes,
      sessionsBytes,
    );
    if (!imported.ok) {
      const file = imported.file === 'orders' ? `the orders file "${message.orders.name}"` : imported.file === 'sessions' ? `the sessions file "${message.sessions?.name}"` : "the campaign's creators";
      throw new CampaignError(`${file} cannot be used: ${imported.reason}. Nothing was imported.`);
    }
    const results = campaignResultsSchema.safeParse(imported.results);
    if (!results.success) throw new Error(`the importer's results do not pass their own schema: ${results.error.message}`);
    const { orders, sessions } = imported;
    const row: CampaignResultsRow = {
      id: crypto.randomUUID(),
      campaignId: campaign.id,
      importedAt: now,
      orders: {
        name: message.orders.name,
        bytes: ordersBytes.length,
        format: orders.format,
        encoding: decodeText(ordersBytes).encoding,
        delimiter: orders.delimiter,
        decimal: `${orders.decimal.mark} (${orders.decimal.basis === 'cells' ? 'from its amounts' : "the separator's default"})`,
        dataRows: orders.dataRows,
      },
      sessions:
        sessions && sessionsBytes && message.sessions
          ? {
              name: message.sessions.name,
              bytes: sessionsBytes.length,
              format: 'sessions',
              encoding: decodeText(sessionsBytes).encoding,
              delimiter: null,
              decimal: null,
              dataRows: sessions.rows.length,
            }
          : null,
      creators: creators.map((creator) => ({
        creatorKey: creator.creatorKey,
        handle: creator.handle,
        platform: creator.platform,
        promoCode: creator.promoCode,
        utmContent: creator.utmContent,
        cost: creator.agreedCost,
      })),
      results: results.data,
    };
    await db.campaignResults.add(row);
    return { id: row.id };
  });
}

export async function deleteCampaignResults(db: CastlistDatabase, message: CampaignMessageOf<'campaign.delete-results'>): Promise<{ id: string }> {
  return db.transaction('rw', db.campaignResults, async () => {
    const row = await db.campaignResults.get(message.resultsId);
    if (!row || row.campaignId !== message.campaignId) throw new CampaignError(`no import ${message.resultsId} in this campaign`);
    await db.campaignResults.delete(row.id);
    return { id: row.id };
  });
}

/**
 * A value of one of the campaign's KPIs that no page shows and no file gives (reach from the creators' insights,
 * impressions, link clicks, NPS), as of a moment no later than now.
 */
export async function recordKpiValue(db: CastlistDatabase, message: CampaignMessageOf<'campaign.record-kpi'>, now: number): Promise<{ id: string }> {
  return db.transaction('rw', [db.campaigns, db.campaignKpiEntries], async () => {
    const campaign = await requireCampaign(db, message.campaignId);
    const definition = KPIS[message.kpi];
    if (![campaign.primaryKpi, ...campaign.supportingKpis].some((target) => target.kpi === message.kpi)) {
      throw new CampaignError(`${definition.label} is not one of the KPIs of the campaign "${campaign.name}"`);
    }
    if (definition.source !== 'manual') {
      const from = definition.source === 'page' ? 'the visits to the tracked posts' : 'the imported files';
      throw new CampaignError(`${definition.label} comes from ${from}, not from values entered by hand`);
    }
    if (message.at > now) throw new CampaignError('a value cannot be dated in the future');
    const entry: CampaignKpiEntryRow = {
      id: crypto.randomUUID(),
      campaignId: campaign.id,
      kpi: message.kpi,
      at: message.at,
      value: message.value,
      note: message.note ?? '',
      enteredAt: now,
    };
    await db.campaignKpiEntries.add(entry);
    return { id: entry.id };
  });
}

export async function deleteKpiValue(db: CastlistDatabase, message: CampaignMessageOf<'campaign.delete-kpi'>): Promise<{ id: string }> {
  return db.transaction('rw', db.campaignKpiEntries, async () => {
    const entry = await db.campaignKpiEntries.get(message.entryId);
    if (!entry || entry.campaignId !== message.campaignId) throw new CampaignError(`no entered value ${message.entryId} in this campaign`);
    await db.campaignKpiEntries.delete(entry.id);
    return { id: entry.id };
  });
}

function fileBytes(file: { name: string; base64: string }): Uint8Array {
  try {
    return bytesFromBase64(file.base64);
  } catch (error) {
    throw new CampaignError(`the file "${file.name}" did not arrive whole (${error instanceof Error ? error.message : String(error)}): nothing was imported`);
  }
}
