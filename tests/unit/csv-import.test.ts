import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../lib/backup/backup-database';
import { ingestReading } from '../../lib/background/ingest-reading';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { collectExportRows } from '../../lib/csv/collect-export-rows';
import { CsvFormatError } from '../../lib/csv/csv-text';
import { exportCsv } from '../../lib/csv/export-csv';
import { applyCsvImport } from '../../lib/csv/import/apply-csv-import';
import { planCsvImport } from '../../lib/csv/import/plan-csv-import';
import { uniqueDatabaseName, watchReading } from './background-fixtures';
import { NOW, populateShortlist } from './shortlist-fixtures';

const LATER = NOW + 86_400_000;

let source: CastlistDatabase;
let target: CastlistDatabase;

beforeEach(() => {
  source = new CastlistDatabase(uniqueDatabaseName('csv-import-source'));
  target = new CastlistDatabase(uniqueDatabaseName('csv-import-target'));
});

afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function importText(db: CastlistDatabase, text: string, shortlistName = 'Imported') {
  const plan = planCsvImport(text, { shortlistName, now: LATER });
  return { plan, result: await applyCsvImport(db, plan, LATER) };
}

/** Creators without the v4 kind (the storage engineer's upgrade adds it to stored rows; an import writes it). */
async function creatorsOf(db: CastlistDatabase) {
  return (await db.creators.toArray()).map(({ kind: _kind, ...creator }) => creator);
}

describe("importing Castlist's own CSV", () => {
  beforeEach(async () => {
    await populateShortlist(source);
  });

  it('gives back the same list, creators and entries into an empty database: nothing lost, formula escapes undone', async () => {
    const { text } = exportCsv(await collectExportRows(source));
    const { plan, result } = await importText(target, text);
    expect(plan).toMatchObject({ format: 'castlist', skipped: [], warnings: [], total: 12 });
    expect(result.skipped).toEqual([]);
    expect(result.entries).toEqual({ added: 12, updated: 0, unchanged: 0 });
    expect(await creatorsOf(target)).toEqual(await creatorsOf(source));
    expect(await target.shortlistEntries.toArray()).toEqual(await source.shortlistEntries.toArray());
    const [list] = await target.shortlists.toArray();
    const [original] = await source.shortlists.toArray();
    expect({ id: list!.id, name: list!.name }).toEqual({ id: original!.id, name: 'Spring =launch' });
  });

  it('changes nothing when imported back into the database it came from', async () => {
    const before = await backupDatabase(source, new Date(LATER));
    const { result } = await importText(source, exportCsv(await collectExportRows(source)).text);
    expect(result.entries).toEqual({ added: 0, updated: 0, unchanged: 12 });
    expect(result.creators).toEqual({ created: 0, updated: 0, matched: 12 });
    expect(await backupDatabase(source, new Date(LATER))).toBe(before);
  });

  it('reads the file a spreadsheet saves back: semicolons and decimal commas, a BOM, LF line ends, quotes only where needed', async () => {
    const rows = await collectExportRows(source);
    const { text } = exportCsv(rows);
    const records = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const resaved = `\ufeff${Papa.unparse(records.map((record) => record.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell))), { delimiter: ';', newline: '\n' })}\n`;
    const { plan } = await importText(target, resaved);
    expect(plan).toMatchObject({ delimiter: ';', skipped: [] });
    expect(await creatorsOf(target)).toEqual(await creatorsOf(source));
    expect(await target.shortlistEntries.toArray()).toEqual(await source.shortlistEntries.toArray());
  });

  it('reads counts and flags as a German spreadsheet shows them (1.200.500, WAHR, FALSCH)', async () => {
    const records = Papa.parse<string[]>(exportCsv(await collectExportRows(source)).text, { skipEmptyLines: true }).data;
    const header = records[0]!;
    const grouped = (cell: string) => (/^\d{4,}$/.test(cell) ? Number(cell).toLocaleString('de-DE') : cell);
    const flags = (cell: string) => ({ true: 'WAHR', false: 'FALSCH' })[cell] ?? cell;
    const resaved = records.map((record, at) =>
      at === 0 ? record : record.map((cell, column) => (/^(followers|posts)(_min|_max)?$/.test(header[column]!) ? grouped(cell) : flags(cell))),
    );
    expect(resaved[1]![header.indexOf('followers')]).toMatch(/^\d{1,3}(\.\d{3})+$/);
    const { plan } = await importText(target, Papa.unparse(resaved, { delimiter: ';' }));
    expect(plan).toMatchObject({ skipped: [], warnings: [] });
    expect(await creatorsOf(target)).toEqual(await creatorsOf(source));
  });

  it('takes the edits made in the spreadsheet (status, notes, tags, fields) as the user’s', async () => {
    const records = Papa.parse<Record<string, string>>(exportCsv(await collectExportRows(source)).text, { header: true, skipEmptyLines: true }).data;
    Object.assign(records[0]!, { status: 'Approved', notes: 'signed', tags: 'q1, video', email: 'new@example.com' });
    const { result } = await importText(source, Papa.unparse(records));
    expect(result.entries).toEqual({ added: 0, updated: 1, unchanged: 11 });
    const entry = await source.shortlistEntries.get(records[0]!.entry_id!);
    expect(entry).toMatchObject({ status: 'approved', notes: 'signed', tags: ['q1', 'video'], updatedAt: LATER });
    expect(entry!.fields).toMatchObject({ email: 'new@example.com' });
  });

  it('keeps a count read later than the stored one, and never rolls one back', async () => {
    const records = Papa.parse<Record<string, string>>(exportCsv(await collectExportRows(source)).text, { header: true, skipEmptyLines: true }).data;
    const [newer, older] = records;
    Object.assign(newer!, { followers: '2000000', followers_min: '2000000', followers_max: '2000000', followers_exact: 'true', followers_read_at: '2026-12-01T00:00:00Z' });
    Object.assign(older!, { followers: '5', followers_min: '5', followers_max: '5', followers_exact: 'true', followers_read_at: '2026-01-01T00:00:00Z' });
    await importText(source, Papa.unparse([newer!, older!]));
    expect((await source.creators.get(newer!.creator_key!))!.latest.followers).toMatchObject({ value: 2_000_000, readAt: Date.parse('2026-12-01T00:00:00Z') });
    expect((await source.creators.get(older!.creator_key!))!.latest.followers!.value).not.toBe(5);
  });

  it('lists bad rows with their reasons and keeps every good row', async () => {
    const records = Papa.parse<Record<string, string>>(exportCsv(await collectExportRows(source)).text, { header: true, skipEmptyLines: true }).data;
    records[1]!.followers_min = '9999999999';
    records[3]!.platform = 'myspace';
    records[5]!.status = 'maybe';
    records[6]!.creator_key = records[0]!.creator_key!;
    records[6]!.platform = records[0]!.platform!;
    records[7]!.added_at = 'last tuesday';
    const { plan, result } = await importText(target, Papa.unparse(records));
    expect(result.skipped).toEqual([
      { row: 3, reason: 'followers: a count must lie within its own range (min ≤ value ≤ max), and an exact count must have none' },
      { row: 5, reason: 'platform: "myspace" is not one of youtube, tiktok, instagram, x, linkedin' },
      { row: 7, reason: 'status: "maybe" is not one of candidate, contacted, negotiating, approved, rejected' },
      { row: 8, reason: `${records[0]!.creator_key} is already on row 2 on the list "Spring =launch"` },
    ]);
    expect(plan.warnings).toEqual([{ row: 9, reason: 'added_at: "last tuesday" is not a date and time (ISO 8601, e.g. 2026-12-06T10:00:00Z); left out' }]);
    expect(await target.shortlistEntries.count()).toBe(8);
  });
});

