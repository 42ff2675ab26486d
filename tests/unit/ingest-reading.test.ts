import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestReading, MAX_FUTURE_SKEW_MS } from '../../lib/background/ingest-reading';
import { foundReaderName } from '../../lib/background/reader-events';
import { commentKeyOf } from '../../lib/background/comment-key';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import type { PostReading, Reading } from '../../lib/reading/reading';
import {
  captureMessage,
  exact,
  VIDEO_ID,
  WATCH_URL,
  watchReading,
  watchReadingAt,
} from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const CREATOR_KEY = 'youtube:rickastleyyt';
const POST_KEY = postKeyOf('youtube', VIDEO_ID);
const POST_ENTITY = entityKeyOf('post', POST_KEY);
const CREATOR_ENTITY = entityKeyOf('creator', CREATOR_KEY);
/** Later than every fixture reading, so none is "from the future". */
const NOW = Date.parse('2026-11-30T12:00:00Z');

let db: CastlistDatabase;

beforeEach(async () => {
  db = await openTestDatabase('ingest');
});

afterEach(() => removeTestDatabase(db));

function ingest(visitId: string, reading: Reading = watchReading()) {
  return ingestReading(db, captureMessage(visitId, reading), NOW);
}

function history(entityKey: string) {
  return db.snapshots.where('[entityKey+readAt]').between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey]).toArray();
}

async function tableSizes() {
  return {
    creators: await db.creators.count(),
    posts: await db.posts.count(),
    snapshots: await db.snapshots.count(),
    comments: await db.comments.count(),
    readerEvents: await db.readerEvents.count(),
  };
}

