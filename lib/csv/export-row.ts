/**
 * What one exported line is made of: a creator, the shortlist entry it is exported for (none when the export covers
 * creators on no list), and the creator's KPIs. Every preset is a function of these rows, nothing else.
 */
import type { CreatorRow, ShortlistEntryRow, ShortlistRow } from '../db/rows';
import type { RangedValue } from '../kpi/ranged-ratio';

export interface CreatorKpis {
  /** The creator's engagement rate (a fraction: 0.034 is 3.4 %), with its range; null when it cannot be told. */
  engagementRate: (RangedValue & { formula: 'by-views' | 'by-followers'; posts: number }) | null;
  /** Follower tier by the house bands (nano … mega); null until lib/kpi gives it. */
  tier: string | null;
  /** Where the engagement rate falls in the benchmark of its platform and tier, and whose benchmark. */
  benchmark: { band: string; source: string } | null;
  /** Shares (0–1) of the creator's scored comments in each quality label, and how many were scored. */
  commentQuality: { substantive: number; lowEffort: number; spam: number; duplicate: number; scored: number } | null;
  /** Followers gained per day between the creator's last two snapshots; negative when they lost followers. */
  followerGrowthPerDay: RangedValue | null;
}

export interface ExportRow {
  creator: CreatorRow;
  /** False for an entry whose creator was never stored: the row then holds only what the key says. */
  creatorStored: boolean;
  shortlist: ShortlistRow | null;
  entry: ShortlistEntryRow | null;
  kpis: CreatorKpis;
}
