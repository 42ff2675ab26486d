/**
 * The casting card's Dexie reads (lib/panel/casting-queries.ts) on readings stored by the background's own ingest:
 * a creator's rows, and the other creators of the same platform and tier for the personal benchmark, found through
 * the [platform+followersValue] index.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ingestReading } from '../../lib/background/ingest-reading';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { castingRowsOf, peerKpiRecords, RECENT_POST_SNAPSHOTS } from '../../lib/panel/casting-queries';
import type { Platform, Reading } from '../../lib/reading/reading';
import { exact } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const NOW = Date.parse('2026-11-30T12:00:00Z');
let db: CastlistDatabase;

beforeEach(async () => {
  db = await openTestDatabase('casting');
});

afterEach(() => removeTestDatabase(db));

/** A profile page: the creator's followers and `posts` posts, each with likes = rate × followers. */
function profile(platform: Platform, handle: string, followers: number, rates: number[], readAt = '2026-11-20T10:00:00.000Z'): Reading {
  return {
    platform,
    surface: 'profile',
    url: `https://example.test/@${handle}`,
    readAt,
    lang: 'en',
    creator: { handle, name: handle, followers: exact(followers) },
    posts: rates.map((rate, index) => ({
      id: `${handle}-${index}`,
      url: `https://example.test/@${handle}/${index}`,
      // The background stores a post under the creator its reading names as author, never by the page it was on.
      author: { handle, name: handle },
      publishedAt: new Date(Date.parse('2026-11-01T00:00:00Z') - index * 86_400_000).toISOString(),
      metrics: { likes: exact(Math.round(rate * followers)), views: exact(followers) },
    })),
    comments: [],
    problems: [],
  };
}

async function store(visitId: string, reading: Reading) {
  await ingestReading(db, { type: 'reading.capture', visitId, reading }, NOW);
}

describe('castingRowsOf', () => {
  test('the creator, all their posts, their snapshots, and the history of the newest posts with views', async () => {
    await store('v1', profile('tiktok', 'cook', 50_000, [0.01, 0.02, 0.03, 0.04], '2026-11-19T10:00:00.000Z'));
    await store('v2', profile('tiktok', 'cook', 52_000, [0.01, 0.02, 0.03, 0.04]));
    await store('v3', profile('tiktok', 'other', 60_000, [0.05]));
    const rows = (await castingRowsOf(db, 'tiktok:cook', 2))!;
    expect(rows.creator.key).toBe('tiktok:cook');
    expect(rows.posts.map((post) => post.postId).sort()).toEqual(['cook-0', 'cook-1', 'cook-2', 'cook-3']);
    expect(rows.creatorSnapshots.map((snapshot) => snapshot.visitId)).toEqual(['v1', 'v2']);
    // the 2 newest posts' snapshots, both visits each
    expect(rows.postSnapshots.map((snapshot) => snapshot.entityKey).sort()).toEqual([
      'post:tiktok:cook-0',
      'post:tiktok:cook-0',
      'post:tiktok:cook-1',
      'post:tiktok:cook-1',
    ]);
    expect(rows.comments).toEqual([]);
  });

  test('of a post with a long history, only its newest snapshots', async () => {
    for (let visit = 0; visit < RECENT_POST_SNAPSHOTS + 3; visit++) {
      await store(`visit-${visit}`, profile('tiktok', 'cook', 50_000, [0.01], new Date(Date.parse('2026-11-01T00:00:00Z') + visit * 3_600_000).toISOString()));
    }
    const rows = (await castingRowsOf(db, 'tiktok:cook'))!;
    expect(rows.creatorSnapshots).toHaveLength(RECENT_POST_SNAPSHOTS + 3);
    expect(rows.postSnapshots.map((snapshot) => snapshot.visitId)).toEqual(
      Array.from({ length: RECENT_POST_SNAPSHOTS }, (_, index) => `visit-${RECENT_POST_SNAPSHOTS + 2 - index}`),
    );
  });

  test('the history of exactly the posts that need it when the newest dated posts are not those (no views, undated posts)', async () => {
    // The snapshots of the newest dated posts are read beside the post rows, found by index before any row is read;
    // a newest post without views and an undated post with views make that first guess wrong in both directions.
    const reading = profile('tiktok', 'cook', 50_000, [0.01, 0.02, 0.03, 0.04]);
    const [newestWithoutViews, second, third, undated] = reading.posts;
    newestWithoutViews!.metrics = { likes: exact(500) };
    undated!.publishedAt = null;
    await store('v1', reading);
    await store('v2', { ...reading, readAt: '2026-11-21T10:00:00.000Z' });
    const historyOf = async (limit: number) =>
      [...new Set((await castingRowsOf(db, 'tiktok:cook', limit))!.postSnapshots.map((snapshot) => snapshot.entityKey))];
    expect(await historyOf(2)).toEqual([`post:tiktok:${second!.id}`, `post:tiktok:${third!.id}`]);
    expect(await historyOf(4)).toEqual([`post:tiktok:${second!.id}`, `post:tiktok:${third!.id}`, `post:tiktok:${undated!.id}`]);
    const rows = (await castingRowsOf(db, 'tiktok:cook', 4))!;
    expect(rows.postSnapshots).toHaveLength(6);
  });

  test('a creator not in the database: null', async () => {
    expect(await castingRowsOf(db, 'tiktok:nobody')).toBeNull();
  });
});

describe('peerKpiRecords', () => {
  test('creators of the same platform within the tiers, the creator itself left out, each with their creator ER', async () => {
    await store('a', profile('tiktok', 'me', 50_000, [0.03]));
    await store('b', profile('tiktok', 'peer1', 20_000, [0.01, 0.03, 0.02]));
    await store('c', profile('tiktok', 'peer2', 99_999, [0.05]));
    await store('d', profile('tiktok', 'toobig', 100_000, [0.05])); // mid
    await store('e', profile('tiktok', 'toosmall', 9_999, [0.05])); // nano
    await store('f', profile('instagram', 'elsewhere', 50_000, [0.05]));
    const records = await peerKpiRecords(db, 'tiktok', ['micro'], 'tiktok:me');
    expect(records.map((record) => record.creatorKey).sort()).toEqual(['tiktok:peer1', 'tiktok:peer2']);
    const peer1 = records.find((record) => record.creatorKey === 'tiktok:peer1')!;
    expect(peer1.erByFollowers!.value).toBeCloseTo(0.02, 12);
    expect(peer1.erByViews!.value).toBeCloseTo(0.02, 12);
  });

  test('two tiers (a straddling creator): the span of both', async () => {
    await store('a', profile('tiktok', 'small', 5_000, [0.05]));
    await store('b', profile('tiktok', 'medium', 50_000, [0.05]));
    const records = await peerKpiRecords(db, 'tiktok', ['nano', 'micro'], null);
    expect(records.map((record) => record.creatorKey).sort()).toEqual(['tiktok:medium', 'tiktok:small']);
  });
});