describe('ingestReading: what one reading stores', () => {
  it('writes the creator, the post, a snapshot of each, and the comments, and says so', async () => {
    const result = await ingest('visit-1');
    expect(result).toEqual({ creators: 1, posts: 1, snapshots: 2, comments: 2 });

    const creator = await db.creators.get(CREATOR_KEY);
    expect(creator).toMatchObject({
      handle: 'RickAstleyYT',
      name: 'Rick Astley',
      platformId: 'UCuAXFkgsw1L7xaCfnd5JJOw',
      verified: true,
      firstSeenAt: Date.parse('2026-11-02T10:00:00.000Z'),
      followersValue: 4_210_000,
    });
    expect(creator?.latest.followers).toEqual({
      value: 4_210_000,
      min: 4_205_000,
      max: 4_214_999,
      exact: false,
      text: '4.21M subscribers',
      source: 'text',
      readAt: Date.parse('2026-11-02T10:00:00.000Z'),
    });

    const post = await db.posts.get(POST_KEY);
    expect(post).toMatchObject({
      postId: VIDEO_ID,
      creatorKey: CREATOR_KEY,
      format: 'video',
      sponsored: false,
      publishedAt: Date.parse('2009-10-25T13:57:33Z'),
    });
    expect(post?.latest.views?.value).toBe(1_623_456_789);

    const [postPoint] = await history(POST_ENTITY);
    expect(postPoint).toEqual({
      id: `visit-1:${POST_ENTITY}`,
      visitId: 'visit-1',
      entityKey: POST_ENTITY,
      kind: 'post',
      platform: 'youtube',
      readAt: Date.parse('2026-11-02T10:00:00.000Z'),
      pageUrl: WATCH_URL,
      counts: {
        views: { value: 1_623_456_789, min: 1_623_456_789, max: 1_623_456_789, exact: true, text: '1,623,456,789', source: 'embedded' },
        likes: { value: 18_000_000, min: 17_950_000, max: 18_049_999, exact: false, text: '18M', source: 'text' },
        comments: { value: 2_401_118, min: 2_401_118, max: 2_401_118, exact: true, text: '2,401,118', source: 'embedded' },
      },
    });
  });

  it('adds no snapshot for a post the page showed no count of, but still stores the post', async () => {
    const reading = watchReading({ creator: null, comments: [], problems: [] });
    reading.posts = reading.posts.map((post) => ({ ...post, metrics: {} }));
    const result = await ingest('visit-1', reading);
    expect(result).toEqual({ creators: 0, posts: 1, snapshots: 0, comments: 0 });
    expect(await db.posts.get(POST_KEY)).toBeDefined();
  });

  it('stores no creator when the page names none (neither handle nor id)', async () => {
    const result = await ingest('visit-1', watchReading({ creator: { handle: null, name: 'Someone' } }));
    expect(result.creators).toBe(0);
    expect(await db.creators.count()).toBe(0);
  });

  it('stores one row for a post the page lists twice, with the counts of both listings', async () => {
    const reading = watchReading();
    const [post] = reading.posts as [PostReading];
    reading.posts = [
      { ...post, metrics: { views: exact(100) } },
      { ...post, title: null, metrics: { likes: exact(7) } },
    ];
    const result = await ingest('visit-1', reading);
    expect(result.posts).toBe(1);
    const stored = await db.posts.get(POST_KEY);
    expect(stored?.title).toBe(post.title);
    expect(Object.keys(stored?.latest ?? {}).sort()).toEqual(['likes', 'views']);
  });

  it('rejects a reading dated in the future and stores nothing', async () => {
    const future = new Date(NOW + MAX_FUTURE_SKEW_MS + 60_000).toISOString();
    await expect(ingest('visit-1', watchReading({ readAt: future }))).rejects.toThrow(/after the background's clock/);
    expect(await tableSizes()).toEqual({ creators: 0, posts: 0, snapshots: 0, comments: 0, readerEvents: 0 });
  });

  it('stores a reading whole or not at all: a failing write rolls back the rows written before it', async () => {
    vi.spyOn(db.comments, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(ingest('visit-1')).rejects.toThrow('disk on fire');
    expect(await tableSizes()).toEqual({ creators: 0, posts: 0, snapshots: 0, comments: 0, readerEvents: 0 });
  });
});

describe('ingestReading: post attribution', () => {
  // A post is its author's and no one else's: the reading names the author (lib/sites/post-attribution.ts decides
  // from the surface), the background never falls back to the page's creator. 'absent' = no row at all.
  type Surface = 'post' | 'profile' | 'feed';
  const cases: { name: string; surface: Surface; first: boolean; author: PostReading['author']; pageCreator: 'rick' | 'none'; expected: string | null | 'absent' }[] = [
    { name: 'post page, its own post without an author: stored under nobody', surface: 'post', first: true, author: undefined, pageCreator: 'rick', expected: null },
    { name: 'post page, its own post by handle, other case and an "@"', surface: 'post', first: true, author: { handle: '@rickastleyyt' }, pageCreator: 'rick', expected: CREATOR_KEY },
    { name: 'post page, author named by id only, same id as the page creator', surface: 'post', first: true, author: { handle: null, id: 'UCuAXFkgsw1L7xaCfnd5JJOw' }, pageCreator: 'rick', expected: CREATOR_KEY },
    { name: 'post page, author with neither handle nor id: under nobody', surface: 'post', first: true, author: { handle: null }, pageCreator: 'rick', expected: null },
    { name: 'post page, a recommendation without an author: not stored', surface: 'post', first: false, author: undefined, pageCreator: 'rick', expected: 'absent' },
    { name: 'post page, a recommendation named by its name only: not stored', surface: 'post', first: false, author: { handle: null, name: 'Other Channel' }, pageCreator: 'rick', expected: 'absent' },
    { name: 'post page, a recommendation by someone else: theirs', surface: 'post', first: false, author: { handle: 'OtherChannel' }, pageCreator: 'rick', expected: 'youtube:otherchannel' },
    { name: 'profile, a post without an author: not stored', surface: 'profile', first: true, author: undefined, pageCreator: 'rick', expected: 'absent' },
    { name: 'profile, a post by the profile', surface: 'profile', first: true, author: { handle: 'RickAstleyYT' }, pageCreator: 'rick', expected: CREATOR_KEY },
    { name: 'profile, someone else: their own key', surface: 'profile', first: true, author: { handle: 'OtherChannel' }, pageCreator: 'rick', expected: 'youtube:otherchannel' },
    { name: 'profile, someone else by id only', surface: 'profile', first: true, author: { handle: null, id: 'UCother' }, pageCreator: 'rick', expected: 'youtube:id:UCother' },
    { name: 'feed, an author', surface: 'feed', first: true, author: { handle: 'OtherChannel' }, pageCreator: 'none', expected: 'youtube:otherchannel' },
    { name: 'feed, no author: not stored', surface: 'feed', first: true, author: undefined, pageCreator: 'none', expected: 'absent' },
  ];

  it.each(cases)('$name', async ({ surface, first, author, pageCreator, expected }) => {
    const reading = watchReading();
    const [post] = reading.posts as [PostReading];
    const { author: _ignored, ...postWithoutAuthor } = post;
    const tested = author ? { ...postWithoutAuthor, author } : postWithoutAuthor;
    reading.surface = surface;
    reading.posts = first ? [tested] : [{ ...post, id: 'pageVideo01' }, tested];
    if (pageCreator === 'none') reading.creator = null;
    await ingest('visit-1', reading);
    const row = await db.posts.get(POST_KEY);
    if (expected === 'absent') expect(row).toBeUndefined();
    else expect(row?.creatorKey).toBe(expected);
  });
});

describe('ingestReading: history, one point per visit', () => {
  it('returns the snapshots of a post and of its creator in time order, whatever order the visits arrived in', async () => {
    await ingest('visit-b', watchReadingAt('2026-11-03T10:00:00Z', 2_000, 4_220_000));
    await ingest('visit-a', watchReadingAt('2026-11-02T10:00:00Z', 1_000, 4_210_000));
    await ingest('visit-c', watchReadingAt('2026-11-04T10:00:00Z', 3_000, 4_230_000));
    // A snapshot of another post must not appear in this post's history.
    const other = watchReadingAt('2026-11-03T12:00:00Z', 9);
    other.creator = null;
    other.posts = other.posts.map((post) => ({ ...post, id: 'otherVideo1' }));
    await ingest('visit-d', other);

    const postHistory = await history(POST_ENTITY);
    expect(postHistory.map((point) => [point.visitId, point.counts.views?.value])).toEqual([
      ['visit-a', 1_000],
      ['visit-b', 2_000],
      ['visit-c', 3_000],
    ]);
    const creatorHistory = await history(CREATOR_ENTITY);
    expect(creatorHistory.map((point) => point.counts.followers?.value)).toEqual([4_210_000, 4_220_000, 4_230_000]);
    // between() on the compound index can bound the time range too.
    const fromNov3 = await db.snapshots
      .where('[entityKey+readAt]')
      .between([POST_ENTITY, Date.parse('2026-11-03T00:00:00Z')], [POST_ENTITY, Dexie.maxKey])
      .toArray();
    expect(fromNov3.map((point) => point.visitId)).toEqual(['visit-b', 'visit-c']);
  });

  it('stores the same message twice only once', async () => {
    const first = await ingest('visit-1');
    const sizesAfterFirst = await tableSizes();
    const second = await ingest('visit-1');
    expect(second).toEqual(first);
    expect(await tableSizes()).toEqual(sizesAfterFirst);
    expect(sizesAfterFirst).toEqual({ creators: 1, posts: 1, snapshots: 2, comments: 2, readerEvents: 2 });
  });

  it('updates the visit’s point when the same visit is re-read as the page fills in', async () => {
    await ingest('visit-1', watchReadingAt('2026-11-02T10:00:00Z', 1_000));
    await ingest('visit-1', watchReadingAt('2026-11-02T10:00:05Z', 1_050));
    const points = await history(POST_ENTITY);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ readAt: Date.parse('2026-11-02T10:00:05Z'), counts: { views: { value: 1_050 } } });
  });

  it('keeps the visit’s point when an older re-read of the same visit arrives late', async () => {
    await ingest('visit-1', watchReadingAt('2026-11-02T10:00:05Z', 1_050));
    const late = await ingest('visit-1', watchReadingAt('2026-11-02T10:00:00Z', 1_000));
    expect(late.snapshots).toBe(0);
    const points = await history(POST_ENTITY);
    expect(points).toHaveLength(1);
    expect(points[0]?.counts.views?.value).toBe(1_050);
  });

  it('adds a new point for a new visit', async () => {
    await ingest('visit-1', watchReadingAt('2026-11-02T10:00:00Z', 1_000));
    await ingest('visit-2', watchReadingAt('2026-11-05T10:00:00Z', 5_000));
    expect((await history(POST_ENTITY)).map((point) => point.counts.views?.value)).toEqual([1_000, 5_000]);
    expect((await history(CREATOR_ENTITY))).toHaveLength(2);
  });
});

