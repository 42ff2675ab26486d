/**
 * Stored rows for the KPI tests, as the background writes them (lib/db/rows.ts): a creator, posts with their latest
 * counts, and snapshots. Written by us: numbers chosen so each case can be checked by hand.
 */
import type { Count } from '../../lib/count';
import type { CreatorRow, PostRow, SnapshotRow } from '../../lib/db/rows';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import type { Platform, PostFormat, PostMetric } from '../../lib/reading/reading';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** The reading time of the tests' visits. */
export const READ_AT = Date.parse('2026-11-20T12:00:00Z');

export const exact = (value: number): Count => ({ value, min: value, max: value, exact: true, text: String(value) });
/** A rounded display, e.g. shown('1.2K', 1_200, 1_150, 1_249). */
export const shown = (text: string, value: number, min: number, max: number): Count => ({ value, min, max, exact: false, text });

export function creatorRow(platform: Platform, handle: string, followers: Count | null, readAt = READ_AT, extra: Partial<CreatorRow> = {}): CreatorRow {
  return {
    key: creatorKeyOf(platform, { handle })!,
    platform,
    kind: 'person',
    handle,
    name: handle,
    platformId: null,
    url: `https://example.test/${handle}`,
    verified: null,
    firstSeenAt: readAt,
    lastSeenAt: readAt,
    latest: followers ? { followers: { ...followers, readAt } } : {},
    followersValue: followers?.value ?? null,
    ...extra,
  };
}

export interface PostSpec {
  id: string;
  /** Days before READ_AT it was published; null: no publish time. */
  daysAgo: number | null;
  counts: Partial<Record<PostMetric, Count | number>>;
  pinned?: boolean;
  sponsored?: boolean | null;
  format?: PostFormat;
  readAt?: number;
  publishedAt?: number;
}

export function postRow(platform: Platform, creatorKey: string, spec: PostSpec): PostRow {
  const readAt = spec.readAt ?? READ_AT;
  const latest: PostRow['latest'] = {};
  for (const [metric, count] of Object.entries(spec.counts) as [PostMetric, Count | number][]) {
    latest[metric] = { ...(typeof count === 'number' ? exact(count) : count), readAt };
  }
  return {
    key: postKeyOf(platform, spec.id),
    platform,
    postId: spec.id,
    creatorKey,
    url: `https://example.test/p/${spec.id}`,
    title: null,
    caption: null,
    publishedAt: spec.publishedAt ?? (spec.daysAgo === null ? null : READ_AT - spec.daysAgo * DAY),
    format: spec.format ?? 'video',
    sponsored: spec.sponsored === undefined ? false : spec.sponsored,
    pinned: spec.pinned ?? false,
    firstSeenAt: readAt,
    lastSeenAt: readAt,
    latest,
  };
}

export function creatorSnapshot(creator: CreatorRow, visitId: string, readAt: number, followers: Count): SnapshotRow {
  const entityKey = entityKeyOf('creator', creator.key);
  return { id: `${visitId}:${entityKey}`, visitId, entityKey, kind: 'creator', platform: creator.platform, readAt, pageUrl: creator.url ?? '', counts: { followers } };
}

export function postSnapshot(post: PostRow, visitId: string, readAt: number, counts: SnapshotRow['counts']): SnapshotRow {
  const entityKey = entityKeyOf('post', post.key);
  return { id: `${visitId}:${entityKey}`, visitId, entityKey, kind: 'post', platform: post.platform, readAt, pageUrl: post.url, counts };
}
