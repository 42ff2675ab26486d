/**
 * The casting card as data: one pure function from the stored rows of a creator (creator, posts, snapshots,
 * comments; the comment summary of lib/comments when the caller has one) to everything the card shows, each number
 * with the posts and snapshots it came from. The side panel's card and `npm run cli -- report` both render this.
 *
 *   followers, tier        the newest follower reading, and the tiers its range touches (lib/benchmarks/tiers.ts)
 *   engagement             creator ER by followers and by views, house formula by default (creator-engagement.ts)
 *   benchmarks             sourced bands in their own formula (lib/benchmarks), and the personal benchmark
 *   growth                 followers per day and week, views per hour of the posts whose snapshots were given
 *   breakouts, cadence, sponsored vs organic, comments, and one line per campaign objective (objectives.ts)
 */
import type { KpiPost } from '../db/creator-summary';
import type { CommentRow, CreatorRow, SnapshotRow } from '../db/rows';
import type { MergedBenchmarkSet } from '../benchmarks/benchmark-edits';
import { type BenchmarkComparison, type NotComparable, type RateQuery, compareWithBenchmarks } from '../benchmarks/compare-benchmark';
import { type CreatorKpiRecord, type PersonalBenchmark, personalBenchmark } from '../benchmarks/personal-benchmark';
import { type TierPlacement, tierOf } from '../benchmarks/tiers';
import type { BenchmarkSet } from '../benchmarks/benchmark-schema';
import { entityKeyOf } from '../reading/keys';
import { type Breakout, type BreakoutSummary, breakouts } from './breakouts';
import { type Cadence, postingCadence } from './cadence';
import { type CommentCounts, commentCounts } from './comment-counts';
import { type CreatorEngagement, type EngagementOptions, DEFAULT_ENGAGEMENT_OPTIONS, creatorEngagement } from './creator-engagement';
import { type FollowerGrowth, type ViewsVelocity, followerGrowth, viewsVelocity } from './creator-growth';
import { type InteractionSet, type RateBasis, HOUSE_INTERACTIONS } from './interaction-sets';
import { type CommentBreakdown, type ObjectiveLine, objectiveLines } from './objectives';
import { type PostInput, byRecency, followerTimeline, postInputOf } from './post-inputs';
import { type SponsoredVsOrganic, sponsoredVsOrganic } from './sponsored-organic';

export type CreatorKind = 'person' | 'company';

export interface CastingCardInput<Summary extends CommentBreakdown = CommentBreakdown> {
  /** `kind` is schema v4's (a LinkedIn company page is a brand); absent = the platform's default, a person. */
  creator: CreatorRow & { kind?: CreatorKind };
  /**
   * Every post of the creator: stored rows, or a creator summary's entries (lib/db/creator-summary.ts, numbers only)
   * for the posts the card does not list. The posts it lists (postsListedByCard) must be the stored rows: their text
   * and sources are what the card shows.
   */
  posts: readonly KpiPost[];
  creatorSnapshots: readonly SnapshotRow[];
  /** Snapshots of the posts whose views per hour the card shows (postsNeedingHistory says which). */
  postSnapshots: readonly SnapshotRow[];
  comments: readonly CommentRow[];
  /** lib/comments' summarizeCreatorComments(...) of the same comments, when the caller has it. */
  commentSummary?: Summary | null;
  benchmarks: readonly (BenchmarkSet | MergedBenchmarkSet)[];
  /** KPI records of the other creators read (lib/panel's query); null or absent: no personal benchmark. */
  peers?: readonly CreatorKpiRecord[] | null;
  options?: Partial<EngagementOptions>;
  now: number;
}

export interface FollowersReading {
  value: number;
  min: number;
  max: number;
  exact: boolean;
  text: string;
  readAt: number;
  /** The snapshot it came from (null: the creator row, when no snapshot has followers). */
  snapshotId: string | null;
}

