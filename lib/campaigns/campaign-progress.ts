/**
 * Where a campaign stands on each of its KPIs, from what Castlist has: the snapshots of its tracked posts (each a
 * visit of the user's), its creators' follower snapshots, its imported results and the values the user entered. The
 * panel charts these series against the targets (pacing.ts judges them); the report segments them by creator,
 * platform and format.
 *
 * Where each KPI comes from:
 * - counts of the posts (video views, likes, comments, shares — reposts where a site has no shares —, saves —
 *   bookmarks where a site has no saves): the campaign's value at a moment is the sum of each tracked post's latest
 *   snapshot so far (pacing.ts combinedSeries), so every visit is a point;
 * - engagement rate: each post's ER by followers (lib/kpi/engagement-rate.ts, the house formula) with its creator's
 *   followers nearest before the snapshot; the campaign's is the mean of its posts' latest ERs at that moment;
 * - followers gained: each creator's followers minus their followers when the KPI's time frame began (their last
 *   snapshot before it, else their first in it), summed over creators;
 * - orders, revenue, CPA, AOV, return on spend, conversion rate, UTM sessions: one point per results import, at the
 *   time of the import (the files carry the campaign's totals so far);
 * - everything else (reach, impressions, link clicks, …): the values the user entered, each as of its date; a count
 *   entered is the total so far.
 * - substantive comments share: the tracked posts' comments Castlist has read (the creator's own left out), each
 *   labelled by lib/comments (campaign-comment-labels.ts puts the labels on the data: the panel loads lib/comments
 *   on demand); at each visit, the share labelled substantive among those read by then. No data until labelled.
 */
import type { CommentLabel } from '../comments';
import type { CampaignCreatorRow, CampaignKpiEntryRow, CampaignResultsRow, CampaignRow, CommentRow, PostRow, SnapshotRow, StoredCount, TrackedPostRow } from '../db/rows';
import { engagementRateByFollowers, type Metrics } from '../kpi/engagement-rate';
import type { Platform, PostFormat, PostMetric } from '../reading/reading';
import type { KpiTarget } from './campaign';
import { KPIS, type KpiId } from './kpi-catalog';
import { combinedSeries, paceOf, type Observation, type Pace } from './pacing';
import type { CreatorResult } from './results/campaign-results';

export interface TrackedPostData {
  tracked: TrackedPostRow;
  /** Null when the post row is gone (it never is while tracked, but the panel may read between two writes). */
  post: PostRow | null;
  /** Its snapshots, any order. */
  snapshots: readonly SnapshotRow[];
  /** Its comments Castlist has read (absent: none read). */
  comments?: readonly CommentRow[];
}

export interface CampaignData {
  campaign: CampaignRow;
  creators: readonly CampaignCreatorRow[];
  trackedPosts: readonly TrackedPostData[];
  /** Each campaign creator's snapshots (followers), by creator key. */
  creatorSnapshots: Readonly<Record<string, readonly SnapshotRow[]>>;
  /** Imports, any order. */
  imports: readonly CampaignResultsRow[];
  entries: readonly CampaignKpiEntryRow[];
  /**
   * lib/comments' label of each comment of others on the tracked posts, by comment key (withCommentLabels in
   * campaign-comment-labels.ts); absent while they are not scored, and the comment KPI then has no data.
   */
  commentLabels?: ReadonlyMap<string, CommentLabel>;
}

export interface KpiProgress {
  target: KpiTarget;
  primary: boolean;
  observations: Observation[];
  pace: Pace;
  /** Where the numbers come from, in words (shown under the chart and in the report). */
  source: string;
}

/** The post counts behind each page KPI that is a count; the second is used where a site shows no first. */
const POST_COUNT_KPIS: Partial<Record<KpiId, readonly [PostMetric, PostMetric?]>> = {
  'video-views': ['views'],
  likes: ['likes'],
  comments: ['comments'],
  shares: ['shares', 'reposts'],
  saves: ['saves', 'bookmarks'],
};

