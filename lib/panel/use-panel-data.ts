/**
 * The panel's data as React hooks: each runs one of the plain Dexie reads of queries.ts in a live query, so the
 * panel follows the background's writes by itself. Components call these and never open the database.
 *
 * Every hook returns undefined while loading and null for "not in the database", as the reads do.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CreatorRow, PostRow, SnapshotRow } from '../db/rows';
import { degradedReaders, type ReaderHealth } from '../health/reader-health';
import { entityKeyOf } from '../reading/keys';
import type { Platform } from '../reading/reading';
import { usePanel } from './panel-context';
import type { PanelTarget } from './page-target';
import { type FollowersInput, followersForPost } from './post-followers';
import {
  findCreator,
  findPost,
  findProfileCreator,
  READER_HEALTH_WINDOW_MS,
  RECENT_SNAPSHOTS,
  recentPostsOf,
  recentReaderEvents,
  recentSnapshots,
} from './queries';

/** Snapshots of a creator read to find the followers nearest to a post's reading. */
const CREATOR_SNAPSHOTS_FOR_POST = 50;

export function usePost(postKey: string): PostRow | null | undefined {
  const { db } = usePanel();
  return useLiveQuery(() => findPost(db, postKey), [db, postKey]);
}

export function useCreator(creatorKey: string | null): CreatorRow | null | undefined {
  const { db } = usePanel();
  return useLiveQuery(() => findCreator(db, creatorKey), [db, creatorKey]);
}

/** The creator of a profile page (by key, or by its stored URL for URLs that name no handle). */
export function useProfileCreator(target: Extract<PanelTarget, { kind: 'profile' }>): CreatorRow | null | undefined {
  const { db } = usePanel();
  return useLiveQuery(() => findProfileCreator(db, target), [db, target.platform, target.creatorKey, target.url]);
}

/** The newest `limit` snapshots of a creator or post (`creator:…` / `post:…`), oldest first. */
export function useRecentSnapshots(entityKey: string, limit = RECENT_SNAPSHOTS): SnapshotRow[] | undefined {
  const { db } = usePanel();
  return useLiveQuery(() => recentSnapshots(db, entityKey, limit), [db, entityKey, limit]);
}

/** A creator's posts read so far, newest first: the first RECENT_POSTS, and how many there are. */
export function useCreatorPosts(creatorKey: string): { posts: PostRow[]; total: number } | undefined {
  const { db } = usePanel();
  return useLiveQuery(() => recentPostsOf(db, creatorKey), [db, creatorKey]);
}

/** The followers a post's engagement rate by followers divides by, with when they were read; null when unknown. */
export function usePostFollowers(post: PostRow, creator: CreatorRow | null | undefined): FollowersInput | null {
  const { db } = usePanel();
  const creatorKey = creator?.key ?? null;
  const snapshots = useLiveQuery(
    () => (creatorKey ? recentSnapshots(db, entityKeyOf('creator', creatorKey), CREATOR_SNAPSHOTS_FOR_POST) : Promise.resolve([])),
    [db, creatorKey],
  );
  return useMemo(() => followersForPost(post, creator ?? null, snapshots ?? []), [post, creator, snapshots]);
}

/** The readers of a platform that stopped finding numbers in the last two weeks (none: an empty list). */
export function useDegradedReaders(platform: Platform): ReaderHealth[] {
  const { db, now } = usePanel();
  const events = useLiveQuery(() => recentReaderEvents(db, platform, now() - READER_HEALTH_WINDOW_MS), [db, platform, now]);
  return useMemo(() => (events && events.length ? degradedReaders(events) : []), [events]);
}