describe('importing a spreadsheet from elsewhere', () => {
  const cases: Array<{ name: string; csv: string; keys: string[]; skipped?: Array<{ row: number; reason: string }> }> = [
    {
      name: 'profile URLs in any column, with a name and an email',
      csv: 'Email,Creator,Link\nann@example.com,Ann,https://www.instagram.com/ann.bakes/\nbo@example.com,Bo,www.tiktok.com/@bo_dances\n,Cy,https://x.com/CyWrites\n,Dee,https://www.linkedin.com/company/acme-co/\n',
      keys: ['instagram:ann.bakes', 'tiktok:bo_dances', 'x:cywrites', 'linkedin:company:acme-co'],
    },
    {
      name: 'handles beside a platform column, with and without @',
      csv: 'handle;platform;notes\n@Ann.Bakes;Instagram;=great fit\nbo_dances;TikTok;\n',
      keys: ['instagram:ann.bakes', 'tiktok:bo_dances'],
    },
    {
      name: "Aspire's social columns, several accounts in one row",
      csv: 'email,instagram,tiktok,youtube\nann@example.com,ann.bakes,ann_tok,https://www.youtube.com/@AnnBakes\n',
      keys: ['instagram:ann.bakes', 'tiktok:ann_tok', 'youtube:annbakes'],
    },
    {
      name: "Upfluence's media_url",
      csv: 'profile_name,media_url,email\nAnn,https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv,ann@example.com\n',
      keys: ['youtube:id:UCabcdefghijklmnopqrstuv'],
    },
    {
      name: 'a bare list of URLs with no header, a BOM and CRLF',
      csv: '\ufeffhttps://www.instagram.com/ann.bakes/\r\nhttps://x.com/CyWrites\r\n',
      keys: ['instagram:ann.bakes', 'x:cywrites'],
    },
    {
      name: 'bad rows beside good ones',
      csv: 'name,url,handle,platform\nAnn,https://www.instagram.com/ann.bakes/,,\nNo link,,,\nFace,https://facebook.com/someone,,\nLone,,lone_handle,\nBo,,bo_dances,tiktok\nWeird,,x,myspace\n',
      keys: ['instagram:ann.bakes', 'tiktok:bo_dances'],
      skipped: [
        { row: 3, reason: 'no profile URL or handle in this row' },
        { row: 4, reason: '"https://facebook.com/someone" is not a profile on YouTube, TikTok, Instagram, X, LinkedIn' },
        { row: 5, reason: 'handle "lone_handle" has no platform: add a platform column (youtube, tiktok, instagram, x, linkedin) or give the profile URL' },
        { row: 7, reason: 'platform: "myspace" is not one of youtube, tiktok, instagram, x, linkedin' },
      ],
    },
  ];

  for (const { name, csv, keys, skipped = [] } of cases) {
    it(`reads ${name}`, async () => {
      const { plan, result } = await importText(target, csv, 'Scouting');
      expect(plan.format).toBe('foreign');
      expect(result.skipped).toEqual(skipped);
      const entries = await target.shortlistEntries.orderBy('id').toArray();
      entries.sort((a, b) => a.addedAt - b.addedAt);
      expect(entries.map((entry) => entry.creatorKey)).toEqual(keys);
      expect(result.shortlists).toEqual([expect.objectContaining({ name: 'Scouting', created: true })]);
      expect(await target.creators.count()).toBe(keys.length);
    });
  }

  it('keeps the name, email and notes it finds, formula escapes undone', async () => {
    await importText(target, "Name,Email,Notes,Profile URL\n\"'=Ann\",ann@example.com,\"'+call her\",https://www.instagram.com/ann.bakes/\n", 'Scouting');
    expect(await target.creators.get('instagram:ann.bakes')).toMatchObject({ name: '=Ann', handle: 'ann.bakes', url: 'https://www.instagram.com/ann.bakes/', latest: {} });
    expect((await target.shortlistEntries.toArray())[0]).toMatchObject({ notes: '+call her', status: 'candidate', fields: { email: 'ann@example.com', rate: null, agency: null } });
  });

  it('matches stored creators: by key, by a post of theirs, and by the profile URL stored for them', async () => {
    await ingestReading(target, { type: 'reading.capture', visitId: 'v1', reading: watchReading() }, NOW);
    await target.creators.update('youtube:rickastleyyt', { url: 'https://www.youtube.com/c/RickAstley' });
    const before = await target.creators.get('youtube:rickastleyyt');
    for (const link of ['https://www.youtube.com/@RickAstleyYT', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/c/RickAstley']) {
      await target.shortlistEntries.clear();
      const { result } = await importText(target, `url\n${link}\n`, 'Matched');
      expect(result, link).toMatchObject({ skipped: [], creators: { created: 0, matched: 1 }, entries: { added: 1 } });
      expect((await target.shortlistEntries.toArray())[0]!.creatorKey).toBe('youtube:rickastleyyt');
    }
    expect(await target.creators.get('youtube:rickastleyyt')).toEqual(before);
  });

  it('cannot match a post or a /c/ URL it has never stored, and says so', async () => {
    const { result } = await importText(target, 'url\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nhttps://www.youtube.com/c/Nobody\nhttps://x.com/ok_one\n');
    expect(result.skipped).toEqual([
      { row: 2, reason: "https://www.youtube.com/watch?v=dQw4w9WgXcQ is a post Castlist has not stored, so its creator is unknown: give the creator's profile URL" },
      { row: 3, reason: 'no stored creator has the profile https://www.youtube.com/c/Nobody, and the URL names no handle: give the @handle or /channel/ URL' },
    ]);
    expect(await target.shortlistEntries.count()).toBe(1);
  });

  it('refuses what is not CSV at all, and rows that name one creator twice', async () => {
    expect(() => planCsvImport('', { shortlistName: 'x', now: LATER })).toThrow(CsvFormatError);
    expect(() => planCsvImport('url\n"https://x.com/a\n', { shortlistName: 'x', now: LATER })).toThrow(/never ends/);
    const { result } = await importText(target, 'url\nhttps://x.com/Ann\nhttps://x.com/ann\n');
    expect(result.skipped).toEqual([{ row: 3, reason: 'x:ann is already on row 2 on the list "Imported"' }]);
  });
});
