import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { collectExportRows, ExportSelectionError } from '../../lib/csv/collect-export-rows';
import { writeCsv } from '../../lib/csv/csv-text';
import { FORMULA_TRIGGER } from '../../lib/csv/formula-escape';
import { exportCsv, exportFileName } from '../../lib/csv/export-csv';
import { CASTLIST_COLUMNS } from '../../lib/csv/castlist-columns';
import { CsvPresetError, DEFAULT_GRIN_COLUMNS } from '../../lib/csv/presets';
import { readRfc4180 } from '../support/rfc4180';
import { uniqueDatabaseName } from './background-fixtures';
import { creatorSeeds, populateShortlist } from './shortlist-fixtures';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('writeCsv', () => {
  it('writes RFC 4180: CRLF records, text quoted with quotes doubled, numbers bare, nulls empty', () => {
    const text = writeCsv(['name', 'growth', 'followers', 'note'], [['Ann "A", Jr.\nline 2', -12.5, 1200, null]]);
    expect(text).toBe('"name","growth","followers","note"\r\n"Ann ""A"", Jr.\nline 2",-12.5,1200,\r\n');
  });

  it('neutralises text a spreadsheet would run, never a number', () => {
    const text = writeCsv(['a', 'b', 'c', 'd'], [['=1+1', '-5', -5, '@x']]);
    expect(text).toBe(`"a","b","c","d"\r\n"'=1+1","'-5",-5,"'@x"\r\n`);
  });

  it('starts with a BOM when asked (Excel reads UTF-8 by it)', () => {
    expect(writeCsv(['a'], [['é']], { bom: true })).toBe('\ufeff"a"\r\n"é"\r\n');
  });

  it('writes what papaparse unparse writes with quoted text and formula escaping, for hostile and plain cells', () => {
    const header = ['name', 'count', 'note', 'empty'];
    const records: Array<Array<string | number | null>> = [
      ['=HYPERLINK("x")', -3, '+1, "two"\r\nthree', null],
      ['\u200f=1+1', 0.034, ' padded ', ''],
      ['\tTab', 1_200_000, "'=already", 'مرحبا "quoted"'],
      ['plain', 12.5, '-', '@mention'],
    ];
    const papaparse = Papa.unparse(
      { fields: header, data: records },
      { newline: '\r\n', quotes: (value: unknown) => typeof value === 'string', escapeFormulae: FORMULA_TRIGGER, header: true },
    );
    expect(writeCsv(header, records)).toBe(`${papaparse}\r\n`);
  });

  it('refuses numbers a spreadsheet cannot read, and rows of the wrong width', () => {
    expect(() => writeCsv(['a'], [[Number.NaN]])).toThrow(/NaN/);
    expect(() => writeCsv(['a', 'b'], [['x']])).toThrow(/1 cells for 2 columns/);
  });
});