describe('ingestReading: latest state only moves forward in time', () => {
  it('does not let an older reading that arrives late overwrite newer counts or fields', async () => {
    const newer = watchReadingAt('2026-11-05T10:00:00Z', 5_000, 4_300_000);
    await ingest('visit-new', newer);

    const older = watchReadingAt('2026-11-01T10:00:00Z', 1_000, 4_100_000);
    older.creator = { ...older.creator!, name: 'Old Name' };
    await ingest('visit-old', older);

    const creator = await db.creators.get(CREATOR_KEY);
    expect(creator?.latest.followers?.value).toBe(4_300_000);
    expect(creator?.followersValue).toBe(4_300_000);
    expect(creator?.name).toBe('Rick Astley');
    // …but the older reading did happen: it is the first sighting and a point in the history.
    expect(creator?.firstSeenAt).toBe(Date.parse('2026-11-01T10:00:00Z'));
    expect(creator?.lastSeenAt).toBe(Date.parse('2026-11-05T10:00:00Z'));
    const post = await db.posts.get(POST_KEY);
    expect(post?.latest.views).toMatchObject({ value: 5_000, readAt: Date.parse('2026-11-05T10:00:00Z') });
    expect((await history(POST_ENTITY)).map((point) => point.counts.views?.value)).toEqual([1_000, 5_000]);
  });

  it('lets an older reading fill a count the newer one did not have', async () => {
    const newer = watchReadingAt('2026-11-05T10:00:00Z', 5_000);
    newer.posts = newer.posts.map((post) => ({ ...post, metrics: { views: exact(5_000) } }));
    await ingest('visit-new', newer);
    await ingest('visit-old', watchReadingAt('2026-11-01T10:00:00Z', 1_000));
    const post = await db.posts.get(POST_KEY);
    expect(post?.latest.views?.value).toBe(5_000);
    expect(post?.latest.comments?.value).toBe(2_401_118);
  });

  it('replaces latest counts with a newer reading and keeps firstSeenAt', async () => {
    await ingest('visit-1', watchReadingAt('2026-11-02T10:00:00Z', 1_000, 4_210_000));
    await ingest('visit-2', watchReadingAt('2026-11-03T10:00:00Z', 2_000, 4_250_000));
    const creator = await db.creators.get(CREATOR_KEY);
    expect(creator).toMatchObject({
      followersValue: 4_250_000,
      firstSeenAt: Date.parse('2026-11-02T10:00:00Z'),
      lastSeenAt: Date.parse('2026-11-03T10:00:00Z'),
    });
    expect(creator?.latest.followers?.source).toBe('network');
  });
});

