/**
 * The v3 → v4 upgrade on a filled v3 database: LinkedIn company pages move to their own key (with their posts,
 * snapshots and shortlist entries), a v3 row that mixed a person and a company with the same slug is split by the
 * page each point was read on, shortlist statuses are renamed and the new fields added — and every row of every
 * table is still there, equal to what it was except for what the upgrade is meant to change.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { ingestReading } from '../../lib/background/ingest-reading';
import { CastlistDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../lib/db/castlist-db';
import type { CommentRow, CreatorRow, PostRow, ReaderEventRow, ShortlistEntryRow, ShortlistRow, SnapshotRow } from '../../lib/db/rows';
import type { Reading } from '../../lib/reading/reading';
import { captureMessage, exact, uniqueDatabaseName } from './background-fixtures';

const T = Date.parse('2026-09-01T08:00:00Z');
const HOUR = 3_600_000;
const count = (value: number, text = `${value} followers`) => ({ ...exact(value, 'network'), text });

type CreatorRowV3 = Omit<CreatorRow, 'kind'>;
type EntryRowV3 = Omit<ShortlistEntryRow, 'status' | 'tags' | 'fields' | 'kpisAtAdd'> & { status: string };

function creator(key: string, url: string | null, followers: number, at = T): CreatorRowV3 {
  return {
    key,
    platform: key.startsWith('linkedin:') ? 'linkedin' : 'youtube',
    handle: key.split(':').at(-1)!,
    name: `Name of ${key}`,
    platformId: `urn:${key}`,
    url,
    verified: false,
    firstSeenAt: at - HOUR,
    lastSeenAt: at,
    latest: { followers: { ...count(followers), readAt: at } },
    followersValue: followers,
  };
}

function snapshot(visitId: string, entityKey: string, pageUrl: string, readAt: number, counts: SnapshotRow['counts']): SnapshotRow {
  return {
    id: `${visitId}:${entityKey}`,
    visitId,
    entityKey,
    kind: entityKey.startsWith('creator:') ? 'creator' : 'post',
    platform: entityKey.includes(':linkedin:') ? 'linkedin' : 'youtube',
    readAt,
    pageUrl,
    counts,
  };
}

function post(key: string, creatorKey: string | null): PostRow {
  return {
    key,
    platform: 'linkedin',
    postId: key.split(':')[1]!,
    creatorKey,
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${key.split(':')[1]}/`,
    title: null,
    caption: `Caption of ${key}`,
    publishedAt: T - 24 * HOUR,
    format: 'text',
    sponsored: false,
    pinned: null,
    firstSeenAt: T - HOUR,
    lastSeenAt: T,
    latest: { likes: { ...exact(40), readAt: T } },
  };
}

const COMPANY_URL = 'https://www.linkedin.com/company/acme-sample/';
const PERSON_URL = 'https://www.linkedin.com/in/ada-lovelace-sample/';

/** A v3 database as Castlist left it: companies keyed like people, the old statuses. */
const V3 = {
  creators: [
    creator('linkedin:acme-sample', COMPANY_URL, 250_311),
    creator('linkedin:ada-lovelace-sample', PERSON_URL, 48_210),
    // One v3 row for the person /in/dual-sample and the company /company/dual-sample: last read as the person.
    { ...creator('linkedin:dual-sample', 'https://www.linkedin.com/in/dual-sample/', 900, T + 2 * HOUR), latest: { followers: { ...count(900), readAt: T + 2 * HOUR } } },
    creator('youtube:castlistsamples', 'https://www.youtube.com/@castlistsamples', 482_000),
  ] satisfies CreatorRowV3[],
  posts: [
    post('linkedin:7400000000000000002', 'linkedin:acme-sample'),
    post('linkedin:7400000000000000003', 'linkedin:acme-sample'),
    post('linkedin:7400000000000000001', 'linkedin:ada-lovelace-sample'),
    post('linkedin:7400000000000000009', 'linkedin:dual-sample'),
  ] satisfies PostRow[],
  snapshots: [
    snapshot('v1', 'creator:linkedin:acme-sample', COMPANY_URL, T - HOUR, { followers: count(250_000) }),
    snapshot('v2', 'creator:linkedin:acme-sample', 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/', T, { followers: count(250_311) }),
    snapshot('v2', 'post:linkedin:7400000000000000002', 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/', T, { likes: exact(40) }),
    snapshot('v3', 'creator:linkedin:ada-lovelace-sample', PERSON_URL, T, { followers: count(48_210) }),
    snapshot('v4', 'creator:linkedin:dual-sample', 'https://www.linkedin.com/company/dual-sample/', T, { followers: count(12_000) }),
    snapshot('v5', 'creator:linkedin:dual-sample', 'https://www.linkedin.com/in/dual-sample/', T + 2 * HOUR, { followers: count(900) }),
    snapshot('v6', 'creator:linkedin:dual-sample', 'https://www.linkedin.com/posts/dual-sample_x-activity-7400000000000000009-abcd', T + HOUR, { followers: count(901) }),
    snapshot('v7', 'creator:youtube:castlistsamples', 'https://www.youtube.com/@castlistsamples', T, { followers: count(482_000) }),
  ] satisfies SnapshotRow[],
  comments: [
    {
      key: 'linkedin:7400000000000000002:c1',
      platform: 'linkedin',
      postKey: 'linkedin:7400000000000000002',
      commentId: 'c1',
      author: 'grace-hopper-sample',
      authorName: 'Grace Hopper',
      text: 'Specific question about the release',
      publishedAt: null,
      publishedText: '2h',
      likes: exact(3),
      replies: null,
      byCreator: false,
      creatorReplied: true,
      firstSeenAt: T,
      lastSeenAt: T,
    },
  ] satisfies CommentRow[],
  shortlists: [{ id: 'list-1', name: 'B2B Q4', createdAt: T, updatedAt: T }] satisfies ShortlistRow[],
  shortlistEntries: [
    { id: 'entry-company', shortlistId: 'list-1', creatorKey: 'linkedin:acme-sample', status: 'booked', notes: 'Signed', addedAt: T, updatedAt: T },
    { id: 'entry-person', shortlistId: 'list-1', creatorKey: 'linkedin:ada-lovelace-sample', status: 'declined', notes: '', addedAt: T, updatedAt: T },
    { id: 'entry-youtube', shortlistId: 'list-1', creatorKey: 'youtube:castlistsamples', status: 'negotiating', notes: 'Rate?', addedAt: T, updatedAt: T },
  ] satisfies EntryRowV3[],
  readerEvents: [
    { platform: 'linkedin', surface: 'profile', reader: 'linkedin.company', field: '*', outcome: 'found', code: null, detail: 'creator.followers', at: T, pageUrl: COMPANY_URL, visitId: 'v1' },
  ] satisfies ReaderEventRow[],
};

type TableName = keyof typeof V3;
const TABLES = Object.keys(V3) as TableName[];

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function upgradedV3Database(): Promise<CastlistDatabase> {
  const name = uniqueDatabaseName('migration-v4');
  const old = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3].forEach((schema, index) => old.version(index + 1).stores(schema));
  await old.open();
  await old.transaction('rw', TABLES, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd(V3[table]);
  });
  old.close();
  const db = new CastlistDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

/** The creator key each v3 key becomes; the company snapshots of the mixed row go to its company key. */
const REKEYED: Record<string, string> = { 'linkedin:acme-sample': 'linkedin:company:acme-sample' };

describe('upgrading a filled v3 database to v4', () => {
  test('loses nothing: every v3 row is in v4, equal but for its new key and the fields v4 adds', async () => {
    const db = await upgradedV3Database();
    expect(db.verno).toBeGreaterThanOrEqual(4); // later versions run after v4 on the way up

    for (const old of V3.creators) {
      const key = REKEYED[old.key] ?? old.key;
      const kind = key.includes(':company:') ? 'company' : 'person';
      expect(await db.creators.get(key), old.key).toEqual(old.key === 'linkedin:dual-sample' ? expect.objectContaining({ name: old.name }) : { ...old, key, kind });
    }
    expect(await db.creators.get('linkedin:acme-sample')).toBeUndefined();
    // The split gave the mixed row's company a row of its own: one creator more, nothing else added or removed.
    expect(await db.creators.count()).toBe(V3.creators.length + 1);

    for (const old of V3.posts) {
      expect(await db.posts.get(old.key)).toEqual({ ...old, creatorKey: REKEYED[old.creatorKey!] ?? old.creatorKey });
    }
    expect(await db.comments.toArray()).toEqual(V3.comments);
    expect(await db.shortlists.toArray()).toEqual(V3.shortlists);
    expect((await db.readerEvents.toArray()).map(({ id: _id, ...event }) => event)).toEqual(V3.readerEvents);

    // Every point keeps its visit, time, page and counts; only its entity key (and the id made of it) may change.
    const points = (rows: SnapshotRow[]) => rows.map((row) => JSON.stringify([row.visitId, row.readAt, row.pageUrl, row.kind, row.platform, row.counts])).sort();
    const stored = await db.snapshots.toArray();
    expect(points(stored)).toEqual(points(V3.snapshots));
    for (const row of stored) expect(row.id).toBe(`${row.visitId}:${row.entityKey}`);
  });

  test('a LinkedIn company page moves to linkedin:company:<slug> with its posts, points and shortlist entries', async () => {
    const db = await upgradedV3Database();
    const company = await db.creators.get('linkedin:company:acme-sample');
    expect(company).toMatchObject({ kind: 'company', handle: 'acme-sample', url: COMPANY_URL, followersValue: 250_311 });
    expect((await db.posts.where('creatorKey').equals('linkedin:company:acme-sample').primaryKeys()).sort()).toEqual([
      'linkedin:7400000000000000002',
      'linkedin:7400000000000000003',
    ]);
    const history = await db.snapshots.where('[entityKey+readAt]').between(['creator:linkedin:company:acme-sample', Dexie.minKey], ['creator:linkedin:company:acme-sample', Dexie.maxKey]).toArray();
    expect(history.map((point) => [point.id, point.counts.followers?.value])).toEqual([
      ['v1:creator:linkedin:company:acme-sample', 250_000],
      ['v2:creator:linkedin:company:acme-sample', 250_311],
    ]);
    expect(await db.snapshots.where('entityKey').equals('creator:linkedin:acme-sample').count()).toBe(0);
    expect((await db.shortlistEntries.get('entry-company'))?.creatorKey).toBe('linkedin:company:acme-sample');
    // The unique [shortlistId+creatorKey] index follows.
    expect(await db.shortlistEntries.where('[shortlistId+creatorKey]').equals(['list-1', 'linkedin:company:acme-sample']).count()).toBe(1);
  });

  test('people and other platforms keep their keys and become kind "person"', async () => {
    const db = await upgradedV3Database();
    expect(await db.creators.get('linkedin:ada-lovelace-sample')).toMatchObject({ kind: 'person', url: PERSON_URL });
    expect(await db.creators.get('youtube:castlistsamples')).toMatchObject({ kind: 'person' });
    expect(await db.snapshots.get('v3:creator:linkedin:ada-lovelace-sample')).toBeDefined();
  });

  test('a v3 row shared by a person and a company with the same slug is split by the page each point was read on', async () => {
    const db = await upgradedV3Database();
    const person = await db.creators.get('linkedin:dual-sample');
    const company = await db.creators.get('linkedin:company:dual-sample');
    // The row was last read as the person: it stays the person's, with its posts; the company gets a row rebuilt
    // from the points read on /company/dual-sample.
    expect(person).toMatchObject({ kind: 'person', name: 'Name of linkedin:dual-sample', url: 'https://www.linkedin.com/in/dual-sample/' });
    expect(company).toMatchObject({
      kind: 'company',
      handle: 'dual-sample',
      url: 'https://www.linkedin.com/company/dual-sample/',
      firstSeenAt: T,
      lastSeenAt: T,
      followersValue: 12_000,
      latest: { followers: { value: 12_000, readAt: T } },
    });
    expect(person?.latest.followers).toMatchObject({ value: 900, readAt: T + 2 * HOUR });
    expect(await db.snapshots.get('v4:creator:linkedin:company:dual-sample')).toMatchObject({ counts: { followers: { value: 12_000 } } });
    // A point read on a post page cannot tell the kind: it follows the row.
    expect(await db.snapshots.get('v6:creator:linkedin:dual-sample')).toBeDefined();
    expect(await db.snapshots.get('v5:creator:linkedin:dual-sample')).toBeDefined();
    expect((await db.posts.get('linkedin:7400000000000000009'))?.creatorKey).toBe('linkedin:dual-sample');
  });

  test('shortlist entries: booked → approved, declined → rejected, others unchanged; tags, fields and kpisAtAdd added empty', async () => {
    const db = await upgradedV3Database();
    const entries = Object.fromEntries((await db.shortlistEntries.toArray()).map((entry) => [entry.id, entry]));
    expect(entries['entry-company']).toEqual({ ...V3.shortlistEntries[0], creatorKey: 'linkedin:company:acme-sample', status: 'approved', tags: [], fields: { rate: null, email: null, agency: null }, kpisAtAdd: null });
    expect(entries['entry-person']).toMatchObject({ status: 'rejected', notes: '', tags: [] });
    expect(entries['entry-youtube']).toMatchObject({ status: 'negotiating', notes: 'Rate?', fields: { rate: null, email: null, agency: null } });
  });

  test('after the upgrade, a new reading of the company page lands on the re-keyed row, not on a new one', async () => {
    const db = await upgradedV3Database();
    const reading: Reading = {
      platform: 'linkedin',
      surface: 'profile',
      url: COMPANY_URL,
      readAt: new Date(T + 5 * HOUR).toISOString(),
      lang: 'en',
      creator: { kind: 'company', handle: 'acme-sample', name: 'Acme Sample', url: COMPANY_URL, followers: count(251_000) },
      posts: [],
      comments: [],
      problems: [],
    };
    const creatorsBefore = await db.creators.count();
    await ingestReading(db, captureMessage('visit-after', reading), T + 6 * HOUR);
    expect(await db.creators.count()).toBe(creatorsBefore);
    expect(await db.creators.get('linkedin:company:acme-sample')).toMatchObject({ kind: 'company', followersValue: 251_000, name: 'Acme Sample' });
    expect(await db.snapshots.where('[entityKey+readAt]').between(['creator:linkedin:company:acme-sample', Dexie.minKey], ['creator:linkedin:company:acme-sample', Dexie.maxKey]).count()).toBe(3);
    expect(await db.creators.get('linkedin:acme-sample')).toBeUndefined();
  });

  test('a new database has the v4 tables and indexes', async () => {
    const db = new CastlistDatabase(uniqueDatabaseName('fresh-v4'));
    opened.push(db);
    await db.open();
    expect(db.settings.schema.primKey.name).toBe('key');
    expect(db.maintenance.schema.primKey.name).toBe('key');
    expect(db.comments.schema.indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['lastSeenAt', '[postKey+lastSeenAt]']));
  });
});
