import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreBackup } from '../../lib/backup/backup-database';
import { BACKUP_FORMAT, BackupRefusedError, readBackup } from '../../lib/backup/backup-file';
import { SCHEMA_HISTORY } from '../../lib/backup/schema-history';
import { CastlistDatabase, CURRENT_SCHEMA_VERSION, DERIVED_TABLES, SCHEMA_V1 } from '../../lib/db/castlist-db';
import { uniqueDatabaseName } from './background-fixtures';
import { populateShortlist } from './shortlist-fixtures';

const AT = new Date('2026-12-06T09:00:00.000Z');

let source: CastlistDatabase;
let target: CastlistDatabase;

beforeEach(async () => {
  source = new CastlistDatabase(uniqueDatabaseName('backup-source'));
  target = new CastlistDatabase(uniqueDatabaseName('backup-target'));
  await populateShortlist(source);
});

afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function everyRow(db: CastlistDatabase): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of db.tables) rows[table.name] = await table.toArray();
  return rows;
}

describe('backup and restore', () => {
  it('writes a header naming the format, its version and the schema version, then the database', async () => {
    const text = await backupDatabase(source, AT);
    expect(text.startsWith(`{"format":"${BACKUP_FORMAT}","formatVersion":1,"schemaVersion":${CURRENT_SCHEMA_VERSION},"exportedAt":"2026-12-06T09:00:00.000Z"`)).toBe(true);
    const backup = readBackup(text);
    // every table but the derived ones (v7's creatorSummaries), which a restore rebuilds
    expect(backup.database.data.tables.map((table) => table.name).sort()).toEqual(
      source.tables.map((table) => table.name).filter((name) => !DERIVED_TABLES.includes(name)).sort(),
    );
  });

  it('restores every table exactly as it was backed up', async () => {
    const backup = readBackup(await backupDatabase(source, AT));
    const result = await restoreBackup(target, backup);
    expect(result).toMatchObject({ fromSchemaVersion: CURRENT_SCHEMA_VERSION, upgraded: false });
    expect(await everyRow(target)).toEqual(await everyRow(source));
    expect(result.tables.creators).toBe(12);
  });

  it('replaces what the database held before, all of it', async () => {
    await target.shortlists.add({ id: 'old', name: 'Old list', createdAt: 1, updatedAt: 1 });
    await restoreBackup(target, readBackup(await backupDatabase(source, AT)));
    expect(await target.shortlists.get('old')).toBeUndefined();
    expect(await everyRow(target)).toEqual(await everyRow(source));
  });

  it("writes dexie-export-import's structure: a file of its own exportDB restores the same", async () => {
    const ours = JSON.parse(await backupDatabase(source, AT));
    const theirs = JSON.parse(await (await exportDB(source)).text());
    // theirs has every table, the derived creatorSummaries too: a restore ignores it and rebuilds it
    expect(ours.database.data.tables).toEqual(theirs.data.tables.filter((table: { name: string }) => !DERIVED_TABLES.includes(table.name)));
    const wrapped = JSON.stringify({ ...ours, database: theirs });
    await restoreBackup(target, readBackup(wrapped));
    expect(await everyRow(target)).toEqual(await everyRow(source));
  });

  it('keeps fields it does not know (a later schema may add them)', async () => {
    const text = await backupDatabase(source, AT);
    const json = JSON.parse(text);
    const creators = json.database.data.data.find((table: { tableName: string }) => table.tableName === 'creators');
    creators.rows[0].retainUntil = 12345;
    await restoreBackup(target, readBackup(JSON.stringify(json)));
    expect((await target.creators.get(creators.rows[0].key)) as unknown).toMatchObject({ retainUntil: 12345 });
  });
});

