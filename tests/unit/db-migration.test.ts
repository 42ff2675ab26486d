/**
 * Users who installed an earlier Castlist have its database: opening it with today's CastlistDatabase must upgrade
 * it in place, keep every row, and fill what the new versions add.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CastlistDatabase, CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../lib/db/castlist-db';
import type {
  CommentRow,
  CreatorRow,
  PostRow,
  ReaderEventRow,
  ShortlistEntryRow,
  ShortlistRow,
  SnapshotRow,
} from '../../lib/db/rows';
import { ingestReading } from '../../lib/background/ingest-reading';
import { captureMessage, exact, uniqueDatabaseName } from './background-fixtures';

/** Rows as versions 1–3 wrote them: creators without a kind, shortlist entries with the old statuses and fields. */
type CreatorRowV3 = Omit<CreatorRow, 'kind'>;
type ShortlistEntryRowV3 = Omit<ShortlistEntryRow, 'status' | 'tags' | 'fields' | 'kpisAtAdd'> & {
  status: 'candidate' | 'contacted' | 'negotiating' | 'booked' | 'declined';
};

const SEEN = Date.parse('2026-06-01T09:30:00Z');
const followers = { value: 182_000, min: 181_500, max: 182_499, exact: false, text: '182K followers', source: 'text' as const };

/** What a v1 database holds: creators written before followersValue existed. */
const V1_ROWS = {
  creators: [
    {
      key: 'instagram:natgeo',
      platform: 'instagram',
      handle: 'natgeo',
      name: 'National Geographic',
      platformId: '787132',
      url: 'https://www.instagram.com/natgeo/',
      verified: true,
      firstSeenAt: SEEN,
      lastSeenAt: SEEN + 3_600_000,
      latest: { followers: { ...followers, readAt: SEEN + 3_600_000 }, posts: { ...exact(30_211), readAt: SEEN } },
    },
    {
      key: 'x:id:44196397',
      platform: 'x',
      handle: null,
      name: null,
      platformId: '44196397',
      url: null,
      verified: null,
      firstSeenAt: SEEN,
      lastSeenAt: SEEN,
      latest: {},
    },
  ] satisfies CreatorRowV3[],
  posts: [
    {
      key: 'instagram:C9xYz12AbCd',
      platform: 'instagram',
      postId: 'C9xYz12AbCd',
      creatorKey: 'instagram:natgeo',
      url: 'https://www.instagram.com/p/C9xYz12AbCd/',
      title: null,
      caption: 'A snow leopard in Ladakh. Photo by @someone #wildlife',
      publishedAt: SEEN - 86_400_000,
      format: 'carousel',
      sponsored: false,
      pinned: null,
      firstSeenAt: SEEN,
      lastSeenAt: SEEN,
      latest: { likes: { ...exact(412_000), readAt: SEEN }, comments: { ...exact(1_804), readAt: SEEN } },
    },
  ] satisfies PostRow[],
  snapshots: [
    {
      id: 'visit-v1:post:instagram:C9xYz12AbCd',
      visitId: 'visit-v1',
      entityKey: 'post:instagram:C9xYz12AbCd',
      kind: 'post',
      platform: 'instagram',
      readAt: SEEN,
      pageUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
      counts: { likes: exact(412_000), comments: exact(1_804) },
    },
    {
      id: 'visit-v1:creator:instagram:natgeo',
      visitId: 'visit-v1',
      entityKey: 'creator:instagram:natgeo',
      kind: 'creator',
      platform: 'instagram',
      readAt: SEEN,
      pageUrl: 'https://www.instagram.com/natgeo/',
      counts: { followers },
    },
  ] satisfies SnapshotRow[],
  comments: [
    {
      key: 'instagram:C9xYz12AbCd:17912345678901234',
      platform: 'instagram',
      postKey: 'instagram:C9xYz12AbCd',
      commentId: '17912345678901234',
      author: 'birder_anna',
      authorName: 'Anna',
      text: 'What lens was this shot with?',
      publishedAt: SEEN - 3_600_000,
      publishedText: '1h',
      likes: exact(38),
      replies: null,
      byCreator: false,
      creatorReplied: true,
      firstSeenAt: SEEN,
      lastSeenAt: SEEN,
    },
  ] satisfies CommentRow[],
  shortlists: [{ id: 'list-1', name: 'Outdoor Q3', createdAt: SEEN, updatedAt: SEEN }] satisfies ShortlistRow[],
  shortlistEntries: [
    {
      id: 'entry-1',
      shortlistId: 'list-1',
      creatorKey: 'instagram:natgeo',
      status: 'contacted',
      notes: 'Asked for the media kit',
      addedAt: SEEN,
      updatedAt: SEEN,
    },
  ] satisfies ShortlistEntryRowV3[],
  readerEvents: [
    {
      platform: 'instagram',
      surface: 'post',
      reader: 'instagram.post',
      field: '*',
      outcome: 'found',
      code: null,
      detail: 'post.likes,post.comments',
      at: SEEN,
      pageUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
    },
    {
      platform: 'instagram',
      surface: 'post',
      reader: 'instagram.post.embedded',
      field: 'post.views',
      outcome: 'missed',
      code: 'hidden',
      detail: 'views are shown to the owner only',
      at: SEEN,
      pageUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
    },
  ] satisfies ReaderEventRow[],
};

