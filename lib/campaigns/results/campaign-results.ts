/**
 * Joins the brand's orders (and, when given, sessions) back to a campaign's creators, and gives each creator's
 * figures. The panel and `npm run cli -- campaign-results` both call this.
 *
 * Matching: an order belongs to the creator whose promo code is among its codes, compared without regard to case
 * and surrounding spaces; an order with no creator's code belongs to the creator whose utm_content it carries. An
 * order whose codes name two creators belongs to neither (it is listed, not split or guessed). A sessions row
 * belongs to the creator whose utm_content is its ad content (as written, or in its slug form).
 *
 * Figures per creator (null where they cannot be known):
 * - orders: counted orders (refunded and voided ones, and their kin, do not count: order-status.ts);
 * - revenue: the sum of (total − refunded) of those orders, to the cent, in `currency`. Orders in several currencies
 *   are never added up: revenue, currency, aov and roas are then null and `byCurrency` has each currency's figures;
 * - cost: the agreed cost; cpa = cost / orders; aov = revenue / orders (both to the cent);
 * - roas = revenue / cost (return on spend; null when the cost is 0 or in another currency than the revenue);
 * - conversionRate = orders / sessions, when a sessions file is given and the creator has sessions in it.
 * Every orders-file row that counts for no creator is in `unmatched` with its reason; so is every sessions row in
 * `unmatchedSessions`.
 */
import { assignUtmContents } from '../creator-tags';
import type { Money } from '../creators-file';
import { slugify } from '../slug';
import { fromUnits, roundToCents, toUnits } from './money';
import type { ImportedOrder, OrdersFileReading } from './orders-file';
import type { RowProblem } from './row-problem';
import type { SessionsFileReading } from './sessions-file';

export interface ResultsCreator {
  handle: string;
  platform: string;
  promoCode: string | null;
  utmContent: string | null;
  cost: Money | null;
}

export interface CurrencyFigures {
  currency: string | null;
  orders: number;
  revenue: number;
  aov: number;
  roas: number | null;
}

export interface CreatorResult {
  handle: string;
  platform: string;
  code: string | null;
  orders: number;
  revenue: number | null;
  currency: string | null;
  cost: number | null;
  cpa: number | null;
  aov: number | null;
  roas: number | null;
  conversionRate: number | null;
  /** The utm_content matched against ad content (given, or derived as the link builder does). */
  utmContent: string;
  sessions: number | null;
  byCurrency: CurrencyFigures[];
  orderIds: string[];
  /** The creator's orders that do not count, with why. */
  notCounted: { orderId: string; row: number; reason: string }[];
}

export interface CampaignResults {
  creators: CreatorResult[];
  unmatched: RowProblem[];
  unmatchedSessions: RowProblem[];
}

export class ResultsInputError extends Error {
  override name = 'ResultsInputError';
}

export function matchKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

export function campaignResults(
  creators: readonly ResultsCreator[],
  orders: OrdersFileReading,
  sessions: SessionsFileReading | null,
): CampaignResults {
  const codeOwners = codeOwnersOf(creators);
  const utmContents = assignUtmContents(creators);
  const contentOwners = contentOwnersOf(creators, utmContents);
  const buckets = creators.map(() => new Map<string | null, { orders: number; units: number }>());
  const orderIds = creators.map((): string[] => []);
  const notCounted = creators.map((): CreatorResult['notCounted'] => []);
  const unmatched: RowProblem[] = [...orders.problems];

  for (const order of orders.orders) {
    const match = ownerOf(order, codeOwners, contentOwners, creators);
    if (typeof match === 'string') {
      const reason = order.excludedBecause ? `${match} (nor would it count: ${order.excludedBecause})` : match;
      for (const row of order.rows) unmatched.push({ row, reason });
      continue;
    }
    if (order.excludedBecause) {
      notCounted[match]!.push({ orderId: order.id, row: order.orderRow, reason: order.excludedBecause });
      continue;
    }
    const bucket = buckets[match]!.get(order.currency) ?? { orders: 0, units: 0 };
    bucket.orders += 1;
    bucket.units += toUnits(order.revenue);
    buckets[match]!.set(order.currency, bucket);
    orderIds[match]!.push(order.id);
  }
  unmatched.sort((a, b) => a.row - b.row);

  const sessionTotals = creators.map(() => 0);
  const unmatchedSessions: RowProblem[] = [...(sessions?.problems ?? [])];
  for (const row of sessions?.rows ?? []) {
    const owner = contentOwners.get(matchKey(row.content)) ?? contentOwners.get(slugify(row.content));
    if (owner === undefined) {
      unmatchedSessions.push({ row: row.row, reason: `ad content "${row.content}" matches no creator's utm_content` });
      continue;
    }
    sessionTotals[owner]! += row.sessions;
  }
  unmatchedSessions.sort((a, b) => a.row - b.row);

  const fileCurrencies = new Set(orders.orders.map((order) => order.currency).filter((currency) => currency !== null));
  const results = creators.map((creator, index): CreatorResult => {
    const byCurrency = [...buckets[index]!.entries()].map(([currency, bucket]): CurrencyFigures => {
      const revenue = fromUnits(bucket.units);
      return { currency, orders: bucket.orders, revenue: roundToCents(revenue), aov: roundToCents(revenue / bucket.orders), roas: returnOnSpend(revenue, currency, creator.cost) };
    });
    const orderCount = byCurrency.reduce((sum, figures) => sum + figures.orders, 0);
    const single = byCurrency.length <= 1;
    const revenueExact = byCurrency.length === 1 ? fromUnits([...buckets[index]!.values()][0]!.units) : 0;
    const currency = byCurrency.length === 1 ? byCurrency[0]!.currency : byCurrency.length === 0 && fileCurrencies.size === 1 ? [...fileCurrencies][0]! : null;
    const sessionCount = sessions ? sessionTotals[index]! : null;
    return {
      handle: creator.handle,
      platform: creator.platform,
      code: creator.promoCode,
      orders: orderCount,
      revenue: single ? roundToCents(revenueExact) : null,
      currency: single ? currency : null,
      cost: creator.cost ? roundToCents(creator.cost.amount) : null,
      cpa: creator.cost && orderCount > 0 ? roundToCents(creator.cost.amount / orderCount) : null,
      aov: single && orderCount > 0 ? roundToCents(revenueExact / orderCount) : null,
      roas: single ? returnOnSpend(revenueExact, currency, creator.cost) : null,
      conversionRate: sessionCount !== null && sessionCount > 0 ? orderCount / sessionCount : null,
      utmContent: utmContents[index]!,
      sessions: sessionCount,
      byCurrency,
      orderIds: orderIds[index]!,
      notCounted: notCounted[index]!,
    };
  });
  return { creators: results, unmatched, unmatchedSessions };
}