describe('a refused file changes nothing', () => {
  const refusals: Array<{ name: string; edit: (text: string) => string; reason: RegExp }> = [
    { name: 'truncated', edit: (text) => text.slice(0, Math.floor(text.length / 2)), reason: /cut short/ },
    { name: 'empty', edit: () => '', reason: /empty/ },
    { name: 'not JSON', edit: () => 'name,handle\nA,b\n', reason: /not JSON/ },
    { name: 'foreign JSON', edit: () => JSON.stringify({ users: [{ id: 1 }] }), reason: /not a Castlist backup: no "format": "castlist-backup" header \(a JSON object with "users"\)/ },
    { name: 'a JSON array', edit: () => '[1,2]', reason: /JSON array/ },
    { name: 'a bare Dexie export', edit: (text) => JSON.stringify(JSON.parse(text).database), reason: /bare Dexie export/ },
    { name: 'a newer format version', edit: (text) => text.replace('"formatVersion":1', '"formatVersion":2'), reason: /format version 2 is newer than this Castlist reads \(1\)/ },
    { name: 'a newer schema version', edit: (text) => text.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":99'), reason: /schema version 99, newer than this Castlist's/ },
    { name: 'a schema version that never existed', edit: (text) => text.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":0'), reason: /header is malformed: schemaVersion/ },
    { name: 'a header that disagrees with the database', edit: (text) => text.replace(`"databaseVersion":${CURRENT_SCHEMA_VERSION}`, '"databaseVersion":2'), reason: /header says schema version \d but the database inside is version 2/ },
    {
      name: 'rows missing from a table',
      edit: (text) => {
        const json = JSON.parse(text);
        json.database.data.data.find((table: { tableName: string }) => table.tableName === 'snapshots').rows.pop();
        return JSON.stringify(json);
      },
      // one row fewer than the table declares (the fixture's count of snapshots depends on what its pages store)
      reason: /table snapshots declares (\d+) rows but holds (?!\1)\d+/,
    },
    {
      name: 'a malformed row',
      edit: (text) => {
        const json = JSON.parse(text);
        json.database.data.data.find((table: { tableName: string }) => table.tableName === 'creators').rows[2].latest.followers.min = -5;
        return JSON.stringify(json);
      },
      reason: /creators row 3 is not a valid row: latest\.followers/,
    },
    {
      name: 'a table Castlist does not have',
      edit: (text) => {
        const json = JSON.parse(text);
        json.database.data.tables.push({ name: 'passwords', schema: 'id', rowCount: 0 });
        return JSON.stringify(json);
      },
      reason: /table passwords is not part of Castlist's database/,
    },
    {
      name: 'a repeated key',
      edit: (text) => {
        const json = JSON.parse(text);
        const table = json.database.data.data.find((entry: { tableName: string }) => entry.tableName === 'shortlists');
        const tables = json.database.data.tables.find((entry: { name: string }) => entry.name === 'shortlists');
        table.rows.push({ ...table.rows[0], name: 'twin' });
        tables.rowCount += 1;
        return JSON.stringify(json);
      },
      reason: /shortlists row 2 repeats the id/,
    },
  ];

  for (const refusal of refusals) {
    it(`refuses ${refusal.name}, with the reason, and leaves the database byte for byte as it was`, async () => {
      await restoreBackup(target, readBackup(await backupDatabase(source, AT)));
      const before = await backupDatabase(target, AT);
      const bad = refusal.edit(await backupDatabase(source, AT));
      expect(() => readBackup(bad)).toThrow(BackupRefusedError);
      expect(() => readBackup(bad)).toThrow(refusal.reason);
      expect(await backupDatabase(target, AT)).toBe(before);
    });
  }

  it('rolls everything back when IndexedDB refuses a row half-way (all or nothing)', async () => {
    await restoreBackup(target, readBackup(await backupDatabase(source, AT)));
    const before = await backupDatabase(target, AT);
    const json = JSON.parse(await backupDatabase(source, AT));
    const entries = json.database.data.data.find((table: { tableName: string }) => table.tableName === 'shortlistEntries');
    // a second entry for the same list and creator passes the row checks but breaks the unique [shortlistId+creatorKey]
    entries.rows.push({ ...entries.rows[0], id: 'twin-entry' });
    json.database.data.tables.find((table: { name: string }) => table.name === 'shortlistEntries').rowCount += 1;
    const file = readBackup(JSON.stringify(json));
    await expect(restoreBackup(target, file)).rejects.toThrow(/ConstraintError|unique/i);
    expect(await backupDatabase(target, AT)).toBe(before);
  });
});

describe('older backups are upgraded by the extension’s own upgrade code', () => {
  it('knows the tables of every schema version up to the current one', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) expect(SCHEMA_HISTORY[version], `schema v${version}`).toBeDefined();
  });

  it('restores a schema v1 backup into the current schema, running the upgrades (v2 indexes followers)', async () => {
    const oldName = uniqueDatabaseName('backup-v1');
    const old = new Dexie(oldName);
    old.version(1).stores(SCHEMA_V1);
    const creator = {
      key: 'tiktok:olduser',
      platform: 'tiktok',
      handle: 'olduser',
      name: 'Old = user',
      platformId: null,
      url: 'https://www.tiktok.com/@olduser',
      verified: null,
      firstSeenAt: 1,
      lastSeenAt: 2,
      latest: { followers: { value: 5_000, min: 5_000, max: 5_000, exact: true, text: '5,000', readAt: 2 } },
    };
    await old.table('creators').add(creator);
    const text = await backupDatabase(old, AT);
    old.close();
    await Dexie.delete(oldName);

    const backup = readBackup(text);
    expect(backup.schemaVersion).toBe(1);
    const result = await restoreBackup(target, backup);
    expect(result).toMatchObject({ fromSchemaVersion: 1, upgraded: true });
    // v2 indexes the followers, v4 names the account kind
    expect(await target.creators.get('tiktok:olduser')).toEqual({ ...creator, followersValue: 5_000, kind: 'person' });
    expect(target.verno).toBe(CURRENT_SCHEMA_VERSION);
    const scratch = (await Dexie.getDatabaseNames()).filter((name) => name.startsWith('castlist-restore-'));
    expect(scratch).toEqual([]);
  });
});

describe('schema v4 tables', () => {
  it('restores the settings and compaction state a running extension writes', async () => {
    await source.settings.put({ key: 'shortlists.lastUsed', value: { shortlistId: 'list-1' }, updatedAt: 5 });
    await source.maintenance.put({ key: 'compaction', dailyThrough: 86_400_000, weeklyThrough: null, lastRunAt: 7, lastRemoved: { snapshots: 3, comments: 0, readerEvents: 1 } });
    await restoreBackup(target, readBackup(await backupDatabase(source, AT)));
    expect(await target.settings.toArray()).toEqual(await source.settings.toArray());
    expect(await target.maintenance.toArray()).toEqual(await source.maintenance.toArray());
  });

  it('refuses a compaction row of the wrong shape, naming the table', async () => {
    await source.maintenance.put({ key: 'compaction', dailyThrough: null, weeklyThrough: null, lastRunAt: null, lastRemoved: null });
    const json = JSON.parse(await backupDatabase(source, AT));
    json.database.data.data.find((table: { tableName: string }) => table.tableName === 'maintenance').rows[0].lastRunAt = 'yesterday';
    expect(() => readBackup(JSON.stringify(json))).toThrow(/maintenance/);
  });
});
