import { afterEach, describe, expect, it } from 'vitest';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { commentsOfPosts, creatorRowsOf, PER_CREATOR_READS_UP_TO, storedCreatorsOf } from '../../lib/db/creator-rows';
import type { CommentRow, CreatorRow, PostRow, SnapshotRow } from '../../lib/db/rows';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import { uniqueDatabaseName } from './background-fixtures';

const AT = Date.parse('2026-11-30T00:00:00Z');
const keyOf = (handle: string) => creatorKeyOf('tiktok', { handle })!;

function post(handle: string | null, id: string): PostRow {
  return {
    key: postKeyOf('tiktok', id),
    platform: 'tiktok',
    postId: id,
    creatorKey: handle === null ? null : keyOf(handle),
    url: `https://www.tiktok.com/@${handle ?? 'someone'}/video/${id}`,
    title: null,
    caption: null,
    publishedAt: AT,
    format: 'video',
    sponsored: null,
    pinned: null,
    firstSeenAt: AT,
    lastSeenAt: AT,
    latest: {},
  };
}

function snapshot(kind: 'creator' | 'post', key: string, visit: number): SnapshotRow {
  const entityKey = entityKeyOf(kind, key);
  return { id: `visit-${visit}:${entityKey}`, visitId: `visit-${visit}`, entityKey, kind, platform: 'tiktok', readAt: AT + visit, pageUrl: 'https://www.tiktok.com/', counts: {} };
}

function comment(postId: string, index: number): CommentRow {
  return {
    key: `tiktok:${postId}:c${index}`,
    platform: 'tiktok',
    postKey: postKeyOf('tiktok', postId),
    commentId: `c${index}`,
    author: 'fan',
    authorName: null,
    text: 'nice',
    publishedAt: null,
    publishedText: null,
    likes: null,
    replies: null,
    byCreator: false,
    creatorReplied: false,
    firstSeenAt: AT,
    lastSeenAt: AT,
  };
}

/** "ab" and "abc" share a prefix: neither may get the other's rows. Filler creators push a read past the threshold. */
async function filledDatabase(fillers: number): Promise<CastlistDatabase> {
  const db = new CastlistDatabase(uniqueDatabaseName('creator-rows'));
  const fillerHandles = Array.from({ length: fillers }, (_, index) => `filler_${index}`);
  await db.posts.bulkAdd([post('ab', 'p1'), post('ab', 'p2'), post('abc', 'p3'), post(null, 'p4'), ...fillerHandles.map((handle) => post(handle, `f-${handle}`))]);
  await db.snapshots.bulkAdd([
    snapshot('creator', keyOf('ab'), 1),
    snapshot('creator', keyOf('ab'), 2),
    snapshot('creator', keyOf('abc'), 1),
    // a post's snapshot is not its creator's
    snapshot('post', keyOf('ab'), 3),
    ...fillerHandles.map((handle) => snapshot('creator', keyOf(handle), 1)),
  ]);
  await db.comments.bulkAdd([comment('p1', 1), comment('p1', 2), comment('p3', 1), comment('p4', 1)]);
  return db;
}

let db: CastlistDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const few = [keyOf('ab'), keyOf('abc'), keyOf('never_read')];
const many = [...few, ...Array.from({ length: PER_CREATOR_READS_UP_TO + 5 }, (_, index) => keyOf(`filler_${index}`))];