export const PAGE_KPIS_PER_POST: readonly KpiId[] = ['video-views', 'likes', 'comments', 'shares', 'saves', 'engagement-rate'];

function countOf(counts: SnapshotRow['counts'], kpi: KpiId): StoredCount | null {
  const metrics = POST_COUNT_KPIS[kpi];
  if (!metrics) return null;
  const [first, fallback] = metrics;
  return counts[first] ?? (fallback ? counts[fallback] : undefined) ?? null;
}

/** The creator's followers snapshot nearest before (or at) a moment, else their first one after it. */
function followersAt(snapshots: readonly SnapshotRow[], at: number): StoredCount | null {
  const withFollowers = snapshots.filter((snapshot) => snapshot.counts.followers).sort((a, b) => a.readAt - b.readAt);
  const before = withFollowers.filter((snapshot) => snapshot.readAt <= at).at(-1);
  return (before ?? withFollowers[0])?.counts.followers ?? null;
}

/** One tracked post's series of a page KPI (a count, or its ER by followers), oldest first. */
export function postSeries(data: TrackedPostData, kpi: KpiId, creatorSnapshots: readonly SnapshotRow[]): Observation[] {
  const sorted = [...data.snapshots].sort((a, b) => a.readAt - b.readAt);
  return sorted.flatMap((snapshot): Observation[] => {
    if (kpi === 'engagement-rate') {
      const rate = engagementRateByFollowers(snapshot.counts as Metrics, followersAt(creatorSnapshots, snapshot.readAt));
      return rate ? [{ at: snapshot.readAt, min: rate.min, max: rate.max }] : [];
    }
    const count = countOf(snapshot.counts, kpi);
    return count ? [{ at: snapshot.readAt, min: count.min, max: count.max }] : [];
  });
}

/** The mean, at each moment any post was seen, of each post's latest value so far (posts not yet seen left out). */
function meanSeries(seriesByPost: readonly (readonly Observation[])[]): Observation[] {
  const moments = [...new Set(seriesByPost.flatMap((series) => series.map((observation) => observation.at)))].sort((a, b) => a - b);
  return moments.map((at) => {
    const latest = seriesByPost.flatMap((series) => series.filter((observation) => observation.at <= at).slice(-1));
    return { at, min: latest.reduce((sum, o) => sum + o.min, 0) / latest.length, max: latest.reduce((sum, o) => sum + o.max, 0) / latest.length };
  });
}

function followerGrowthSeries(creatorKeys: readonly string[], creatorSnapshots: CampaignData['creatorSnapshots'], start: number): Observation[] {
  const perCreator = creatorKeys.map((key) => {
    const snapshots = [...(creatorSnapshots[key] ?? [])].filter((snapshot) => snapshot.counts.followers).sort((a, b) => a.readAt - b.readAt);
    const base = snapshots.filter((snapshot) => snapshot.readAt <= start).at(-1) ?? snapshots.find((snapshot) => snapshot.readAt >= start);
    if (!base) return [];
    const from = base.counts.followers!;
    return snapshots
      .filter((snapshot) => snapshot.readAt >= start)
      .map((snapshot) => ({ at: snapshot.readAt, min: snapshot.counts.followers!.min - from.max, max: snapshot.counts.followers!.max - from.min }));
  });
  return combinedSeries(perCreator);
}

function commentQualitySeries(data: CampaignData): Observation[] {
  const posts = data.trackedPosts;
  const comments = posts.flatMap((post) => (post.comments ?? []).filter((comment) => !comment.byCreator));
  if (comments.length === 0 || !data.commentLabels) return [];
  const labels = comments.map((comment) => {
    const label = data.commentLabels!.get(comment.key);
    if (label === undefined) throw new Error(`campaign "${data.campaign.name}": comment ${comment.key} has no label (label the data's own comments: withCommentLabels)`);
    return label === 'substantive';
  });
  const moments = [...new Set(posts.flatMap((post) => post.snapshots.map((snapshot) => snapshot.readAt)))].sort((a, b) => a - b);
  return moments.flatMap((at) => {
    const seen = comments.flatMap((comment, index) => (comment.firstSeenAt <= at ? [labels[index]!] : []));
    if (seen.length === 0) return [];
    const share = seen.filter(Boolean).length / seen.length;
    return [{ at, min: share, max: share }];
  });
}

