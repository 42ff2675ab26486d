/**
 * The rows of the compare-view benchmark (scripts/bench-compare-view.ts): `count` creators across two shortlists,
 * each with a follower snapshot and three posts with counts, so that every casting-card column has a figure to
 * render. Plain data, written into the extension's IndexedDB as stored rows.
 */
import type { Count } from '../../lib/count';
import type { CreatorRow, PostRow, ShortlistEntryRow, ShortlistRow, SnapshotRow } from '../../lib/db/rows';
import { SHORTLIST_STATUSES } from '../../lib/db/rows';
import { creatorKeyOf, entityKeyOf, postKeyOf } from '../../lib/reading/keys';
import { PLATFORMS } from '../../lib/reading/reading';

const DAY = 86_400_000;
const POSTS_PER_CREATOR = 3;

const exact = (value: number): Count => ({ value, min: value, max: value, exact: true, text: String(value) });
/** A count shown to the nearest thousand ("12K"), so the ER columns show ranges as they do for real pages. */
const rounded = (value: number): Count => {
  const shown = Math.max(1_000, Math.round(value / 1_000) * 1_000);
  return { value: shown, min: shown - 500, max: shown + 499, exact: false, text: `${shown / 1_000}K` };
};

export interface CompareBenchRows {
  creators: CreatorRow[];
  posts: PostRow[];
  snapshots: SnapshotRow[];
  shortlists: ShortlistRow[];
  shortlistEntries: ShortlistEntryRow[];
}

export function compareBenchRows(count: number, now: number): CompareBenchRows {
  const rows: CompareBenchRows = {
    creators: [],
    posts: [],
    snapshots: [],
    shortlists: [
      { id: 'bench-list-a', name: 'Spring launch', createdAt: now - 2 * DAY, updatedAt: now },
      { id: 'bench-list-b', name: 'Autumn', createdAt: now - DAY, updatedAt: now },
    ],
    shortlistEntries: [],
  };
  for (let index = 0; index < count; index++) {
    const platform = PLATFORMS[index % PLATFORMS.length]!;
    const handle = `bench${String(index).padStart(5, '0')}`;
    const key = creatorKeyOf(platform, { handle })!;
    // spread over every tier: 1K to ~5M followers
    const followers = index % 3 === 0 ? rounded(1_000 * 1.0017 ** index) : exact(Math.round(1_000 * 1.0017 ** index));
    const entityKey = entityKeyOf('creator', key);
    rows.snapshots.push({ id: `bench-visit:${entityKey}`, visitId: 'bench-visit', entityKey, kind: 'creator', platform, readAt: now - DAY, pageUrl: `https://example.com/${handle}`, counts: { followers } });
    rows.creators.push({
      key,
      platform,
      kind: 'person',
      handle,
      name: `Bench creator ${index}`,
      platformId: null,
      url: `https://example.com/${handle}`,
      verified: false,
      firstSeenAt: now - 2 * DAY,
      lastSeenAt: now - DAY,
      latest: { followers: { ...followers, readAt: now - DAY } },
      followersValue: followers.value,
    });
    for (let post = 0; post < POSTS_PER_CREATOR; post++) {
      const postKey = postKeyOf(platform, `${handle}p${post}`);
      const views = 5_000 + ((index * 7_919 + post * 104_729) % 90_000);
      const counts = { views: rounded(views), likes: exact(Math.round(views * 0.05)), comments: exact(10 + (index % 40)) };
      rows.posts.push({
        key: postKey,
        platform,
        postId: postKey.slice(platform.length + 1),
        creatorKey: key,
        url: `https://example.com/${handle}/${post}`,
        title: null,
        caption: null,
        publishedAt: now - (post + 1) * DAY,
        format: 'video',
        sponsored: false,
        pinned: false,
        firstSeenAt: now - 2 * DAY,
        lastSeenAt: now - DAY,
        latest: Object.fromEntries(Object.entries(counts).map(([metric, value]) => [metric, { ...value, readAt: now - DAY }])),
      });
    }
    const entry = (list: string, status: number): ShortlistEntryRow => ({
      id: `bench-entry-${list}-${index}`,
      shortlistId: list,
      creatorKey: key,
      status: SHORTLIST_STATUSES[status % SHORTLIST_STATUSES.length]!,
      notes: '',
      tags: index % 4 === 0 ? ['food'] : [],
      fields: { rate: null, email: null, agency: null },
      kpisAtAdd: null,
      addedAt: now - DAY + index,
      updatedAt: now - DAY + index,
    });
    rows.shortlistEntries.push(entry('bench-list-a', index));
    // every fifth creator is on both lists: still one row in the compare view
    if (index % 5 === 0) rows.shortlistEntries.push(entry('bench-list-b', index + 1));
  }
  return rows;
}
