/**
 * Follower tiers (product.md defaults: nano < 10K, micro 10K–100K, mid 100K–500K, macro 500K–1M, mega > 1M), as
 * half-open ranges [min, max): 10,000 is micro, 1,000,000 is mega. Sources draw the lines elsewhere (market.md b1:
 * HypeAuditor 2026 has micro 10–50K), so each benchmark carries its own bounds; these name a creator's size.
 *
 * A follower count read from a rounded display is a range ("1M" is 950,000–1,049,999): when the range crosses a
 * boundary, the creator is named by every tier it touches, never silently put in one.
 */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierBounds {
  tier: Tier;
  /** Inclusive. */
  min: number;
  /** Exclusive; null for no upper bound. */
  max: number | null;
}

export const DEFAULT_TIER_BOUNDS: readonly TierBounds[] = [
  { tier: 'nano', min: 0, max: 10_000 },
  { tier: 'micro', min: 10_000, max: 100_000 },
  { tier: 'mid', min: 100_000, max: 500_000 },
  { tier: 'macro', min: 500_000, max: 1_000_000 },
  { tier: 'mega', min: 1_000_000, max: null },
];

export interface FollowerRange {
  value: number;
  min: number;
  max: number;
}

export interface TierPlacement {
  /** The tier of the displayed value. */
  tier: Tier;
  /** Every tier the follower range touches, smallest first; more than one when it straddles a boundary. */
  tiers: Tier[];
  straddles: boolean;
  bounds: TierBounds[];
}

/** Whether [min, max] (both inclusive, as counts are) meets the half-open [lower, upper). */
export function rangeMeets(range: { min: number; max: number }, lower: number, upper: number | null): boolean {
  return range.max >= lower && (upper === null || range.min < upper);
}

export function tierOf(followers: FollowerRange, bounds: readonly TierBounds[] = DEFAULT_TIER_BOUNDS): TierPlacement {
  const touched = bounds.filter((bound) => rangeMeets(followers, bound.min, bound.max));
  const own = bounds.find((bound) => rangeMeets({ min: followers.value, max: followers.value }, bound.min, bound.max)) ?? touched[0] ?? bounds[0]!;
  const tiers = touched.length ? touched : [own];
  return { tier: own.tier, tiers: tiers.map((bound) => bound.tier), straddles: tiers.length > 1, bounds: [...tiers] };
}

/** The follower span covered by some tiers (for "everyone in the same tier" queries): [min, max). */
export function spanOfTiers(tiers: readonly Tier[], bounds: readonly TierBounds[] = DEFAULT_TIER_BOUNDS): { min: number; max: number | null } {
  const chosen = bounds.filter((bound) => tiers.includes(bound.tier));
  if (chosen.length === 0) throw new Error(`no tier bounds for ${tiers.join(', ')}`);
  return {
    min: Math.min(...chosen.map((bound) => bound.min)),
    max: chosen.some((bound) => bound.max === null) ? null : Math.max(...chosen.map((bound) => bound.max!)),
  };
}