describe('creatorRowsOf', () => {
  it.each([
    { reads: 'per creator', keys: few },
    { reads: 'whole tables', keys: many },
  ])('reading $reads: each creator gets its own posts and snapshots, none of a post or of another creator', async ({ keys }) => {
    db = await filledDatabase(PER_CREATOR_READS_UP_TO + 5);
    const { posts, snapshots } = await creatorRowsOf(db, keys);
    const ids = <Row,>(rows: Row[] | undefined, idOf: (row: Row) => string) => (rows ?? []).map(idOf).sort();
    expect(ids(posts.get(keyOf('ab')), (row) => row.postId)).toEqual(['p1', 'p2']);
    expect(ids(posts.get(keyOf('abc')), (row) => row.postId)).toEqual(['p3']);
    expect(ids(snapshots.get(keyOf('ab')), (row) => row.id)).toEqual([`visit-1:creator:${keyOf('ab')}`, `visit-2:creator:${keyOf('ab')}`]);
    expect(ids(snapshots.get(keyOf('abc')), (row) => row.id)).toEqual([`visit-1:creator:${keyOf('abc')}`]);
    expect(posts.has(keyOf('never_read'))).toBe(false);
    expect(snapshots.has(keyOf('never_read'))).toBe(false);
    // a creator not asked for is left out, and a post with no creator belongs to nobody
    expect(posts.size).toBe(keys === few ? 2 : 2 + PER_CREATOR_READS_UP_TO + 5);
    expect([...posts.values()].flat().some((row) => row.creatorKey === null)).toBe(false);
  });

  it('gives the same rows whichever way it reads', async () => {
    db = await filledDatabase(PER_CREATOR_READS_UP_TO + 5);
    const wholeTables = await creatorRowsOf(db, many);
    const perCreator = new Map(await Promise.all(many.map(async (key) => [key, await creatorRowsOf(db!, [key])] as const)));
    for (const key of many) {
      expect(wholeTables.posts.get(key) ?? [], key).toEqual(perCreator.get(key)!.posts.get(key) ?? []);
      expect(wholeTables.snapshots.get(key) ?? [], key).toEqual(perCreator.get(key)!.snapshots.get(key) ?? []);
    }
  });

  it('reads a key given twice once', async () => {
    db = await filledDatabase(0);
    const { posts } = await creatorRowsOf(db, [keyOf('ab'), keyOf('ab')]);
    expect(posts.get(keyOf('ab'))).toHaveLength(2);
  });
});

describe('commentsOfPosts', () => {
  it.each([
    { reads: 'per post', extra: 0 },
    { reads: 'the whole table', extra: PER_CREATOR_READS_UP_TO + 5 },
  ])('reading $reads: each post gets its own comments, posts not asked for none', async ({ extra }) => {
    db = await filledDatabase(0);
    const keys = [postKeyOf('tiktok', 'p1'), postKeyOf('tiktok', 'p3'), postKeyOf('tiktok', 'p2'), ...Array.from({ length: extra }, (_, index) => postKeyOf('tiktok', `x${index}`))];
    const comments = await commentsOfPosts(db, keys);
    expect(comments.get(postKeyOf('tiktok', 'p1'))?.map((row) => row.commentId).sort()).toEqual(['c1', 'c2']);
    expect(comments.get(postKeyOf('tiktok', 'p3'))?.map((row) => row.commentId)).toEqual(['c1']);
    expect(comments.has(postKeyOf('tiktok', 'p2'))).toBe(false);
    expect(comments.has(postKeyOf('tiktok', 'p4'))).toBe(false);
  });
});

function creator(handle: string): CreatorRow {
  return { key: keyOf(handle), platform: 'tiktok', kind: 'person', handle, name: null, platformId: null, url: null, verified: null, firstSeenAt: AT, lastSeenAt: AT, latest: {}, followersValue: null };
}

describe('storedCreatorsOf', () => {
  it.each([
    { reads: 'single keys (few keys)', stored: 10, asked: 5 },
    { reads: 'single keys (many keys of a much larger table)', stored: 6 * (PER_CREATOR_READS_UP_TO + 1), asked: PER_CREATOR_READS_UP_TO + 1 },
    { reads: 'the whole table (many keys of a table not much larger)', stored: 2 * (PER_CREATOR_READS_UP_TO + 1), asked: PER_CREATOR_READS_UP_TO + 1 },
  ])('reading $reads: the stored creators asked for, by key, and nothing for keys never stored', async ({ stored, asked }) => {
    db = new CastlistDatabase(uniqueDatabaseName('stored-creators'));
    await db.creators.bulkAdd(Array.from({ length: stored }, (_, index) => creator(`c_${index}`)));
    const keys = [...Array.from({ length: asked }, (_, index) => keyOf(`c_${index * 2}`)), keyOf('never_read'), keyOf('c_0')];
    const found = await storedCreatorsOf(db, keys);
    const expected = Array.from({ length: asked }, (_, index) => index * 2).filter((index) => index < stored);
    expect([...found.keys()].sort()).toEqual(expected.map((index) => keyOf(`c_${index}`)).sort());
    expect(found.get(keyOf('c_0'))).toEqual(creator('c_0'));
    expect(found.has(keyOf('never_read'))).toBe(false);
  });
});
