/** Row builders for the panel's tests: a fake-indexeddb CastlistDatabase per test, filled with realistic rows. */
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { CreatorRow, PostRow, ReaderEventRow, SnapshotRow, StoredCount } from '../../lib/db/rows';

let databases = 0;

/** A fresh, empty database with a name no other test uses. */
export function freshDb(): CastlistDatabase {
  databases += 1;
  return new CastlistDatabase(`castlist-test-${databases}-${Math.random().toString(36).slice(2)}`);
}

export const T0 = Date.UTC(2026, 10, 30, 14, 2, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function exact(value: number, text = String(value), source: StoredCount['source'] = 'embedded'): StoredCount {
  return { value, min: value, max: value, exact: true, text, source };
}

export function rounded(value: number, min: number, max: number, text: string, source: StoredCount['source'] = 'text'): StoredCount {
  return { value, min, max, exact: false, text, source };
}

export function at<T extends StoredCount>(count: T, readAt: number): T & { readAt: number } {
  return { ...count, readAt };
}

export function creatorRow(overrides: Partial<CreatorRow> & Pick<CreatorRow, 'key' | 'platform'>): CreatorRow {
  return {
    kind: 'person',
    handle: null,
    name: null,
    platformId: null,
    url: null,
    verified: null,
    firstSeenAt: T0 - 10 * DAY,
    lastSeenAt: T0,
    latest: {},
    ...overrides,
  };
}

export function postRow(overrides: Partial<PostRow> & Pick<PostRow, 'key' | 'platform' | 'postId'>): PostRow {
  return {
    creatorKey: null,
    url: `https://example.com/${overrides.postId}`,
    title: null,
    caption: null,
    publishedAt: null,
    format: null,
    sponsored: null,
    pinned: null,
    firstSeenAt: T0 - DAY,
    lastSeenAt: T0,
    latest: {},
    ...overrides,
  };
}

export function snapshotRow(entityKey: string, readAt: number, counts: SnapshotRow['counts'], overrides: Partial<SnapshotRow> = {}): SnapshotRow {
  const visitId = `visit-${readAt}`;
  return {
    id: `${visitId}:${entityKey}`,
    visitId,
    entityKey,
    kind: entityKey.startsWith('post:') ? 'post' : 'creator',
    platform: entityKey.split(':')[1] as SnapshotRow['platform'],
    readAt,
    pageUrl: 'https://www.youtube.com/watch?v=GJLlxj_dtq8',
    counts,
    ...overrides,
  };
}

export function readerEvent(overrides: Partial<ReaderEventRow> & Pick<ReaderEventRow, 'outcome' | 'field' | 'at'>): ReaderEventRow {
  return {
    platform: 'youtube',
    surface: 'post',
    reader: 'youtube.watch',
    code: overrides.outcome === 'missed' ? 'not-found' : null,
    detail: null,
    pageUrl: 'https://www.youtube.com/watch?v=GJLlxj_dtq8',
    ...overrides,
  };
}