describe('ingestReading: comments', () => {
  it('stores comments with their likes and replies, keyed by platform id or by a hash of author and text', async () => {
    await ingest('visit-1');
    const withId = await db.comments.get(`${POST_KEY}:UgzB6vXkZ9`);
    expect(withId).toMatchObject({
      postKey: POST_KEY,
      commentId: 'UgzB6vXkZ9',
      author: 'musicfan88',
      likes: { value: 1_204, exact: true, source: 'state' },
      replies: { value: 12 },
      publishedText: '2 days ago',
      byCreator: false,
    });
    const hashedKey = commentKeyOf(POST_KEY, { author: 'spammy_promo', text: 'check my channel for free giftcards!!' });
    expect(hashedKey).toMatch(new RegExp(`^${POST_KEY}:hash:[0-9a-f]{14}$`));
    expect(await db.comments.get(hashedKey)).toMatchObject({ commentId: null, likes: { value: 0 }, replies: null });
  });

  it('updates likes on a later visit and keeps firstSeenAt', async () => {
    await ingest('visit-1');
    const later = watchReading({ readAt: '2026-11-04T10:00:00.000Z' });
    later.comments = later.comments.map((comment) => ({ ...comment, likes: exact(2_000, 'state') }));
    await ingest('visit-2', later);
    const comment = await db.comments.get(`${POST_KEY}:UgzB6vXkZ9`);
    expect(comment?.likes?.value).toBe(2_000);
    expect(comment?.firstSeenAt).toBe(Date.parse('2026-11-02T10:00:00.000Z'));
    expect(comment?.lastSeenAt).toBe(Date.parse('2026-11-04T10:00:00.000Z'));
    expect(await db.comments.count()).toBe(2);
  });

  it('keeps two identical comments without ids apart (a duplicate is a quality signal), stably across re-reads', async () => {
    const reading = watchReading();
    const spam = { postId: VIDEO_ID, author: 'bot123', text: 'Nice video!!' };
    reading.comments = [spam, { ...spam, text: ' Nice   video!! ' }];
    await ingest('visit-1', reading);
    await ingest('visit-2', { ...reading, readAt: '2026-11-03T10:00:00.000Z' });
    expect(await db.comments.count()).toBe(2);
  });

  it('remembers that the creator replied even when a later visit shows the reply collapsed', async () => {
    const reading = watchReading();
    reading.comments = reading.comments.map((comment) => ({ ...comment, creatorReplied: true }));
    await ingest('visit-1', reading);
    await ingest('visit-2', watchReading({ readAt: '2026-11-03T10:00:00.000Z' }));
    expect((await db.comments.get(`${POST_KEY}:UgzB6vXkZ9`))?.creatorReplied).toBe(true);
  });
});