export interface CastingCard<Summary extends CommentBreakdown = CommentBreakdown> {
  creator: {
    key: string;
    platform: CreatorRow['platform'];
    handle: string | null;
    name: string | null;
    url: string | null;
    verified: boolean | null;
    kind: CreatorKind;
  };
  followers: FollowersReading | null;
  tier: TierPlacement | null;
  options: EngagementOptions;
  engagement: { byFollowers: CreatorEngagement; byViews: CreatorEngagement };
  benchmarks: { comparisons: BenchmarkComparison[]; notComparable: NotComparable[] };
  personalBenchmark: { byFollowers: PersonalBenchmark | null; byViews: PersonalBenchmark | null } | null;
  growth: { followers: FollowerGrowth | null; viewsPerHour: ViewsVelocity[] };
  breakouts: BreakoutSummary;
  cadence: Cadence | null;
  sponsoredVsOrganic: { byFollowers: SponsoredVsOrganic; byViews: SponsoredVsOrganic };
  comments: CommentCounts & { summary: Summary | null };
  objectives: ObjectiveLine[];
  /** This creator as the personal benchmark sees every creator (and as a shortlist entry freezes its KPIs). */
  kpiRecord: CreatorKpiRecord | null;
  /** How many posts of the creator were read in all. */
  postsRead: number;
}

/** The newest follower reading: the newest snapshot with followers, else the creator row's. */
function newestFollowers(creator: CreatorRow, snapshots: readonly SnapshotRow[]): FollowersReading | null {
  let newest: SnapshotRow | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.counts.followers && (!newest || snapshot.readAt > newest.readAt)) newest = snapshot;
  }
  const fromRow = creator.latest.followers;
  if (newest && (!fromRow || newest.readAt >= fromRow.readAt)) {
    const { value, min, max, exact, text } = newest.counts.followers!;
    return { value, min, max, exact, text, readAt: newest.readAt, snapshotId: newest.id };
  }
  if (!fromRow) return null;
  const { value, min, max, exact, text, readAt } = fromRow;
  return { value, min, max, exact, text, readAt, snapshotId: null };
}

/** The posts whose snapshots the card's views-per-hour section uses: the newest `limit` with a view count. */
export function postsNeedingHistory<Post extends KpiPost>(posts: readonly Post[], limit: number = DEFAULT_ENGAGEMENT_OPTIONS.windowSize): Post[] {
  return posts
    .filter((post) => post.latest.views)
    .sort((a, b) => byRecency(a, b))
    .slice(0, limit);
}

/**
 * The keys of the posts the card lists with their details (text, sources, links), for a window of `windowSize` posts
 * in any interaction set and basis: the posts each creator ER used, left out or flagged, the breakouts, and the posts
 * whose views per hour it shows. Every other post enters the card only through its numbers, so a creator summary's
 * entry (lib/db/creator-summary.ts) stands for it as well as its row: casting-queries.ts reads the rows of these
 * posts alone. Worked out from the same numbers by the card's own functions, so it names exactly the posts the card
 * will list (tests/unit/creator-summary.test.ts checks the card is the same either way).
 */
export function postsListedByCard(
  creator: Pick<CreatorRow, 'latest'>,
  posts: readonly KpiPost[],
  creatorSnapshots: readonly SnapshotRow[],
  windowSize: number = DEFAULT_ENGAGEMENT_OPTIONS.windowSize,
): Set<string> {
  const timeline = followerTimeline(creator, creatorSnapshots);
  const inputs = posts.map((post) => postInputOf(post, timeline)).sort(byRecency);
  const listed = new Set<string>();
  // Which posts a window uses or leaves out does not depend on the interaction set (a post has a rate in every set or
  // in none: likes are in all of them, and only the denominator can void a rate), and its outliers are among the posts
  // used: the house set names the posts of all three.
  for (const basis of ['followers', 'views'] as const) {
    const engagement = creatorEngagement(inputs, basis, { windowSize, interactions: HOUSE_INTERACTIONS });
    for (const post of engagement.postsUsed) listed.add(post.key);
    for (const post of engagement.postsLeftOut) listed.add(post.key);
  }
  for (const breakout of breakouts(inputs).breakouts) listed.add(breakout.key);
  for (const post of postsNeedingHistory(posts, windowSize)) listed.add(post.key);
  return listed;
}

