/**
 * Followers "at capture time" for one post's engagement rate (product.md): the creator snapshot nearest to when the
 * post's counts were read, when one lies within a week of it; the creator's newest followers otherwise.
 */
import type { Count } from '../count';
import type { CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import { DAY_MS } from './format';
import { nearestCount } from './growth';
import { creatorMetricLabel } from './labels';

export interface FollowersInput {
  count: Count;
  readAt: number;
  /** What the number is called on this platform ("subscribers"). */
  label: string;
}

/** How far from the post's reading a creator snapshot may be to count as "followers at capture time". */
export const FOLLOWERS_NEAR_MS = 7 * DAY_MS;

export function followersForPost(post: PostRow, creator: CreatorRow | null, creatorSnapshots: readonly SnapshotRow[]): FollowersInput | null {
  if (!creator) return null;
  const label = creatorMetricLabel(creator.platform, 'followers').toLowerCase();
  const readAt = Math.max(0, ...Object.values(post.latest).map((count) => count?.readAt ?? 0));
  const near = nearestCount(creatorSnapshots, 'followers', readAt);
  if (near && Math.abs(near.readAt - readAt) <= FOLLOWERS_NEAR_MS) return { count: near.count, readAt: near.readAt, label };
  const latest = creator.latest.followers;
  return latest ? { count: latest, readAt: latest.readAt, label } : null;
}
