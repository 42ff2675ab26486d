/**
 * The results import on our own sample exports (tests/fixtures/campaigns, invented orders in the real files' shapes),
 * every figure computed by hand in the comments beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCreatorsFile } from '../../../lib/campaigns/creators-file';
import { campaignResults, ResultsInputError, type CreatorResult } from '../../../lib/campaigns/results/campaign-results';
import { importResults } from '../../../lib/campaigns/results/import-results';
import { readOrdersFile } from '../../../lib/campaigns/results/orders-file';
import { campaignResultsSchema } from '../../../lib/campaigns/results/results-schema';
import { readSessionsFile } from '../../../lib/campaigns/results/sessions-file';

const FIXTURES = join(process.cwd(), 'tests/fixtures/campaigns');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const creators = () => readCreatorsFile(fixture('creators.csv'));

type Figures = Pick<CreatorResult, 'handle' | 'orders' | 'revenue' | 'currency' | 'cost' | 'cpa' | 'aov' | 'roas' | 'conversionRate'>;
const figures = (result: CreatorResult): Figures => {
  const { handle, orders, revenue, currency, cost, cpa, aov, roas, conversionRate } = result;
  return { handle, orders, revenue, currency, cost, cpa, aov, roas, conversionRate };
};

describe('campaignResults on sample exports', () => {
  it.each([
    {
      file: 'shopify-orders.csv',
      format: 'shopify',
      expected: [
        // #1001 59.90 (two line items, counted once) + #1002 30.00 (" anna15 ") + #1011 1200.00
        { handle: '@anna.k', orders: 3, revenue: 1289.9, currency: 'EUR', cost: 500, cpa: 166.67, aov: 429.97, roas: 1289.9 / 500, conversionRate: null },
        // #1003 "WELCOME5, BEN10" partially refunded: 80.00 − 20.00; #1004 refunded does not count
        { handle: 'ben_films', orders: 1, revenue: 60, currency: 'EUR', cost: 300, cpa: 300, aov: 60, roas: 0.2, conversionRate: null },
        // #1010 pending counts (100.00); #1007 voided does not; #1009's Total "abc" is unreadable
        { handle: 'carla', orders: 1, revenue: 100, currency: 'EUR', cost: 0, cpa: 0, aov: 100, roas: null, conversionRate: null },
        { handle: 'dan', orders: 0, revenue: 0, currency: 'EUR', cost: 250, cpa: null, aov: null, roas: 0, conversionRate: null },
      ],
      // #1005 (two rows, unknown code), #1006 (no code), the truncated row 12, #1009 (row 13; row 14's note spans a line)
      unmatched: [8, 9, 10, 12, 13],
    },
    {
      file: 'woocommerce-orders.csv',
      format: 'woocommerce',
      expected: [
        // 2001 84.50 (two item rows repeating the order) + 2004 100.00 − 25.00 refunded; 2005 cancelled
        { handle: '@anna.k', orders: 2, revenue: 159.5, currency: null, cost: 500, cpa: 250, aov: 79.75, roas: 0.319, conversionRate: null },
        // 2002 "Ben10, freeship" 42.00; 2003 refunded
        { handle: 'ben_films', orders: 1, revenue: 42, currency: null, cost: 300, cpa: 300, aov: 42, roas: 0.14, conversionRate: null },
        // 2008 on hold counts; 2007 failed does not
        { handle: 'carla', orders: 1, revenue: 19.99, currency: null, cost: 0, cpa: 0, aov: 19.99, roas: null, conversionRate: null },
        { handle: 'dan', orders: 0, revenue: 0, currency: null, cost: 250, cpa: null, aov: null, roas: 0, conversionRate: null },
      ],
      unmatched: [9, 12],
    },
    {
      file: 'woocommerce-analytics-orders.csv',
      format: 'woocommerce-analytics',
      expected: [
        // 3001 120.00 less its refund row −20.00, + 3003 45.00
        { handle: '@anna.k', orders: 2, revenue: 145, currency: null, cost: 500, cpa: 250, aov: 72.5, roas: 0.29, conversionRate: null },
        // 3004 refunded
        { handle: 'ben_films', orders: 0, revenue: 0, currency: null, cost: 300, cpa: null, aov: null, roas: 0, conversionRate: null },
        { handle: 'carla', orders: 0, revenue: 0, currency: null, cost: 0, cpa: null, aov: null, roas: null, conversionRate: null },
        { handle: 'dan', orders: 0, revenue: 0, currency: null, cost: 250, cpa: null, aov: null, roas: 0, conversionRate: null },
      ],
      unmatched: [6],
    },
    {
      file: 'european-orders.csv',
      format: 'plain',
      expected: [
        // 1.234,56 + 99,90 (semicolons, BOM, decimal comma)
        { handle: '@anna.k', orders: 2, revenue: 1334.46, currency: 'EUR', cost: 500, cpa: 250, aov: 667.23, roas: 1334.46 / 500, conversionRate: null },
        // 1234,5 EUR and 12 CHF: never added up
        { handle: 'ben_films', orders: 2, revenue: null, currency: null, cost: 300, cpa: 150, aov: null, roas: null, conversionRate: null },
        { handle: 'carla', orders: 0, revenue: 0, currency: null, cost: 0, cpa: null, aov: null, roas: null, conversionRate: null },
        { handle: 'dan', orders: 0, revenue: 0, currency: null, cost: 250, cpa: null, aov: null, roas: 0, conversionRate: null },
      ],
      unmatched: [6, 7],
    },
  ])('$file', ({ file, format, expected, unmatched }) => {
    const orders = readOrdersFile(fixture(file));
    expect(orders.format).toBe(format);
    const results = campaignResults(creators(), orders, null);
    expect(results.creators.map(figures)).toEqual(expected);
    expect(results.unmatched.map((problem) => problem.row)).toEqual(unmatched);
    expect(campaignResultsSchema.safeParse(results).success).toBe(true);
  });

  it('gives each currency its own figures when a creator has several', () => {
    const ben = campaignResults(creators(), readOrdersFile(fixture('european-orders.csv')), null).creators[1]!;
    expect(ben.byCurrency).toEqual([
      { currency: 'EUR', orders: 1, revenue: 1234.5, aov: 1234.5, roas: 1234.5 / 300 },
      { currency: 'CHF', orders: 1, revenue: 12, aov: 12, roas: 12 / 300 },
    ]);
  });

  it('says which of a creator’s orders did not count, and why', () => {
    const results = campaignResults(creators(), readOrdersFile(fixture('shopify-orders.csv')), null);
    expect(results.creators[1]!.notCounted).toEqual([{ orderId: '#1004', row: 7, reason: 'its status is "refunded"' }]);
    expect(results.creators[2]!.notCounted).toEqual([{ orderId: '#1007', row: 11, reason: 'its status is "voided"' }]);
  });

  it('joins GA4 sessions by ad content, case aside: conversion rate = orders / sessions', () => {
    const results = campaignResults(creators(), readOrdersFile(fixture('shopify-orders.csv')), readSessionsFile(fixture('ga4-sessions.csv')));
    expect(results.creators.map((creator) => [creator.sessions, creator.conversionRate])).toEqual([
      [800, 3 / 800],
      [240, 1 / 240], // "Ben_Films" in GA4, ben_films derived from the handle
      [100, 1 / 100],
      [0, null],
    ]);
    expect(results.unmatchedSessions.map((row) => row.row)).toEqual([11, 15]);
  });
});

describe('matching', () => {
  const header = 'order_id,code,utm_content,revenue\n';
  const people = [
    { handle: 'anna', platform: 'instagram', promoCode: 'ANNA15', utmContent: null, cost: { amount: 100, currency: 'EUR' } },
    { handle: 'ben', platform: 'tiktok', promoCode: 'BEN10', utmContent: 'Ben Links', cost: null },
  ];
  const run = (rows: string) => campaignResults(people, readOrdersFile(header + rows), null);

  it.each([
    { name: 'a code in any case with spaces', rows: '1, anna15 ,,10\n', owner: 0 },
    { name: 'UTM content when no code matches', rows: '1,WELCOME,ben-links,10\n', owner: 1 },
    { name: 'UTM content as given', rows: '1,,Ben Links,10\n', owner: 1 },
    { name: "the handle's slug when utm_content is empty", rows: '1,,ANNA,10\n', owner: 0 },
    { name: 'the code before the UTM content', rows: '1,anna15,ben-links,10\n', owner: 0 },
  ])('$name', ({ rows, owner }) => {
    const results = run(rows);
    expect(results.creators.map((creator) => creator.orders)).toEqual(owner === 0 ? [1, 0] : [0, 1]);
    expect(results.unmatched).toEqual([]);
  });

  it.each([
    { name: 'codes of two creators', rows: '1,"ANNA15, BEN10",,10\n', reason: 'order 1: its codes "ANNA15", "BEN10" belong to different creators (anna, ben)' },
    { name: 'an unknown code', rows: '1,SUMMER,,10\n', reason: 'order 1: promo code "SUMMER" matches no creator' },
    { name: 'nothing to match by', rows: '1,,,10\n', reason: 'order 1: no promo code or UTM content' },
  ])('lists $name', ({ rows, reason }) => {
    expect(run(rows).unmatched).toEqual([{ row: 2, reason }]);
  });

  it('refuses two creators with one promo code', () => {
    const twins = [people[0]!, { ...people[1]!, promoCode: ' anna15' }];
    expect(() => campaignResults(twins, readOrdersFile(`${header}1,ANNA15,,10\n`), null)).toThrow(ResultsInputError);
  });

  it('a repeated order row counts once; a contradicting one is listed', () => {
    const results = run('1,ANNA15,,10\n1,ANNA15,,10\n2,ANNA15,,20\n2,ANNA15,,25\n');
    expect(results.creators[0]).toMatchObject({ orders: 2, revenue: 30 });
    expect(results.unmatched).toEqual([{ row: 5, reason: 'order 2: total 25 contradicts the 20 of its row 4' }]);
  });

  it('roas is null when the cost is in another currency than the revenue', () => {
    const results = campaignResults(people, readOrdersFile('order_id,code,revenue,currency\n1,ANNA15,10,USD\n'), null);
    expect(results.creators[0]).toMatchObject({ revenue: 10, currency: 'USD', roas: null, cpa: 100 });
  });
});

describe('importResults', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('uses everything or nothing, saying which file could not be used', () => {
    expect(importResults(creators(), bytes('order_id,code\n1,A\n'))).toEqual({ ok: false, file: 'orders', reason: expect.stringContaining('no an order total') });
    expect(importResults(creators(), bytes(fixture('shopify-orders.csv')), bytes('Date,Users\n'))).toMatchObject({ ok: false, file: 'sessions' });
    const imported = importResults(creators(), bytes(fixture('european-orders.csv')));
    expect(imported.ok && imported.results.creators[0]!.revenue).toBe(1334.46);
  });
});
