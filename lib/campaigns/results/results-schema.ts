/**
 * The shape of an import's results where they cross a boundary (panel → background → database in the campaign UI):
 * what campaignResults gives, checked again on arrival.
 */
import { z } from 'zod';

const money = z.number().finite();
const ratio = z.number().finite().nonnegative();

export const rowProblemSchema = z.object({ row: z.number().int().positive(), reason: z.string().min(1) });

export const creatorResultSchema = z.object({
  handle: z.string().min(1),
  platform: z.string(),
  code: z.string().nullable(),
  orders: z.number().int().nonnegative(),
  revenue: money.nullable(),
  /** An ISO code, or the file's own word for a currency it did not write as one. */
  currency: z.string().min(1).nullable(),
  cost: money.nonnegative().nullable(),
  cpa: money.nonnegative().nullable(),
  aov: money.nullable(),
  roas: z.number().finite().nullable(),
  conversionRate: ratio.nullable(),
  utmContent: z.string(),
  sessions: z.number().int().nonnegative().nullable(),
  byCurrency: z.array(
    z.object({ currency: z.string().nullable(), orders: z.number().int().positive(), revenue: money, aov: money, roas: z.number().finite().nullable() }),
  ),
  orderIds: z.array(z.string()),
  notCounted: z.array(z.object({ orderId: z.string(), row: z.number().int().positive(), reason: z.string().min(1) })),
});

export const campaignResultsSchema = z.object({
  creators: z.array(creatorResultSchema),
  unmatched: z.array(rowProblemSchema),
  unmatchedSessions: z.array(rowProblemSchema),
});