describe('exporting a shortlist', () => {
  let db: CastlistDatabase;
  beforeEach(async () => {
    db = new CastlistDatabase(uniqueDatabaseName('csv-export'));
    await populateShortlist(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('has every creator once, numbers as the page showed them, ranges as value/min/max, and no live formula', async () => {
    const { text } = exportCsv(await collectExportRows(db, { shortlistName: 'Spring =launch' }));
    const [header, ...records] = readRfc4180(text);
    const names = header!.map((field) => field.text);
    const column = (record: (typeof records)[number], name: string) => record[names.indexOf(name)]!;
    const seeds = creatorSeeds();
    expect(records).toHaveLength(seeds.length);
    expect(new Set(records.map((record) => column(record, 'creator_key').text)).size).toBe(seeds.length);

    for (const record of records) {
      for (const field of record) {
        // a bare field is a number or empty; a quoted one is text and never starts a formula
        if (!field.quoted) expect(field.text === '' || Number.isFinite(Number(field.text)), field.text).toBe(true);
        else expect(FORMULA_START.test(field.text.trimStart()) && !field.text.startsWith("'"), field.text).toBe(false);
      }
    }
    seeds.forEach((seed, index) => {
      const record = records[index]!;
      const followers = Number(column(record, 'followers').text);
      // the second reading moved the count by +500 or -300
      const delta = index % 2 ? -300 : 500;
      expect(followers).toBe(seed.followers.value + delta);
      expect(Number(column(record, 'followers_min').text)).toBe(seed.followers.min + delta);
      expect(Number(column(record, 'followers_max').text)).toBe(seed.followers.max + delta);
      expect(column(record, 'name').text.replace(/^'/, '')).toBe(seed.name);
    });
  });

  it('writes a negative growth as a bare negative number', async () => {
    const { text } = exportCsv(await collectExportRows(db, { shortlistName: 'Spring =launch' }));
    const [header, , second] = readRfc4180(text);
    const growth = second![header!.findIndex((field) => field.text === 'followers_per_day')]!;
    expect(growth).toEqual({ text: '-300', quoted: false });
  });

  it('gives the engagement rate with its range and formula', async () => {
    const [row] = await collectExportRows(db, { shortlistName: 'Spring =launch' });
    // one post: (1,200 [1,150–1,249] likes + 80 comments + 20 shares) / 50,000 views
    expect(row!.kpis.engagementRate).toEqual({ value: 1300 / 50_000, min: 1250 / 50_000, max: 1349 / 50_000, exact: false, formula: 'by-views', posts: 1 });
  });

  it('reads back, through a common CSV parser, to the same names, notes and numbers', async () => {
    const rows = await collectExportRows(db);
    const parsed = Papa.parse<Record<string, string>>(exportCsv(rows).text, { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((record) => record.notes!.replace(/^'/, ''))).toEqual(rows.map((row) => row.entry!.notes));
    expect(parsed.map((record) => Number(record.followers))).toEqual(rows.map((row) => row.creator.latest.followers!.value));
  });

  it('without a list name, exports every list and then every creator on no list', async () => {
    await db.creators.put({ ...(await db.creators.toArray())[0]!, key: 'x:unlisted', handle: 'unlisted' });
    const rows = await collectExportRows(db);
    expect(rows).toHaveLength(creatorSeeds().length + 1);
    expect(rows.at(-1)).toMatchObject({ creator: { key: 'x:unlisted' }, shortlist: null, entry: null });
  });

  it('names the lists when the one asked for does not exist', async () => {
    await expect(collectExportRows(db, { shortlistName: 'Autumn' })).rejects.toThrow(ExportSelectionError);
    await expect(collectExportRows(db, { shortlistName: 'Autumn' })).rejects.toThrow('no shortlist is named "Autumn" (the lists: "Spring =launch")');
  });

  it('upfluence: profile_name, media_url and email, one URL per influencer', async () => {
    const result = exportCsv(await collectExportRows(db), { preset: 'upfluence' });
    const [header, first] = readRfc4180(result.text);
    expect(header!.map((field) => field.text)).toEqual(['profile_name', 'media_url', 'email']);
    expect(first!.map((field) => field.text)).toEqual([`'${creatorSeeds()[0]!.name}`, 'https://www.youtube.com/@creator_0', 'c0@example.com']);
    expect(result.warnings).toEqual([]);
  });

  it('aspire: id, email, and handles without @ or a YouTube channel URL in the social columns', async () => {
    const result = exportCsv(await collectExportRows(db), { preset: 'aspire' });
    const records = Papa.parse<Record<string, string>>(result.text, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(records[0]!)).toEqual(['id', 'email', 'name', 'instagram', 'tiktok', 'youtube']);
    expect(records[0]).toMatchObject({ id: 'youtube:creator_0', youtube: 'https://www.youtube.com/@creator_0', instagram: '', tiktok: '' });
    expect(records[1]).toMatchObject({ id: 'tiktok:creator_1', tiktok: 'creator_1' });
    expect(records[2]).toMatchObject({ instagram: 'creator_2' });
    expect(result.warnings).toEqual(['4 of 12 rows are X or LinkedIn accounts: Aspire has no column for them (the row keeps id, email and name)']);
  });

  it('grin: the header row the user mapped, defaults otherwise, ranges beside their values', async () => {
    const rows = await collectExportRows(db);
    const defaults = Papa.parse<string[]>(exportCsv(rows, { preset: 'grin' }).text).data[0];
    expect(defaults).toEqual(DEFAULT_GRIN_COLUMNS.map((column) => column.header));
    expect(defaults).toEqual(expect.arrayContaining(['Followers', 'Followers (min)', 'Followers (max)']));
    const mapped = exportCsv(rows, {
      preset: 'grin',
      grinColumns: [
        { header: 'Creator Name', field: 'display_name' },
        { header: '=Sneaky', field: 'followers_max' },
      ],
    });
    expect(mapped.text.split('\r\n')[0]).toBe(`"Creator Name","'=Sneaky"`);
    expect(() => exportCsv(rows, { preset: 'grin', grinColumns: [{ header: 'X', field: 'password' }] })).toThrow(CsvPresetError);
    expect(() => exportCsv(rows, { preset: 'grin', grinColumns: [] })).toThrow(/empty/);
  });

  it('upfluence warns about rows it will refuse', async () => {
    const entry = (await db.shortlistEntries.toArray())[0]!;
    await db.shortlistEntries.update(entry.id, { fields: { rate: null, email: null, agency: null } });
    expect(exportCsv(await collectExportRows(db), { preset: 'upfluence' }).warnings).toEqual([
      '1 of 12 rows have no email: Upfluence needs profile_name, media_url and email',
    ]);
  });
});

describe('the documented columns', () => {
  it('lib/csv/FORMAT.md describes every column of the castlist preset', () => {
    const doc = readFileSync('lib/csv/FORMAT.md', 'utf8');
    for (const column of CASTLIST_COLUMNS) expect(doc, column.id).toContain(`| \`${column.id}\` | ${column.about} |`);
  });
});

describe('exportFileName', () => {
  it('names the list, the preset and the day', () => {
    expect(exportFileName('Spring =launch', 'upfluence', new Date('2026-12-06T10:00:00Z'))).toBe('castlist-spring-launch-upfluence-2026-12-06.csv');
    expect(exportFileName(null, 'castlist', new Date('2026-12-06T10:00:00Z'))).toBe('castlist-all-creators-castlist-2026-12-06.csv');
  });
});

describe('exporting many creators', () => {
  it('reads whole tables past a few hundred creators and gives the same KPIs as reading creator by creator', async () => {
    const db = new CastlistDatabase(uniqueDatabaseName('csv-export-many'));
    const readAt = Date.parse('2026-11-30T00:00:00Z');
    const creators = Array.from({ length: 240 }, (_, index) => ({
      key: `tiktok:many_${index}`,
      platform: 'tiktok' as const,
      kind: 'person' as const,
      handle: `many_${index}`,
      name: `Many ${index}`,
      platformId: null,
      url: null,
      verified: null,
      firstSeenAt: readAt,
      lastSeenAt: readAt,
      latest: { followers: { value: 1_000, min: 1_000, max: 1_000, exact: true, text: '1,000', readAt } },
      followersValue: 1_000,
    }));
    await db.creators.bulkAdd(creators);
    await db.posts.bulkAdd(
      creators.map((creator, index) => ({
        key: `tiktok:post_${index}`,
        platform: 'tiktok' as const,
        postId: `post_${index}`,
        creatorKey: creator.key,
        url: `https://www.tiktok.com/@${creator.handle}/video/${index}`,
        title: null,
        caption: null,
        publishedAt: readAt,
        format: 'video' as const,
        sponsored: null,
        pinned: null,
        firstSeenAt: readAt,
        lastSeenAt: readAt,
        latest: { views: { value: 1_000, min: 1_000, max: 1_000, exact: true, text: '1000', readAt }, likes: { value: index, min: index, max: index, exact: true, text: String(index), readAt } },
      })),
    );
    const all = await collectExportRows(db);
    expect(all).toHaveLength(240);
    for (const row of all) expect(row.kpis.engagementRate?.value, row.creator.key).toBe(Number(row.creator.key.split('_')[1]) / 1_000);
    await db.shortlists.add({ id: 'few', name: 'Few', createdAt: 1, updatedAt: 1 });
    await db.shortlistEntries.bulkAdd(creators.slice(0, 3).map((creator, index) => ({ id: `e${index}`, shortlistId: 'few', creatorKey: creator.key, status: 'candidate' as const, notes: '', tags: [], fields: { rate: null, email: null, agency: null }, kpisAtAdd: null, addedAt: index, updatedAt: index })));
    const few = await collectExportRows(db, { shortlistName: 'Few' });
    expect(few.map((row) => row.kpis)).toEqual(all.filter((row) => few.some((entry) => entry.creator.key === row.creator.key)).map((row) => row.kpis));
    await db.delete();
  });
});
