/**
 * What a benchmark is, as data: a set of engagement-rate figures for one platform from one source, with the formula
 * the source used and the follower bounds of each of its tiers. Shipped sets (shipped-benchmarks.ts) and the user's
 * edits (stored in the `settings` table) are both checked with these schemas: a set without its source, year and
 * formula is not a benchmark.
 *
 * Rates are fractions (0.0178 = 1.78%), as everywhere in lib/kpi.
 */
import * as z from 'zod/mini';
import { PLATFORMS } from '../reading/reading';

export const BASES = ['followers', 'views'] as const;
/** 'unstated': the source does not say; a creator is then compared with the house choice and the card says so. */
export const STATISTICS = ['median', 'mean', 'unstated'] as const;
export const BENCHMARK_INTERACTIONS = ['likes', 'likes+comments', 'all', 'unstated'] as const;
export const POPULATIONS = ['creators', 'brands'] as const;
export const CONTENTS = ['all', 'organic', 'sponsored'] as const;
export const BAND_LABELS = ['below', 'average', 'good'] as const;
export type BandLabel = (typeof BAND_LABELS)[number];

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** A rate as a fraction: 0 … 10 (1,000%), which no published engagement rate comes near. */
const rate = z.number().check(z.gte(0), z.lte(10));
const followerCount = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));

export const benchmarkBandSchema = z
  .object({
    label: z.enum(BAND_LABELS),
    /** Inclusive lower bound; null: no lower bound. */
    min: z.nullable(rate),
    /** Exclusive upper bound; null: no upper bound. */
    max: z.nullable(rate),
  })
  .check(z.refine((band) => band.min === null || band.max === null || band.min < band.max, { message: 'a band needs min < max' }));

export const benchmarkTierSchema = z
  .object({
    /** The source's own name for the tier ("micro", "All Star", "all"). */
    name: text(60),
    /** The source's follower bounds: [min, max), max null for no upper bound. */
    followers: z.object({ min: followerCount, max: z.nullable(followerCount) }),
    /** The figure the source gives for the tier (its median or mean, per the formula's statistic). */
    typical: z.optional(rate),
    /** Good / average / below thresholds, where the source gives them. */
    bands: z.optional(z.array(benchmarkBandSchema).check(z.minLength(1), z.maxLength(6))),
  })
  .check(
    z.refine((tier) => tier.typical !== undefined || tier.bands !== undefined, { message: 'a tier needs a typical figure or bands' }),
    z.refine((tier) => tier.followers.max === null || tier.followers.min < tier.followers.max, { message: 'a tier needs followers.min < followers.max' }),
  );

export const benchmarkFormulaSchema = z.object({
  basis: z.enum(BASES),
  statistic: z.enum(STATISTICS),
  interactions: z.enum(BENCHMARK_INTERACTIONS),
  population: z.enum(POPULATIONS),
  content: z.enum(CONTENTS),
});

export const benchmarkSourceSchema = z.object({
  /** Who published it, and the title. */
  name: text(200),
  /** Where: a URL or a citation (as market.md gives it). */
  citation: text(300),
  /** The year of the data or publication; null when the source is undated (the note says so). */
  year: z.nullable(z.number().check(z.int(), z.gte(2000), z.lte(2100))),
  /** Method, caveats, and where in market.md the figure is. */
  note: text(1_000),
});

export const benchmarkSetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'an id of lower-case letters, digits and dashes')),
  /** Bumped whenever the set's figures change, so an edit can tell it was made against older figures. */
  version: z.number().check(z.int(), z.gte(1)),
  platform: z.enum(PLATFORMS),
  source: benchmarkSourceSchema,
  formula: benchmarkFormulaSchema,
  tiers: z.array(benchmarkTierSchema).check(z.minLength(1), z.maxLength(12)),
});

export type BenchmarkBand = z.infer<typeof benchmarkBandSchema>;
export type BenchmarkTier = z.infer<typeof benchmarkTierSchema>;
export type BenchmarkFormula = z.infer<typeof benchmarkFormulaSchema>;
export type BenchmarkSource = z.infer<typeof benchmarkSourceSchema>;
export type BenchmarkSet = z.infer<typeof benchmarkSetSchema>;

export const benchmarkDataSchema = z.object({
  /** The version of the shipped data as a whole. */
  version: z.number().check(z.int(), z.gte(1)),
  updated: z.iso.date(),
  sets: z.array(benchmarkSetSchema).check(
    z.refine((sets) => new Set(sets.map((set) => set.id)).size === sets.length, { message: 'benchmark set ids must be unique' }),
  ),
});
export type BenchmarkData = z.infer<typeof benchmarkDataSchema>;