describe('ingestReading: reader events', () => {
  it('records one missed event per problem and one found event listing the fields found', async () => {
    await ingest('visit-1');
    const events = await db.readerEvents.orderBy('id').toArray();
    expect(events).toEqual([
      {
        id: expect.any(Number),
        platform: 'youtube',
        surface: 'post',
        reader: 'youtube.watch.embedded',
        field: 'post.shares',
        outcome: 'missed',
        code: 'not-found',
        detail: 'ytInitialData has no share count for this video',
        at: Date.parse('2026-11-02T10:00:00.000Z'),
        pageUrl: WATCH_URL,
        visitId: 'visit-1',
      },
      {
        id: expect.any(Number),
        platform: 'youtube',
        surface: 'post',
        reader: 'youtube.watch',
        field: '*',
        outcome: 'found',
        code: null,
        detail: 'post.views,post.likes,post.comments,creator.followers,comment.likes,comment.replies',
        at: Date.parse('2026-11-02T10:00:00.000Z'),
        pageUrl: WATCH_URL,
        visitId: 'visit-1',
      },
    ]);
    const degraded = await db.readerEvents
      .where('[platform+outcome+at]')
      .between(['youtube', 'missed', Dexie.minKey], ['youtube', 'missed', Dexie.maxKey])
      .toArray();
    expect(degraded.map((event) => event.field)).toEqual(['post.shares']);
  });

  it('replaces a visit’s events when the visit is re-read, instead of adding to them', async () => {
    await ingest('visit-1');
    const fixed = watchReading({ readAt: '2026-11-02T10:00:09.000Z', problems: [] });
    await ingest('visit-1', fixed);
    const events = await db.readerEvents.toArray();
    expect(events.map((event) => [event.outcome, event.at])).toEqual([['found', Date.parse('2026-11-02T10:00:09.000Z')]]);
  });

  it('keeps a visit’s events when an older read of it arrives late', async () => {
    await ingest('visit-1', watchReading({ readAt: '2026-11-02T10:00:09.000Z', problems: [] }));
    await ingest('visit-1', watchReading({ readAt: '2026-11-02T10:00:00.000Z' }));
    expect((await db.readerEvents.toArray()).map((event) => event.outcome)).toEqual(['found']);
  });

  it('adds the events of a new visit', async () => {
    await ingest('visit-1');
    await ingest('visit-2', watchReading({ readAt: '2026-11-03T10:00:00.000Z' }));
    expect(await db.readerEvents.count()).toBe(4);
  });

  it('records only missed events for a reading that found no count', async () => {
    const reading = watchReading({ creator: null, comments: [] });
    reading.posts = [];
    await ingest('visit-1', reading);
    expect((await db.readerEvents.toArray()).map((event) => event.outcome)).toEqual(['missed']);
  });

  it.each([
    { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', platform: 'youtube', surface: 'post', expected: 'youtube.watch' },
    { url: 'https://www.youtube.com/shorts/dQw4w9WgXcQ', platform: 'youtube', surface: 'post', expected: 'youtube.shorts' },
    { url: 'https://www.youtube.com/@RickAstleyYT/videos', platform: 'youtube', surface: 'profile', expected: 'youtube.channel' },
    // A URL lib/sites does not know falls back to platform and surface.
    { url: 'https://example.com/anything', platform: 'youtube', surface: 'post', expected: 'youtube.post' },
  ] as const)('names the reader of $url "$expected"', ({ url, platform, surface, expected }) => {
    expect(foundReaderName({ url, platform, surface })).toBe(expected);
  });
});
