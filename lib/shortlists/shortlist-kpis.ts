/**
 * The KPIs a shortlist shows for a creator: the casting card's figures (lib/kpi/casting-card.ts) that a team
 * compares and freezes, in one small JSON-safe shape. The background freezes one when an entry is added
 * (`kpisAtAdd`); the panel computes the same shape from today's rows, so "when added" and "now" sit side by side
 * and the compare view sorts by exactly what the card shows.
 *
 *   followers, tier           the newest follower reading (its range when the page rounded it), and its tier
 *   erByFollowers, erByViews  creator ER, the card's median over the last posts read, with its range and post count
 *   benchmark                 the card's first benchmark comparison (like-for-like first): the band of the creator's
 *                             rate in the tier the followers put it in
 *   followerGrowthPerDay      between the oldest and newest follower reading (null under an hour apart)
 *   comments                  how many comments were read; `quality` when a comment summary was given
 *
 * Stored JSON outlives versions and may come from a file: read it back only through `parseShortlistKpis`.
 */
import * as z from 'zod/mini';
import { BAND_LABELS, type BandLabel } from '../benchmarks/benchmark-schema';
import { TIERS } from '../benchmarks/tiers';
import type { CastingCard } from '../kpi/casting-card';
import type { RangedValue } from '../kpi/ranged-ratio';

export const SHORTLIST_KPIS_FORMAT = 'castlist.shortlist-kpis';
export const SHORTLIST_KPIS_VERSION = 1;

const finite = z.number().check(z.refine(Number.isFinite, { message: 'not a finite number' }));
const rangedSchema = z.object({ value: finite, min: finite, max: finite, exact: z.boolean() });
const share = z.number().check(z.gte(0), z.lte(1));

export const shortlistKpisSchema = z.object({
  format: z.literal(SHORTLIST_KPIS_FORMAT),
  version: z.literal(SHORTLIST_KPIS_VERSION),
  /** When the figures were computed (epoch ms). */
  at: finite,
  followers: z.nullable(z.object({ ...rangedSchema.shape, text: z.string().check(z.maxLength(200)) })),
  tier: z.nullable(z.enum(TIERS)),
  /** Every tier the follower range touches (more than one when a rounded count straddles a boundary). */
  tiers: z.array(z.enum(TIERS)).check(z.maxLength(TIERS.length)),
  erByFollowers: z.nullable(z.object({ ...rangedSchema.shape, posts: z.number().check(z.int(), z.nonnegative()) })),
  erByViews: z.nullable(z.object({ ...rangedSchema.shape, posts: z.number().check(z.int(), z.nonnegative()) })),
  benchmark: z.nullable(
    z.object({
      setId: z.string().check(z.maxLength(100)),
      source: z.string().check(z.maxLength(300)),
      basis: z.enum(['followers', 'views']),
      /** The band the whole rate range lies in; null when it straddles bands or the source gives none. */
      band: z.nullable(z.enum(BAND_LABELS)),
      bandsTouched: z.array(z.enum(BAND_LABELS)).check(z.maxLength(BAND_LABELS.length)),
      versusTypical: z.nullable(z.enum(['above', 'below', 'straddles'])),
    }),
  ),
  followerGrowthPerDay: z.nullable(rangedSchema),
  postsRead: z.number().check(z.int(), z.nonnegative()),
  comments: z.object({
    read: z.number().check(z.int(), z.nonnegative()),
    /** Shares of others' comments by label (lib/comments' summary); null when no summary was computed. */
    quality: z.nullable(z.object({ comments: z.number().check(z.int(), z.nonnegative()), substantive: share, spam: share, scam: share, lowEffort: share })),
  }),
});

export type ShortlistKpis = z.infer<typeof shortlistKpisSchema>;
export type CommentQuality = NonNullable<ShortlistKpis['comments']['quality']>;

/** What the comment figures stand on: the count read, and lib/comments' label shares when a summary was made. */
export interface CommentFigures {
  read: number;
  quality: CommentQuality | null;
}

/** The card's parts these figures come from (a whole CastingCard fits). */
export type CardFigures = Pick<CastingCard, 'followers' | 'tier' | 'engagement' | 'benchmarks' | 'growth' | 'postsRead'>;

export function shortlistKpisOf(card: CardFigures, comments: CommentFigures, at: number): ShortlistKpis {
  const followers = card.followers;
  return {
    format: SHORTLIST_KPIS_FORMAT,
    version: SHORTLIST_KPIS_VERSION,
    at,
    followers: followers ? { value: followers.value, min: followers.min, max: followers.max, exact: followers.exact, text: followers.text } : null,
    tier: card.tier?.tier ?? null,
    tiers: card.tier ? [...card.tier.tiers] : [],
    erByFollowers: rateWithPosts(card.engagement.byFollowers.median, card.engagement.byFollowers.postsUsed.length),
    erByViews: rateWithPosts(card.engagement.byViews.median, card.engagement.byViews.postsUsed.length),
    benchmark: benchmarkOf(card.benchmarks.comparisons),
    followerGrowthPerDay: card.growth.followers ? ranged(card.growth.followers.perDay) : null,
    postsRead: card.postsRead,
    comments: { read: comments.read, quality: comments.quality },
  };
}

/** The stored JSON as figures, or why it is not (a value from another version or a hand-edited file). */
export function parseShortlistKpis(value: unknown): { ok: true; kpis: ShortlistKpis } | { ok: false; error: string } {
  const parsed = shortlistKpisSchema.safeParse(value);
  if (parsed.success) return { ok: true, kpis: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, error: first ? `${first.path.join('.') || '(value)'}: ${first.message}` : 'not shortlist KPIs' };
}

function ranged(value: RangedValue): RangedValue {
  return { value: value.value, min: value.min, max: value.max, exact: value.exact };
}

function rateWithPosts(rate: RangedValue | null, posts: number): (RangedValue & { posts: number }) | null {
  return rate ? { ...ranged(rate), posts } : null;
}

function benchmarkOf(comparisons: CardFigures['benchmarks']['comparisons']): ShortlistKpis['benchmark'] {
  const best = comparisons[0];
  if (!best) return null;
  const touched = new Set<BandLabel>(best.tiers.flatMap((tier) => tier.bandsTouched));
  const bands = best.tiers.map((tier) => tier.band);
  const band = bands.length > 0 && bands.every((label) => label !== null && label === bands[0]) && touched.size <= 1 ? bands[0]! : null;
  const positions = new Set(best.tiers.map((tier) => tier.versusTypical).filter((position) => position !== null));
  const versusTypical = positions.size === 1 ? [...positions][0]! : positions.size > 1 ? 'straddles' : null;
  return {
    setId: best.setId,
    source: best.source.name,
    basis: best.formula.basis,
    band,
    bandsTouched: BAND_LABELS.filter((label) => touched.has(label)),
    versusTypical,
  };
}

/** The part of lib/comments' CommentSummary the figures use (typed by shape, so this file needs no comment model). */
export interface CommentLabelShares {
  comments: number;
  labelShares: { spam: number; scam: number; 'low-effort': number; substantive: number };
}

export function commentQualityOf(summary: CommentLabelShares | null | undefined): CommentQuality | null {
  if (!summary || summary.comments === 0) return null;
  const { spam, scam, substantive } = summary.labelShares;
  return { comments: summary.comments, substantive, spam, scam, lowEffort: summary.labelShares['low-effort'] };
}
