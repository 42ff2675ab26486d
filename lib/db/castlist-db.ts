/**
 * The one Dexie database. Every schema version stays declared here for as long as someone may still have it
 * (dexie.org/docs/Version/Version); a change is a new `version(n)` block, never an edit of an old one.
 */
import Dexie, { type Table } from 'dexie';
import type {
  CampaignCreatorRow,
  CampaignKpiEntryRow,
  CampaignResultsRow,
  CampaignRow,
  CommentRow,
  CreatorRow,
  MaintenanceRow,
  PostRow,
  ReaderEventRow,
  SettingRow,
  ShortlistEntryRow,
  ShortlistRow,
  SnapshotRow,
  TrackedPostRow,
} from './rows';
import { upgradeToV4 } from './upgrade-v4';
import { type CreatorSummaryRow, summariesOf } from './creator-summary';
import { creatorSummaryMiddleware } from './summary-middleware';

export const DATABASE_NAME = 'castlist';

/** Version 1, the first release. Kept verbatim: it is what existing users have. */
export const SCHEMA_V1 = {
  creators: 'key, platform, lastSeenAt, [platform+handle]',
  posts: 'key, creatorKey, lastSeenAt, [creatorKey+publishedAt]',
  // all snapshots of one creator or post in time order: where('[entityKey+readAt]').between([k, min], [k, max])
  snapshots: 'id, visitId, [entityKey+readAt], readAt',
  comments: 'key, postKey, [postKey+publishedAt], author',
  shortlists: 'id, name, createdAt',
  shortlistEntries: 'id, shortlistId, creatorKey, &[shortlistId+creatorKey]',
  readerEvents: '++id, at, [platform+surface+at], [reader+at]',
} as const;

