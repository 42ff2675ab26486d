/**
 * One Instagram creator for the casting card's component tests, as the background stores it: numbers chosen so
 * every figure of the card can be worked out by hand (written by us; the shape follows lib/db/rows.ts).
 *
 *   followers   44,000 (exact, a week ago) and "45.2K" now (45,150–45,249): micro tier, +171 a day
 *   posts       post1 pinned (left out), post4 likes hidden (left out), and five with a rate by followers:
 *                 post2  "1.5K" likes (1,450–1,549) + 50 comments   3.43% (3.32%–3.54%)
 *                 post3  1,200 + 30, sponsored                     2.72%
 *                 post5  1,800 + 60                                 4.12%
 *                 post6  1,000 + 20, sponsored                     2.26%
 *                 post7  1,700 + 100                                3.98%
 *               median 3.43% (between 3.3% and 3.5%), mean 3.3%; post5 and post7 are videos with views
 *   peers       two other Instagram micro creators read: 1% and 5% → this one is at the 50th percentile
 */
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { CommentRow, PostRow, StoredCount } from '../../lib/db/rows';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import { at, creatorRow, DAY, exact, HOUR, postRow, rounded, snapshotRow, T0 } from './panel-rows';

export const CREATOR_KEY = creatorKeyOf('instagram', { handle: 'chefanna' })!;
export const PROFILE_URL = 'https://www.instagram.com/chefanna/';
export const FOLLOWERS_NOW = rounded(45_200, 45_150, 45_249, '45.2K followers', 'embedded');

const postKey = (id: string) => postKeyOf('instagram', id);

export function comment(postId: string, id: string, text: string, extra: Partial<CommentRow> = {}): CommentRow {
  return {
    key: `${postKey(postId)}:${id}`,
    platform: 'instagram',
    postKey: postKey(postId),
    commentId: id,
    author: `fan_${id}`,
    authorName: null,
    text,
    publishedAt: null,
    publishedText: null,
    likes: null,
    replies: null,
    byCreator: false,
    creatorReplied: false,
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...extra,
  };
}

export async function seedCastingCreator(db: CastlistDatabase, followers: StoredCount = FOLLOWERS_NOW): Promise<void> {
  await db.creators.bulkAdd([
    creatorRow({
      key: CREATOR_KEY,
      platform: 'instagram',
      handle: 'chefanna',
      name: 'Chef Anna',
      url: PROFILE_URL,
      latest: { followers: at(followers, T0) },
      followersValue: followers.value,
    }),
    creatorRow({ key: creatorKeyOf('instagram', { handle: 'peer_low' })!, platform: 'instagram', handle: 'peer_low', latest: { followers: at(exact(30_000), T0) }, followersValue: 30_000 }),
    creatorRow({ key: creatorKeyOf('instagram', { handle: 'peer_high' })!, platform: 'instagram', handle: 'peer_high', latest: { followers: at(exact(60_000), T0) }, followersValue: 60_000 }),
  ]);
  const post = (id: string, daysAgo: number, latest: Record<string, StoredCount>, extra: Partial<PostRow> = {}) =>
    postRow({
      key: postKey(id),
      platform: 'instagram',
      postId: id,
      creatorKey: CREATOR_KEY,
      url: `https://www.instagram.com/p/${id}/`,
      caption: `Recipe ${id}`,
      publishedAt: T0 - daysAgo * DAY,
      format: 'image',
      sponsored: false,
      pinned: false,
      latest: Object.fromEntries(Object.entries(latest).map(([metric, count]) => [metric, at(count, T0)])),
      ...extra,
    });
  await db.posts.bulkAdd([
    post('post1', 1, { likes: exact(9_000), comments: exact(100) }, { pinned: true }),
    post('post2', 2, { likes: rounded(1_500, 1_450, 1_549, '1.5K', 'text'), comments: exact(50) }),
    post('post3', 3, { likes: exact(1_200), comments: exact(30) }, { sponsored: true }),
    post('post4', 4, { comments: exact(40) }),
    post('post5', 5, { likes: exact(1_800), comments: exact(60), views: exact(30_000) }, { format: 'video' }),
    post('post6', 6, { likes: exact(1_000), comments: exact(20) }, { sponsored: true }),
    post('post7', 7, { likes: exact(1_700), comments: exact(100), views: exact(20_000) }, { format: 'video' }),
    postRow({
      key: postKey('peerq1'),
      platform: 'instagram',
      postId: 'peerq1',
      creatorKey: creatorKeyOf('instagram', { handle: 'peer_low' }),
      publishedAt: T0 - DAY,
      latest: { likes: at(exact(300), T0), comments: at(exact(0), T0) },
    }),
    postRow({
      key: postKey('peerq2'),
      platform: 'instagram',
      postId: 'peerq2',
      creatorKey: creatorKeyOf('instagram', { handle: 'peer_high' }),
      publishedAt: T0 - DAY,
      latest: { likes: at(exact(3_000), T0), comments: at(exact(0), T0) },
    }),
  ]);
  const creatorEntity = entityKeyOf('creator', CREATOR_KEY);
  await db.snapshots.bulkAdd([
    snapshotRow(creatorEntity, T0 - 7 * DAY, { followers: exact(44_000, '44,000 followers', 'embedded') }, { pageUrl: PROFILE_URL }),
    snapshotRow(creatorEntity, T0, { followers }, { pageUrl: PROFILE_URL }),
    snapshotRow(entityKeyOf('post', postKey('post5')), T0 - 2 * HOUR, { views: exact(26_000) }, { pageUrl: 'https://www.instagram.com/p/post5/' }),
    snapshotRow(entityKeyOf('post', postKey('post5')), T0, { views: exact(30_000) }, { pageUrl: 'https://www.instagram.com/p/post5/' }),
  ]);
  await db.comments.bulkAdd([
    comment('post2', 'c1', 'What pan do you use for this? Looks amazing', { creatorReplied: true }),
    comment('post2', 'c2', '🔥🔥🔥'),
    comment('post3', 'c3', 'DM me to grow your followers fast, check my page'),
  ]);
}
