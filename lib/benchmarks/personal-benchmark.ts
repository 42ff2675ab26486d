/**
 * The personal benchmark (product.md): where a creator's ER sits among every creator the user has read on the same
 * platform and in the same tier, as a percentile: the share of those creators whose ER is lower (ties count half).
 *
 * Rates are ranges, so the percentile is one too: at least the share of creators whose whole range lies below the
 * creator's range, at most the share whose range starts at or below the top of the creator's.
 * "Same tier" = the tiers overlap: a creator whose follower range straddles micro and mid meets both.
 */
import type { RateBasis } from '../kpi/interaction-sets';
import type { RangedValue } from '../kpi/ranged-ratio';
import type { Platform } from '../reading/reading';
import { type FollowerRange, type Tier, type TierBounds, DEFAULT_TIER_BOUNDS, tierOf } from './tiers';

/** What the personal benchmark needs to know of each creator read: their size and their creator ER in each basis. */
export interface CreatorKpiRecord {
  creatorKey: string;
  platform: Platform;
  followers: FollowerRange;
  erByFollowers: RangedValue | null;
  erByViews: RangedValue | null;
}

export interface PersonalBenchmark {
  basis: RateBasis;
  platform: Platform;
  tiers: Tier[];
  /** Creators compared with (the creator itself not among them). */
  peers: number;
  /** 0–100, with its range. */
  percentile: RangedValue;
  /** Fewer than MIN_PEERS: shown, but said to be thin. */
  fewPeers: boolean;
}

export const MIN_PEERS = 5;

const rateOf = (record: CreatorKpiRecord, basis: RateBasis) => (basis === 'followers' ? record.erByFollowers : record.erByViews);

export function personalBenchmark(
  target: CreatorKpiRecord,
  records: readonly CreatorKpiRecord[],
  basis: RateBasis,
  bounds: readonly TierBounds[] = DEFAULT_TIER_BOUNDS,
): PersonalBenchmark | null {
  const rate = rateOf(target, basis);
  if (!rate) return null;
  const tiers = tierOf(target.followers, bounds).tiers;
  const peers = records.flatMap((record) => {
    if (record.creatorKey === target.creatorKey || record.platform !== target.platform) return [];
    const peerRate = rateOf(record, basis);
    if (!peerRate) return [];
    return tierOf(record.followers, bounds).tiers.some((tier) => tiers.includes(tier)) ? [peerRate] : [];
  });
  if (peers.length === 0) return null;
  let below = 0;
  let surelyBelow = 0;
  let possiblyBelow = 0;
  for (const peer of peers) {
    below += peer.value < rate.value ? 1 : peer.value === rate.value ? 0.5 : 0;
    if (peer.max < rate.min) surelyBelow += 1;
    if (peer.min <= rate.max) possiblyBelow += 1;
  }
  const share = (count: number) => (100 * count) / peers.length;
  return {
    basis,
    platform: target.platform,
    tiers,
    peers: peers.length,
    percentile: { value: share(below), min: share(surelyBelow), max: share(possiblyBelow), exact: rate.exact && peers.every((peer) => peer.exact) },
    fewPeers: peers.length < MIN_PEERS,
  };
}
