import { assignPromoCodes } from '../../lib/campaigns/creator-tags';
import { readCreatorsFile } from '../../lib/campaigns/creators-file';
import type { CampaignResults } from '../../lib/campaigns/results/campaign-results';
import { FORMAT_NAMES } from '../../lib/campaigns/results/columns';
import { importResults } from '../../lib/campaigns/results/import-results';
import type { OrdersFileReading } from '../../lib/campaigns/results/orders-file';
import { UnreadableFileError } from '../../lib/campaigns/results/row-problem';
import type { SessionsFileReading } from '../../lib/campaigns/results/sessions-file';
import { slugify } from '../../lib/campaigns/slug';
import { type CliCommand, UsageError, option } from './args';
import { readInputBytes, readInputFile } from './read-input-file';

/**
 * `campaign-results --creators CREATORS.csv --orders ORDERS.csv [--sessions SESSIONS.csv] [--campaign NAME]`
 *
 * stdout: one JSON line per creator in the creators file's order,
 * {"handle","platform","code","orders","revenue","currency","cost","cpa","aov","roas","conversionRate"}, then
 * {"unmatched":[{"row":N,"reason":"…"}]} for the orders file's rows that count for no creator, N being the row's
 * number as a spreadsheet shows it (header = 1 when it is the first line). A creator with orders in several
 * currencies has revenue, currency, aov and roas null (never a sum across currencies); stderr gives each currency's
 * figures. stderr also says how each file was read, which orders of a creator did not count and why, and the
 * sessions rows that matched no creator. `--campaign NAME` gives creators without a promo code the code `utm` gives.
 */
export const campaignResultsCommand: CliCommand = {
  name: 'campaign-results',
  usage: ['campaign-results --creators CREATORS.csv --orders ORDERS.csv [--sessions SESSIONS.csv] [--campaign NAME]'],
  async run(args) {
    const creatorsPath = option(args, '--creators');
    const ordersPath = option(args, '--orders');
    const sessionsPath = option(args, '--sessions');
    const campaign = option(args, '--campaign');
    if (!creatorsPath || !ordersPath) throw new UsageError('campaign-results needs --creators CREATORS.csv and --orders ORDERS.csv');
    const creators = readCreators(creatorsPath);
    if (campaign) {
      const codes = assignPromoCodes(slugify(campaign), creators);
      creators.forEach((creator, index) => (creator.promoCode = codes[index]!));
    }
    const paths = { orders: ordersPath, sessions: sessionsPath, creators: creatorsPath };
    const imported = importResults(creators, readInputBytes(ordersPath, 'orders'), sessionsPath ? readInputBytes(sessionsPath, 'sessions') : null);
    if (!imported.ok) throw new Error(`${imported.file} file ${paths[imported.file]} cannot be used, so nothing was imported: ${imported.reason}`);
    const { orders, sessions, results } = imported;
    for (const creator of results.creators) {
      const { handle, platform, code, orders: count, revenue, currency, cost, cpa, aov, roas, conversionRate } = creator;
      process.stdout.write(`${JSON.stringify({ handle, platform, code, orders: count, revenue, currency, cost, cpa, aov, roas, conversionRate })}\n`);
    }
    process.stdout.write(`${JSON.stringify({ unmatched: results.unmatched.map(({ row, reason }) => ({ row, reason })) })}\n`);
    process.stderr.write(summary(ordersPath, orders, sessionsPath, sessions, results));
  },
};

function readCreators(path: string) {
  try {
    return readCreatorsFile(readInputFile(path, 'creators'));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new Error(`creators file ${path} cannot be used, so nothing was imported: ${error.message}`);
    throw error;
  }
}

function summary(
  ordersPath: string,
  orders: OrdersFileReading,
  sessionsPath: string | undefined,
  sessions: SessionsFileReading | null,
  results: CampaignResults,
): string {
  const delimiterName = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' }[orders.delimiter];
  const lines = [
    `${ordersPath}: ${FORMAT_NAMES[orders.format]}, ${delimiterName}-separated, decimal ${orders.decimal.mark === '.' ? 'point' : 'comma'} (${orders.decimal.basis}); ` +
      `${orders.dataRows} rows, ${orders.orders.length} orders, unmatched rows: ${results.unmatched.length}`,
  ];
  for (const creator of results.creators) {
    if (creator.byCurrency.length > 1) {
      const parts = creator.byCurrency.map((figures) => `${figures.currency ?? 'unknown currency'}: ${figures.orders} orders, revenue ${figures.revenue}, aov ${figures.aov}, roas ${figures.roas}`);
      lines.push(`${creator.handle}: orders in several currencies, never added up — ${parts.join('; ')}`);
    }
    for (const order of creator.notCounted) lines.push(`${creator.handle}: order ${order.orderId} (row ${order.row}) does not count: ${order.reason}`);
  }
  if (sessions && sessionsPath) {
    lines.push(`${sessionsPath}: ${FORMAT_NAMES.ga4} table at row ${sessions.headerRow}, ${sessions.rows.length} rows${sessions.totals.length ? `, totals row ${sessions.totals.join(', ')} left out` : ''}`);
    for (const row of results.unmatchedSessions) lines.push(`${sessionsPath} row ${row.row}: ${row.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