/** Version 2: creators sortable by size (tier filters), reader health queried by outcome. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  creators: 'key, platform, lastSeenAt, [platform+handle], [platform+followersValue]',
  readerEvents: '++id, at, [platform+surface+at], [reader+at], [platform+outcome+at]',
} as const;

/**
 * Version 3: reader events findable by the visit that wrote them, so that re-ingesting a visit (a retried message,
 * a re-read as the page fills in) replaces that visit's events with one indexed lookup instead of a table scan.
 * No upgrade function: events written before v3 have no visitId and simply stay out of this index.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  readerEvents: '++id, at, [platform+surface+at], [reader+at], [platform+outcome+at], [visitId+pageUrl]',
} as const;

/**
 * Version 4 (the agreed schema-v4 changes; the upgrade is upgrade-v4.ts):
 *   - creators have a `kind` (person or company); LinkedIn company pages are re-keyed `linkedin:company:<slug>`;
 *   - shortlist entries have the statuses candidate | contacted | negotiating | approved | rejected, tags, the
 *     user's fields (rate, email, agency) and kpisAtAdd;
 *   - `settings`: user settings by key (lib/db/settings.ts), written only by the background through validated
 *     messages;
 *   - retention (lib/db/retention-policy.ts, applied by lib/background/compaction.ts): comments are pruned by when
 *     they were last seen, overall (`lastSeenAt`) and per post (`[postKey+lastSeenAt]`: a post's least recently
 *     seen comments go first when it holds more than its cap); `maintenance` remembers how far snapshot compaction
 *     got, so that each run only reads days it has not compacted yet. Snapshots are compacted by day and week
 *     through the existing `readAt` index, reader events pruned by age through `at`.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  comments: 'key, postKey, [postKey+publishedAt], author, lastSeenAt, [postKey+lastSeenAt]',
  settings: 'key',
  maintenance: 'key',
} as const;

/**
 * Version 5: campaigns (lib/campaigns/campaign.ts is the model; lib/background/campaigns.ts the only writer). New
 * tables only, so no upgrade function: every v4 row stays as it was.
 *   - `campaigns`: one row per campaign (objective, KPIs with targets and time frames, dates, budget, link values);
 *   - `campaignCreators`: its creators with agreed cost, promo code and utm_content; one row per creator and
 *     campaign (`&[campaignId+creatorKey]`), findable by creator for the panel's "This page";
 *   - `trackedPosts`: its live posts, one per post and campaign, findable by post (retention keeps their snapshots:
 *     lib/background/keep-sets.ts);
 *   - `campaignResults`: each import of the brand's orders (and sessions) files, in import order per campaign;
 *   - `campaignKpiEntries`: KPI values the user entered, per campaign, KPI and time.
 * Plain tables, so a backup of all tables takes them along.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  campaigns: 'id, updatedAt',
  campaignCreators: 'id, campaignId, creatorKey, &[campaignId+creatorKey]',
  trackedPosts: 'id, campaignId, postKey, &[campaignId+postKey]',
  campaignResults: 'id, campaignId, [campaignId+importedAt]',
  campaignKpiEntries: 'id, campaignId, [campaignId+kpi+at]',
} as const;

/**
 * Version 6: no index that no query uses. Every index is written on every put, so an unused one only slows writes
 * (a CSV import of 10,000 rows, a restore of 25,000 snapshots, every visit's ingest). Dropped:
 *   - creators `lastSeenAt` and `[platform+handle]`, posts `lastSeenAt`, snapshots `visitId`, comments
 *     `[postKey+publishedAt]` and `author`: nothing reads through them (creators and posts are found by key, by
 *     platform, by size and by creator; snapshots by entity and time; comments by post);
 *   - shortlistEntries `shortlistId`: `where('shortlistId')` is served by the unique `[shortlistId+creatorKey]`, whose
 *     first part it is (Dexie uses a compound index's first part as a virtual index).
 * Only indexes go, so no upgrade function: every row stays as it was. Kept: posts `[creatorKey+publishedAt]`, through
 * which the casting card finds a creator's newest posts by key alone (lib/panel/casting-queries.ts).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  creators: 'key, platform, [platform+followersValue]',
  posts: 'key, creatorKey, [creatorKey+publishedAt]',
  snapshots: 'id, [entityKey+readAt], readAt',
  comments: 'key, postKey, lastSeenAt, [postKey+lastSeenAt]',
  shortlistEntries: 'id, creatorKey, &[shortlistId+creatorKey]',
} as const;

/**
 * Version 7: `creatorSummaries`, one row per creator with what the KPIs read of each of their posts, packed so that it
 * decodes fast (lib/db/creator-summary.ts). The casting card and the personal benchmark read it instead of every post
 * row of a creator (500 rows were most of a card's mount: README, Benchmark). Derived data: kept in step with `posts`
 * in the same transaction by lib/db/summary-middleware.ts, built here from every stored post by the upgrade, left out
 * of backups and rebuilt by a restore (lib/backup). Nothing else changes, so no v6 row is touched.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  creatorSummaries: 'creatorKey',
} as const;

/** Tables of derived data: rebuilt from the others, never backed up (lib/backup). */
export const DERIVED_TABLES: readonly string[] = ['creatorSummaries'];

export class CastlistDatabase extends Dexie {
  creators!: Table<CreatorRow, string>;
  posts!: Table<PostRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  comments!: Table<CommentRow, string>;
  shortlists!: Table<ShortlistRow, string>;
  shortlistEntries!: Table<ShortlistEntryRow, string>;
  readerEvents!: Table<ReaderEventRow, number>;
  settings!: Table<SettingRow, string>;
  maintenance!: Table<MaintenanceRow, string>;
  campaigns!: Table<CampaignRow, string>;
  campaignCreators!: Table<CampaignCreatorRow, string>;
  trackedPosts!: Table<TrackedPostRow, string>;
  campaignResults!: Table<CampaignResultsRow, string>;
  campaignKpiEntries!: Table<CampaignKpiEntryRow, string>;
  creatorSummaries!: Table<CreatorSummaryRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<CreatorRow, string>('creators')
          .toCollection()
          .modify((creator) => {
            creator.followersValue = creator.latest?.followers?.value ?? null;
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7)
      .stores(SCHEMA_V7)
      .upgrade(async (tx) => {
        const posts = await tx.table<PostRow, string>('posts').toArray();
        await tx.table<CreatorSummaryRow, string>('creatorSummaries').bulkPut(summariesOf(posts));
      });
    this.use(creatorSummaryMiddleware);
  }
}

export const CURRENT_SCHEMA_VERSION = 7;

let shared: CastlistDatabase | null = null;

/** The database of this extension origin (background writes, panel reads). */
export function castlistDb(): CastlistDatabase {
  shared ??= new CastlistDatabase();
  return shared;
}