/** The campaign-wide figure of an imported KPI, from one import; null when the import cannot give it. */
export function importedValue(results: readonly CreatorResult[], kpi: KpiId): number | null {
  const orders = results.reduce((sum, creator) => sum + creator.orders, 0);
  const currencies = new Set(results.filter((creator) => creator.orders > 0).map((creator) => creator.currency));
  const oneCurrency = currencies.size <= 1 && !currencies.has(null) && results.every((creator) => creator.orders === 0 || creator.revenue !== null);
  const revenue = oneCurrency ? results.reduce((sum, creator) => sum + (creator.revenue ?? 0), 0) : null;
  const costs = results.map((creator) => creator.cost);
  const cost = costs.every((value) => value !== null) ? costs.reduce((sum: number, value) => sum + value!, 0) : null;
  const withSessions = results.filter((creator) => creator.sessions !== null);
  const sessions = withSessions.length > 0 ? withSessions.reduce((sum, creator) => sum + creator.sessions!, 0) : null;
  switch (kpi) {
    case 'orders':
      return orders;
    case 'revenue':
      return revenue;
    case 'cost-per-acquisition':
      return cost !== null && orders > 0 ? cost / orders : null;
    case 'average-order-value':
      return revenue !== null && orders > 0 ? revenue / orders : null;
    case 'return-on-spend':
      return revenue !== null && cost !== null && cost > 0 ? revenue / cost : null;
    case 'conversion-rate': {
      if (sessions === null || sessions === 0) return null;
      const ordersWithSessions = withSessions.reduce((sum, creator) => sum + creator.orders, 0);
      return ordersWithSessions / sessions;
    }
    case 'utm-sessions':
      return sessions;
    default:
      return null;
  }
}

const SOURCES: Record<KpiDefinitionSource, string> = {
  page: 'your visits to the tracked posts',
  import: 'the imported orders and sessions files',
  manual: 'the values you entered',
};
type KpiDefinitionSource = (typeof KPIS)[KpiId]['source'];

/** The series of one KPI for the whole campaign, or for the posts and creators given (a report segment). */
export function kpiSeries(data: CampaignData, kpi: KpiId, timeFrameStart: number): Observation[] {
  const definition = KPIS[kpi];
  if (definition.source === 'page') {
    if (kpi === 'follower-growth') return followerGrowthSeries(data.creators.map((creator) => creator.creatorKey), data.creatorSnapshots, timeFrameStart);
    if (kpi === 'comment-quality') return commentQualitySeries(data);
    const perPost = data.trackedPosts.map((post) => postSeries(post, kpi, data.creatorSnapshots[post.tracked.creatorKey] ?? []));
    return kpi === 'engagement-rate' ? meanSeries(perPost) : combinedSeries(perPost);
  }
  if (definition.source === 'import') {
    return [...data.imports]
      .sort((a, b) => a.importedAt - b.importedAt)
      .flatMap((row) => {
        const value = importedValue(row.results.creators, kpi);
        return value === null ? [] : [{ at: row.importedAt, min: value, max: value }];
      });
  }
  return data.entries
    .filter((entry) => entry.kpi === kpi)
    .sort((a, b) => a.at - b.at || a.enteredAt - b.enteredAt)
    .map((entry) => ({ at: entry.at, min: entry.value, max: entry.value }));
}

