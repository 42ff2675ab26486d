/**
 * The rows of the casting-card benchmark (scripts/bench-casting-card.ts): one TikTok creator with `postCount` posts,
 * each with `snapshotsPerPost` snapshots, and as many creator snapshots, one a day. Plain data, so the same rows
 * can be timed in the browser and profiled in Node.
 */
import type { Count } from '../../lib/count';
import type { CreatorRow, PostRow, SnapshotRow } from '../../lib/db/rows';
import { entityKeyOf, postKeyOf } from '../../lib/reading/keys';

const DAY = 86_400_000;
export const CREATOR_KEY = 'tiktok:benchcreator';

const exact = (value: number): Count => ({ value, min: value, max: value, exact: true, text: String(value) });
/** A count shown to the nearest thousand ("12K"), as TikTok rounds. */
const rounded = (value: number): Count => {
  const shown = Math.round(value / 1_000) * 1_000;
  return { value: shown, min: shown - 500, max: shown + 499, exact: false, text: `${shown / 1_000}K` };
};

export function benchRows(postCount: number, snapshotsPerPost: number, now: number): { creator: CreatorRow; posts: PostRow[]; snapshots: SnapshotRow[] } {
  const creatorSnapshots: SnapshotRow[] = [];
  for (let index = 0; index < snapshotsPerPost; index++) {
    const readAt = now - (snapshotsPerPost - index) * DAY;
    creatorSnapshots.push({
      id: `visit-${index}:${entityKeyOf('creator', CREATOR_KEY)}`,
      visitId: `visit-${index}`,
      entityKey: entityKeyOf('creator', CREATOR_KEY),
      kind: 'creator',
      platform: 'tiktok',
      readAt,
      pageUrl: 'https://www.tiktok.com/@benchcreator',
      counts: { followers: rounded(80_000 + index * 500) },
    });
  }
  const followers = { ...creatorSnapshots.at(-1)!.counts.followers!, readAt: creatorSnapshots.at(-1)!.readAt };
  const creator: CreatorRow = {
    key: CREATOR_KEY,
    platform: 'tiktok',
    kind: 'person',
    handle: 'benchcreator',
    name: 'Bench Creator',
    platformId: null,
    url: 'https://www.tiktok.com/@benchcreator',
    verified: false,
    firstSeenAt: creatorSnapshots[0]!.readAt,
    lastSeenAt: now,
    latest: { followers },
    followersValue: followers.value,
  };
  const posts: PostRow[] = [];
  const postSnapshots: SnapshotRow[] = [];
  for (let index = 0; index < postCount; index++) {
    const key = postKeyOf('tiktok', `7300${String(index).padStart(15, '0')}`);
    const views = 20_000 + ((index * 7_919) % 60_000);
    const readAt = now - (index % snapshotsPerPost) * DAY;
    const counts = { views: rounded(views), likes: exact(Math.round(views * 0.08)), comments: exact(40 + (index % 30)), shares: exact(12 + (index % 9)), saves: exact(30 + (index % 17)) };
    posts.push({
      key,
      platform: 'tiktok',
      postId: key.slice('tiktok:'.length),
      creatorKey: CREATOR_KEY,
      url: `https://www.tiktok.com/@benchcreator/video/${key.slice('tiktok:'.length)}`,
      title: null,
      caption: null,
      publishedAt: now - index * DAY / 2,
      format: 'video',
      sponsored: index % 9 === 0,
      pinned: index === 3,
      firstSeenAt: now - snapshotsPerPost * DAY,
      lastSeenAt: readAt,
      latest: Object.fromEntries(Object.entries(counts).map(([metric, count]) => [metric, { ...count, readAt }])),
    });
    for (let visit = 0; visit < snapshotsPerPost; visit++) {
      const at = now - (snapshotsPerPost - visit) * DAY;
      const entityKey = entityKeyOf('post', key);
      postSnapshots.push({
        id: `visit-${visit}:${entityKey}`,
        visitId: `visit-${visit}`,
        entityKey,
        kind: 'post',
        platform: 'tiktok',
        readAt: at,
        pageUrl: posts.at(-1)!.url,
        counts: { views: rounded((views * (visit + 1)) / snapshotsPerPost), likes: exact(Math.round((views * 0.08 * (visit + 1)) / snapshotsPerPost)) },
      });
    }
  }
  return { creator, posts, snapshots: [...creatorSnapshots, ...postSnapshots] };
}