type TableName = keyof typeof V1_ROWS;
const TABLES = Object.keys(V1_ROWS) as TableName[];
const PRIMARY_KEY: Record<TableName, string> = {
  creators: 'key',
  posts: 'key',
  snapshots: 'id',
  comments: 'key',
  shortlists: 'id',
  shortlistEntries: 'id',
  readerEvents: 'id',
};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Creates a database as an older Castlist release left it, filled with V1_ROWS, and closes it. */
async function createOldDatabase(name: string, schemas: readonly Record<string, string>[]): Promise<void> {
  const old = new Dexie(name);
  schemas.forEach((schema, index) => old.version(index + 1).stores(schema));
  await old.open();
  await old.transaction('rw', TABLES, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd(V1_ROWS[table]);
  });
  old.close();
}

async function openCurrent(name: string): Promise<CastlistDatabase> {
  const db = new CastlistDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('opening an older database with the current CastlistDatabase', () => {
  it.each([
    { from: 1, schemas: [SCHEMA_V1] },
    { from: 2, schemas: [SCHEMA_V1, SCHEMA_V2] },
    { from: 3, schemas: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3] },
  ])('upgrades version $from to the current version and keeps every row of every table', async ({ schemas }) => {
    const name = uniqueDatabaseName('migration');
    await createOldDatabase(name, schemas);
    const db = await openCurrent(name);

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(7);
    for (const table of TABLES) {
      const rows = await db.table(table).toArray();
      const expected = V1_ROWS[table];
      expect(rows, table).toHaveLength(expected.length);
      for (const row of expected) {
        const key = PRIMARY_KEY[table];
        const stored =
          key in row
            ? await db.table(table).get((row as Record<string, unknown>)[key] as string)
            : rows.find((candidate) => candidate.reader === (row as ReaderEventRow).reader);
        expect(stored, `${table} row`).toMatchObject(row);
      }
    }
  });

  it('fills followersValue from latest.followers when upgrading from version 1 (null when never read)', async () => {
    const name = uniqueDatabaseName('migration');
    await createOldDatabase(name, [SCHEMA_V1]);
    const db = await openCurrent(name);

    expect((await db.creators.get('instagram:natgeo'))?.followersValue).toBe(182_000);
    expect((await db.creators.get('x:id:44196397'))?.followersValue).toBeNull();
    // The v2 index answers the tier query the panel makes.
    const micro = await db.creators.where('[platform+followersValue]').between(['instagram', 10_000], ['instagram', 500_000]).toArray();
    expect(micro.map((creator) => creator.key)).toEqual(['instagram:natgeo']);
  });

  it('leaves events from before version 3 out of the visit index, so re-ingesting a visit never deletes them', async () => {
    const name = uniqueDatabaseName('migration');
    await createOldDatabase(name, [SCHEMA_V1, SCHEMA_V2]);
    const db = await openCurrent(name);

    const reading = {
      platform: 'instagram' as const,
      surface: 'post' as const,
      url: 'https://www.instagram.com/p/C9xYz12AbCd/',
      readAt: '2026-06-02T09:30:00Z',
      lang: 'en',
      creator: null,
      posts: [{ id: 'C9xYz12AbCd', url: 'https://www.instagram.com/p/C9xYz12AbCd/', metrics: { likes: exact(413_000) } }],
      comments: [],
      problems: [],
    };
    await ingestReading(db, captureMessage('visit-v3', reading), Date.parse('2026-06-03T00:00:00Z'));
    await ingestReading(db, captureMessage('visit-v3', reading), Date.parse('2026-06-03T00:00:00Z'));

    expect(await db.readerEvents.count()).toBe(3);
    const ofVisit = await db.readerEvents.where('[visitId+pageUrl]').equals(['visit-v3', reading.url]).toArray();
    expect(ofVisit.map((event) => event.outcome)).toEqual(['found']);
    // The old point and the new one, in time order.
    const history = await db.snapshots
      .where('[entityKey+readAt]')
      .between(['post:instagram:C9xYz12AbCd', Dexie.minKey], ['post:instagram:C9xYz12AbCd', Dexie.maxKey])
      .toArray();
    expect(history.map((point) => point.counts.likes?.value)).toEqual([412_000, 413_000]);
  });

  it('creates a new database at the current version', async () => {
    const db = await openCurrent(uniqueDatabaseName('fresh'));
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...TABLES, 'settings', 'maintenance', 'campaigns', 'campaignCreators', 'trackedPosts', 'campaignResults', 'campaignKpiEntries', 'creatorSummaries'].sort(),
    );
  });
});
