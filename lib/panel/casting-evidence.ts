/**
 * The evidence trail behind the casting card's numbers: for each post of a creator ER, the counts its rate was
 * computed from and the count it was divided by, each with the page's own text, where it was read from (the page's
 * data, a network response, the visible text) and when; the follower snapshot a rate divided by, with the page it
 * was read on. Built from the stored rows the card was computed from, so every figure can be checked by hand.
 */
import type { CountSource, SourcedCount } from '../count';
import type { KpiPost } from '../db/creator-summary';
import type { PostRow, SnapshotRow } from '../db/rows';
import type { CreatorEngagement } from '../kpi/creator-engagement';
import type { RangedValue } from '../kpi/ranged-ratio';
import type { CastingRows } from './casting-queries';
import { shorten } from './labels';

export interface EvidenceCount {
  /** "likes", "followers", "views". */
  name: string;
  value: number;
  min: number;
  max: number;
  exact: boolean;
  /** What the page showed: "1.2K likes". */
  text: string;
  /** Where it was read from; null when the row does not say (rows stored before sources were kept). */
  source: CountSource | null;
  readAt: number;
  /** The page it was read on, when a snapshot says (the follower counts a rate divided by). */
  pageUrl: string | null;
  /** The snapshot it came from; null when it came from the row's newest counts. */
  snapshotId: string | null;
}

export interface EvidencePost {
  key: string;
  title: string;
  url: string;
  publishedAt: number | null;
  sponsored: boolean | null;
  status: 'used' | 'left-out';
  /** Used posts: the post's rate and what it came from. */
  rate: RangedValue | null;
  counts: EvidenceCount[];
  divisor: EvidenceCount | null;
  /** Left-out posts: why. Outliers (used, flagged): why they stand out. */
  why: string | null;
  outlier: 'high' | 'low' | null;
}

export function postTitle(post: Pick<PostRow, 'title' | 'caption' | 'postId'>, max = 90): string {
  return post.title?.trim() || (post.caption?.trim() ? shorten(post.caption.trim(), max) : `Post ${post.postId}`);
}

function sourceOf(count: SourcedCount | undefined): CountSource | null {
  return count?.source ?? null;
}

export function engagementEvidence(engagement: CreatorEngagement, rows: Pick<CastingRows, 'creator' | 'postRows' | 'creatorSnapshots'>): EvidencePost[] {
  // the card's listed posts, whose rows castingRowsOf read: every post used or left out here is one of them
  const postsByKey = rows.postRows;
  const snapshotsById = new Map(rows.creatorSnapshots.map((snapshot) => [snapshot.id, snapshot]));
  const outliers = new Map(engagement.outliers.map((outlier) => [outlier.key, outlier]));
  const followerName = rows.creator.platform === 'youtube' ? 'subscribers' : 'followers';

  const used = engagement.postsUsed.map((used): EvidencePost => {
    const row = postsByKey.get(used.key);
    const counts = Object.entries(used.inputs).flatMap(([name, count]) =>
      count
        ? [{ name, value: count.value, min: count.min, max: count.max, exact: count.exact, text: count.text, source: sourceOf(row?.latest[name as keyof PostRow['latest']]), readAt: count.readAt, pageUrl: null, snapshotId: null }]
        : [],
    );
    const outlier = outliers.get(used.key);
    return {
      key: used.key,
      title: row ? postTitle(row) : `Post ${used.postId}`,
      url: used.url,
      publishedAt: used.publishedAt,
      sponsored: used.sponsored,
      status: 'used',
      rate: used.rate,
      counts,
      divisor: divisorOf(used.denominator, engagement.basis, row, snapshotsById, rows.creator, followerName),
      why: outlier?.detail ?? null,
      outlier: outlier?.direction ?? null,
    };
  });
  const leftOut = engagement.postsLeftOut.map((left): EvidencePost => {
    const row = postsByKey.get(left.key);
    return {
      key: left.key,
      title: row ? postTitle(row) : `Post ${left.postId}`,
      url: left.url,
      publishedAt: left.publishedAt,
      sponsored: row?.sponsored ?? null,
      status: 'left-out',
      rate: null,
      counts: [],
      divisor: null,
      why: left.detail,
      outlier: null,
    };
  });
  return [...used, ...leftOut];
}

function divisorOf(
  denominator: CreatorEngagement['postsUsed'][number]['denominator'],
  basis: CreatorEngagement['basis'],
  post: PostRow | undefined,
  snapshotsById: ReadonlyMap<string, SnapshotRow>,
  creator: CastingRows['creator'],
  followerName: string,
): EvidenceCount {
  const { value, min, max, exact, text, readAt } = denominator;
  if (basis === 'views') {
    return { name: 'views', value, min, max, exact, text, readAt, source: sourceOf(post?.latest.views), pageUrl: null, snapshotId: null };
  }
  const snapshot = denominator.snapshotId ? snapshotsById.get(denominator.snapshotId) : undefined;
  return {
    name: followerName,
    value,
    min,
    max,
    exact,
    text,
    readAt,
    source: snapshot ? sourceOf(snapshot.counts.followers) : sourceOf(creator.latest.followers),
    pageUrl: snapshot?.pageUrl ?? creator.url,
    snapshotId: denominator.snapshotId,
  };
}

/** The creator's follower readings, oldest first, each with its snapshot's page and source: the follower chart's data. */
export interface FollowerPoint {
  snapshotId: string;
  readAt: number;
  value: number;
  min: number;
  max: number;
  text: string;
  source: CountSource | null;
  pageUrl: string;
}

export function followerPoints(creatorSnapshots: readonly SnapshotRow[]): FollowerPoint[] {
  return creatorSnapshots
    .flatMap((snapshot) => {
      const count = snapshot.counts.followers;
      return count
        ? [{ snapshotId: snapshot.id, readAt: snapshot.readAt, value: count.value, min: count.min, max: count.max, text: count.text, source: sourceOf(count), pageUrl: snapshot.pageUrl }]
        : [];
    })
    .sort((a, b) => a.readAt - b.readAt || a.snapshotId.localeCompare(b.snapshotId));
}

/** Each dated post with views, oldest first, as sponsored, organic, or not known: the post-view chart's data. */
export interface PostViewPoint {
  key: string;
  title: string;
  url: string;
  publishedAt: number;
  views: EvidenceCount;
  group: 'sponsored' | 'organic' | 'unknown';
}

/**
 * From every post's numbers (a creator summary's entries do: the chart needs no more), with the title, link and the
 * page's text of the views of those whose row is in `rows` (a post without one is "Post <id>", its text '' until its
 * row is read: lib/panel/use-post-rows.ts).
 */
export function postViewPoints(posts: readonly KpiPost[], rows: ReadonlyMap<string, PostRow> = new Map()): PostViewPoint[] {
  return posts
    .flatMap((summarized) => {
      const post = rows.get(summarized.key) ?? summarized;
      const views = post.latest.views;
      if (!views || post.publishedAt === null) return [];
      const group: PostViewPoint['group'] = post.sponsored === true ? 'sponsored' : post.sponsored === false ? 'organic' : 'unknown';
      const row = rows.get(post.key);
      return [
        {
          key: post.key,
          title: row ? postTitle(row) : `Post ${post.postId}`,
          url: post.url,
          publishedAt: post.publishedAt,
          views: { name: 'views', value: views.value, min: views.min, max: views.max, exact: views.exact, text: views.text, source: sourceOf(views), readAt: views.readAt, pageUrl: null, snapshotId: null },
          group,
        },
      ];
    })
    .sort((a, b) => a.publishedAt - b.publishedAt || a.key.localeCompare(b.key));
}
