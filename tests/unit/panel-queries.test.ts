import { afterEach, describe, expect, it } from 'vitest';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { findCreator, findPost, findProfileCreator, recentPostsOf, recentReaderEvents, recentSnapshots } from '../../lib/panel/queries';
import { creatorRow, DAY, exact, freshDb, HOUR, postRow, readerEvent, snapshotRow, T0 } from '../component/panel-rows';

let db: CastlistDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('panel queries', () => {
  it('find a post or creator, null when absent', async () => {
    db = freshDb();
    await db.posts.add(postRow({ key: 'youtube:abc', platform: 'youtube', postId: 'abc' }));
    await db.creators.add(creatorRow({ key: 'youtube:someone', platform: 'youtube' }));
    expect((await findPost(db, 'youtube:abc'))?.postId).toBe('abc');
    expect(await findPost(db, 'youtube:nope')).toBeNull();
    expect((await findCreator(db, 'youtube:someone'))?.key).toBe('youtube:someone');
    expect(await findCreator(db, 'youtube:nobody')).toBeNull();
    expect(await findCreator(db, null)).toBeNull();
  });

  it('finds a profile without handle or id in its URL by the stored profile URL', async () => {
    db = freshDb();
    await db.creators.bulkAdd([
      creatorRow({ key: 'youtube:legacy', platform: 'youtube', url: 'https://www.youtube.com/c/LegacyName' }),
      creatorRow({ key: 'youtube:other', platform: 'youtube', url: 'https://www.youtube.com/c/Other' }),
    ]);
    const found = await findProfileCreator(db, { platform: 'youtube', creatorKey: null, url: 'https://www.youtube.com/c/legacyname/' });
    expect(found?.key).toBe('youtube:legacy');
    expect(await findProfileCreator(db, { platform: 'youtube', creatorKey: null, url: 'https://www.youtube.com/c/Nobody' })).toBeNull();
  });

  it('recent snapshots: the newest N of one entity, oldest first', async () => {
    db = freshDb();
    const key = 'post:youtube:abc';
    await db.snapshots.bulkAdd([
      snapshotRow(key, T0 + 3 * HOUR, { views: exact(300) }),
      snapshotRow(key, T0, { views: exact(100) }),
      snapshotRow(key, T0 + 2 * HOUR, { views: exact(200) }),
      snapshotRow('post:youtube:other', T0 + HOUR, { views: exact(9) }),
    ]);
    expect((await recentSnapshots(db, key)).map((snapshot) => snapshot.readAt)).toEqual([T0, T0 + 2 * HOUR, T0 + 3 * HOUR]);
    expect((await recentSnapshots(db, key, 2)).map((snapshot) => snapshot.readAt)).toEqual([T0 + 2 * HOUR, T0 + 3 * HOUR]);
  });

  it("a creator's posts, newest first, including posts without a publish date", async () => {
    db = freshDb();
    await db.posts.bulkAdd([
      postRow({ key: 'x:1', platform: 'x', postId: '1', creatorKey: 'x:a', publishedAt: T0 - 3 * DAY }),
      postRow({ key: 'x:2', platform: 'x', postId: '2', creatorKey: 'x:a', publishedAt: T0 - DAY }),
      postRow({ key: 'x:3', platform: 'x', postId: '3', creatorKey: 'x:a', publishedAt: null, lastSeenAt: T0 - 2 * DAY }),
      postRow({ key: 'x:4', platform: 'x', postId: '4', creatorKey: 'x:b', publishedAt: T0 }),
    ]);
    const { posts, total } = await recentPostsOf(db, 'x:a');
    expect(total).toBe(3);
    expect(posts.map((post) => post.postId)).toEqual(['2', '3', '1']);
    expect((await recentPostsOf(db, 'x:a', 1)).posts.map((post) => post.postId)).toEqual(['2']);
  });

  it("reader events: the platform's, from the window, none when nothing was missed", async () => {
    db = freshDb();
    await db.readerEvents.bulkAdd([
      readerEvent({ outcome: 'found', field: '*', detail: 'post.likes', at: T0 }),
      readerEvent({ outcome: 'found', field: '*', detail: 'post.likes', at: T0 + HOUR }),
    ]);
    expect(await recentReaderEvents(db, 'youtube', T0 - DAY)).toEqual([]);
    await db.readerEvents.bulkAdd([
      readerEvent({ outcome: 'missed', field: 'post.likes', at: T0 + 2 * HOUR }),
      readerEvent({ outcome: 'missed', field: 'post.likes', at: T0 - 30 * DAY }),
      readerEvent({ outcome: 'missed', field: 'post.likes', at: T0 + 2 * HOUR, platform: 'tiktok', reader: 'tiktok.video.state' }),
    ]);
    const events = await recentReaderEvents(db, 'youtube', T0 - DAY);
    expect(events.map((event) => [event.outcome, event.at])).toEqual([
      ['found', T0],
      ['found', T0 + HOUR],
      ['missed', T0 + 2 * HOUR],
    ]);
  });
});