/** Every KPI of the campaign, primary first, with its series and its pace at `now`. */
export function campaignProgress(data: CampaignData, now: number): KpiProgress[] {
  const { campaign } = data;
  return [campaign.primaryKpi, ...campaign.supportingKpis].map((target, index) => {
    const observations = kpiSeries(data, target.kpi, target.timeFrame.start);
    const definition = KPIS[target.kpi];
    const source = target.kpi === 'comment-quality' ? "the tracked posts' comments read on your visits" : SOURCES[definition.source];
    return { target, primary: index === 0, observations, pace: paceOf({ kpi: target.kpi, target: target.target, timeFrame: target.timeFrame, observations, now }), source };
  });
}

export type SegmentKind = 'creator' | 'platform' | 'format';

export interface Segment {
  kind: SegmentKind;
  /** The creator's handle, the platform id or the format id ("unknown" when the post's format was not read). */
  name: string;
  data: CampaignData;
}

/**
 * The campaign cut into segments: by creator (their posts and their results), by platform (its creators), by format
 * (posts of that format; results have no format, so imported KPIs are left out of format segments).
 */
export function campaignSegments(data: CampaignData): Segment[] {
  const segments: Segment[] = [];
  const resultsFor = (keep: (creator: CampaignCreatorRow) => boolean) => {
    const handles = new Set(data.creators.filter(keep).map((creator) => `${creator.platform}:${creator.handle}`));
    return data.imports.map((row) => ({ ...row, results: { ...row.results, creators: row.results.creators.filter((result) => handles.has(`${result.platform}:${result.handle}`)) } }));
  };
  const narrowed = (keep: (creator: CampaignCreatorRow) => boolean, keepPost: (post: TrackedPostData) => boolean, withImports: boolean): CampaignData => ({
    ...data,
    creators: data.creators.filter(keep),
    trackedPosts: data.trackedPosts.filter(keepPost),
    imports: withImports ? resultsFor(keep) : [],
    entries: [],
  });
  for (const creator of data.creators) {
    segments.push({ kind: 'creator', name: creator.handle, data: narrowed((c) => c.creatorKey === creator.creatorKey, (p) => p.tracked.creatorKey === creator.creatorKey, true) });
  }
  const platforms = [...new Set(data.creators.map((creator) => creator.platform))].sort() as Platform[];
  for (const platform of platforms) {
    const keys = new Set(data.creators.filter((creator) => creator.platform === platform).map((creator) => creator.creatorKey));
    segments.push({ kind: 'platform', name: platform, data: narrowed((c) => c.platform === platform, (p) => keys.has(p.tracked.creatorKey), true) });
  }
  const formatOf = (post: TrackedPostData): PostFormat | 'unknown' => post.post?.format ?? 'unknown';
  const formats = [...new Set(data.trackedPosts.map(formatOf))].sort();
  for (const format of formats) {
    const posts = data.trackedPosts.filter((post) => formatOf(post) === format);
    const keys = new Set(posts.map((post) => post.tracked.creatorKey));
    segments.push({ kind: 'format', name: format, data: { ...narrowed((c) => keys.has(c.creatorKey), (p) => formatOf(p) === format, false), creatorSnapshots: data.creatorSnapshots } });
  }
  return segments;
}

/** Whether a KPI has a meaning in a segment of this kind (followers gained has no format; results have none either). */
export function kpiAppliesTo(kpi: KpiId, kind: SegmentKind | 'campaign'): boolean {
  const source = KPIS[kpi].source;
  if (kind === 'campaign') return true;
  if (source === 'manual') return false;
  if (kind === 'format') return source === 'page' && kpi !== 'follower-growth';
  return true;
}

/** A creator's engagement rate in the campaign: the mean of their tracked posts' latest ERs by followers; null without one. */
export function creatorEngagementRate(data: CampaignData, creatorKey: string): Observation | null {
  const perPost = data.trackedPosts
    .filter((post) => post.tracked.creatorKey === creatorKey)
    .map((post) => postSeries(post, 'engagement-rate', data.creatorSnapshots[creatorKey] ?? []));
  return meanSeries(perPost).at(-1) ?? null;
}