function returnOnSpend(revenue: number, currency: string | null, cost: Money | null): number | null {
  if (!cost || cost.amount === 0) return null;
  if (currency !== null && cost.currency !== null && currency !== cost.currency) return null;
  return revenue / cost.amount;
}

function codeOwnersOf(creators: readonly ResultsCreator[]): Map<string, number> {
  const owners = new Map<string, number>();
  creators.forEach((creator, index) => {
    if (!creator.promoCode?.trim()) return;
    const key = matchKey(creator.promoCode);
    const earlier = owners.get(key);
    if (earlier !== undefined) {
      throw new ResultsInputError(`promo code "${creator.promoCode.trim()}" is given to both ${creators[earlier]!.handle} and ${creator.handle}: their orders could not be told apart`);
    }
    owners.set(key, index);
  });
  return owners;
}

/** utm_content keys: the value used in links (slug), and the given value as written when it differs. */
function contentOwnersOf(creators: readonly ResultsCreator[], utmContents: readonly string[]): Map<string, number> {
  const owners = new Map<string, number>();
  utmContents.forEach((content, index) => owners.set(content, index));
  creators.forEach((creator, index) => {
    const given = creator.utmContent?.trim();
    if (given && !owners.has(matchKey(given))) owners.set(matchKey(given), index);
  });
  return owners;
}

/** The index of the creator an order belongs to, or the reason it belongs to none. */
function ownerOf(
  order: ImportedOrder,
  codeOwners: Map<string, number>,
  contentOwners: Map<string, number>,
  creators: readonly ResultsCreator[],
): number | string {
  const byCode = distinctOwners(order.codes, (code) => codeOwners.get(matchKey(code)));
  if (byCode.length === 1) return byCode[0]!;
  if (byCode.length > 1) return `order ${order.id}: its codes ${quoteList(order.codes)} belong to different creators (${byCode.map((index) => creators[index]!.handle).join(', ')})`;
  const byContent = distinctOwners(order.utmContents, (content) => contentOwners.get(matchKey(content)) ?? contentOwners.get(slugify(content)));
  if (byContent.length === 1) return byContent[0]!;
  if (byContent.length > 1) return `order ${order.id}: its UTM contents ${quoteList(order.utmContents)} belong to different creators`;
  const unknown: string[] = [];
  if (order.codes.length > 0) unknown.push(`promo code${order.codes.length > 1 ? 's' : ''} ${quoteList(order.codes)}`);
  if (order.utmContents.length > 0) unknown.push(`UTM content ${quoteList(order.utmContents)}`);
  if (unknown.length === 0) return `order ${order.id}: no promo code or UTM content`;
  return `order ${order.id}: ${unknown.join(' and ')} match${unknown.length === 1 && order.codes.length + order.utmContents.length === 1 ? 'es' : ''} no creator`;
}

function distinctOwners(values: readonly string[], ownerOfValue: (value: string) => number | undefined): number[] {
  const owners: number[] = [];
  for (const value of values) {
    const owner = ownerOfValue(value);
    if (owner !== undefined && !owners.includes(owner)) owners.push(owner);
  }
  return owners;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