export function castingCard<Summary extends CommentBreakdown = CommentBreakdown>(input: CastingCardInput<Summary>): CastingCard<Summary> {
  const { creator, now } = input;
  const options: EngagementOptions = { ...DEFAULT_ENGAGEMENT_OPTIONS, ...input.options };
  const timeline = followerTimeline(creator, input.creatorSnapshots);
  const posts: PostInput[] = input.posts.map((post) => postInputOf(post, timeline)).sort(byRecency);
  const followers = newestFollowers(creator, input.creatorSnapshots);
  const tier = followers ? tierOf(followers) : null;
  const kind: CreatorKind = creator.kind ?? 'person';

  const engagements = new Map<string, CreatorEngagement>();
  const engagementIn = (basis: RateBasis, interactions: InteractionSet) => {
    const key = `${basis}|${interactions}`;
    let found = engagements.get(key);
    if (!found) engagements.set(key, (found = creatorEngagement(posts, basis, { ...options, interactions })));
    return found;
  };
  const splits = new Map<string, SponsoredVsOrganic>();
  const splitIn = (basis: RateBasis, interactions: InteractionSet) => {
    const key = `${basis}|${interactions}`;
    let found = splits.get(key);
    if (!found) splits.set(key, (found = sponsoredVsOrganic(posts, basis, interactions)));
    return found;
  };
  const rateIn = (query: RateQuery) => {
    if (query.content === 'all') {
      const engagement = engagementIn(query.basis, query.interactions);
      const rate = query.statistic === 'mean' ? engagement.mean : engagement.median;
      return rate ? { rate, posts: engagement.postsUsed.length } : null;
    }
    const group = splitIn(query.basis, query.interactions)[query.content];
    const rate = query.statistic === 'mean' ? group.mean : group.median;
    return rate ? { rate, posts: group.posts } : null;
  };

  const byFollowers = engagementIn('followers', options.interactions);
  const byViews = engagementIn('views', options.interactions);
  const benchmarks = compareWithBenchmarks(
    input.benchmarks,
    { platform: creator.platform, population: kind === 'company' ? 'brands' : 'creators', followers },
    rateIn,
  );
  const kpiRecord: CreatorKpiRecord | null = followers
    ? { creatorKey: creator.key, platform: creator.platform, followers, erByFollowers: byFollowers.median, erByViews: byViews.median }
    : null;
  const personal =
    input.peers && kpiRecord
      ? { byFollowers: personalBenchmark(kpiRecord, input.peers, 'followers'), byViews: personalBenchmark(kpiRecord, input.peers, 'views') }
      : null;

  const snapshotsByPost = new Map<string, SnapshotRow[]>();
  for (const snapshot of input.postSnapshots) {
    (snapshotsByPost.get(snapshot.entityKey) ?? snapshotsByPost.set(snapshot.entityKey, []).get(snapshot.entityKey)!).push(snapshot);
  }
  const viewsPerHour = posts.flatMap((post) => {
    const snapshots = snapshotsByPost.get(entityKeyOf('post', post.key));
    const velocity = snapshots ? viewsVelocity(post, snapshots) : null;
    return velocity ? [velocity] : [];
  });
  const growth = { followers: followerGrowth(input.creatorSnapshots), viewsPerHour };
  const breakoutSummary = breakouts(posts);
  const cadence = postingCadence(posts, now);
  const sponsored = { byFollowers: splitIn('followers', options.interactions), byViews: splitIn('views', options.interactions) };
  const comments = { ...commentCounts(input.comments), summary: input.commentSummary ?? null };

  const withoutObjectives = {
    creator: { key: creator.key, platform: creator.platform, handle: creator.handle, name: creator.name, url: creator.url, verified: creator.verified, kind },
    followers,
    tier,
    options,
    engagement: { byFollowers, byViews },
    benchmarks,
    personalBenchmark: personal,
    growth,
    breakouts: breakoutSummary,
    cadence,
    sponsoredVsOrganic: sponsored,
    comments,
    kpiRecord,
    postsRead: posts.length,
  };
  return { ...withoutObjectives, objectives: objectivesOf(withoutObjectives) };
}

/** The objectives' lines from the card's own figures (objectives.ts). */
function objectivesOf(card: Omit<CastingCard<CommentBreakdown>, 'objectives'>): ObjectiveLine[] {
  return objectiveLines({
    tier: card.tier,
    engagement: card.engagement,
    benchmarks: card.benchmarks.comparisons,
    personal: card.personalBenchmark,
    growth: card.growth,
    breakouts: card.breakouts.breakouts satisfies Breakout[],
    sponsored: card.sponsoredVsOrganic,
    comments: card.comments,
  });
}

/**
 * The card with lib/comments' summary of its comments, once scored (the panel scores them after the first render):
 * the comment figures and the objectives' comment signals then come from that breakdown.
 */
export function withCommentSummary<Summary extends CommentBreakdown>(card: CastingCard<CommentBreakdown>, summary: Summary | null): CastingCard<Summary> {
  const { objectives: _objectives, ...rest } = card;
  const withoutObjectives = { ...rest, comments: { ...card.comments, summary } };
  return { ...withoutObjectives, objectives: objectivesOf(withoutObjectives) };
}
