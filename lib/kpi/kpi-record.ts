/**
 * A creator's KPI record (lib/benchmarks/personal-benchmark.ts): size and creator ER in each basis, from the stored
 * rows, by the same code as the card (so a creator's percentile among others uses the very numbers their own cards
 * show).
 */
import type { KpiPost } from '../db/creator-summary';
import type { CreatorRow, SnapshotRow } from '../db/rows';
import type { CreatorKpiRecord } from '../benchmarks/personal-benchmark';
import { type EngagementOptions, DEFAULT_ENGAGEMENT_OPTIONS, creatorEngagement } from './creator-engagement';
import { followerTimeline, postInputOf } from './post-inputs';

export function creatorKpiRecord(
  creator: CreatorRow,
  posts: readonly KpiPost[],
  creatorSnapshots: readonly SnapshotRow[],
  options: EngagementOptions = DEFAULT_ENGAGEMENT_OPTIONS,
): CreatorKpiRecord | null {
  const followers = creator.latest.followers;
  if (!followers) return null;
  const timeline = followerTimeline(creator, creatorSnapshots);
  const inputs = posts.map((post) => postInputOf(post, timeline));
  return {
    creatorKey: creator.key,
    platform: creator.platform,
    followers: { value: followers.value, min: followers.min, max: followers.max },
    erByFollowers: creatorEngagement(inputs, 'followers', options).median,
    erByViews: creatorEngagement(inputs, 'views', options).median,
  };
}
