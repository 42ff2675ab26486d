/**
 * A campaign in a real browser, through the panel as a user drives it: a campaign made in the Campaigns view from a
 * shortlisted creator; a live post tracked from its page ("This page") and visited twice with different counts, which
 * makes two points; the brand's orders file imported through the file chooser and joined by promo code; the report
 * downloaded as CSV (and the charts as a PNG) and read back. The post is Castlist's own YouTube sample markup, served
 * at a real URL with counts that change between visits.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CHANNEL, type SampleVideo } from '../fixtures/youtube/sample-channel';
import { watchPageHtml } from '../fixtures/youtube/sample-pages';
import { countRows } from './idb';
import { useExtensionBrowser, waitForSnapshots } from './support';

/** An invented video of the sample channel, only for this test; each visit shows the next counts. */
const VISITS: SampleVideo[] = [
  { id: 'campaignE2E', title: 'Winter launch: our sponsored video', views: 10_000, likes: 400, commentsText: '40', publishDate: new Date().toISOString(), description: 'Sponsored. #ad' },
  { id: 'campaignE2E', title: 'Winter launch: our sponsored video', views: 25_000, likes: 900, commentsText: '75', publishDate: new Date().toISOString(), description: 'Sponsored. #ad' },
];
const WATCH_URL = `https://www.youtube.com/watch?v=${VISITS[0]!.id}`;
const CREATOR_KEY = `youtube:${SAMPLE_CHANNEL.handle}`;
const POST_KEY = `youtube:${VISITS[0]!.id}`;

const session = useExtensionBrowser();
let served = 0;

const panelUrl = (query: string) => `chrome-extension://${session.browser.extensionId}/sidepanel.html?${query}`;

async function visitWatchPage(): Promise<void> {
  const page = await session.browser.context.newPage();
  await page.goto(WATCH_URL);
  await waitForSnapshots(session.browser, `post:${POST_KEY}`, served);
  await page.close();
}

describe('campaigns, end to end', () => {
  let panel: Page;

  test('a campaign is made in the panel from a shortlisted creator', async () => {
    const { context } = session.browser;
    await context.route(WATCH_URL, async (route) => {
      const video = VISITS[Math.min(served, VISITS.length - 1)]!;
      served += 1;
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: watchPageHtml(video) });
    });
    await visitWatchPage();

    panel = await context.newPage();
    await panel.goto(panelUrl('view=campaigns'));
    // The shortlist is made as the Shortlists view makes it: a message from the panel.
    const added = await panel.evaluate(async (creatorKey) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      const list = (await chrome.runtime.sendMessage({ type: 'shortlist.create', name: 'Winter casting' })) as { id: string };
      return chrome.runtime.sendMessage({ type: 'shortlist.add', shortlistId: list.id, creatorKey });
    }, CREATOR_KEY);
    expect(added).toMatchObject({ ok: true });

    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Winter launch');
    await panel.getByLabel('Budget', { exact: true }).fill('5000');
    await panel.getByLabel('Primary KPI').selectOption('likes');
    await panel.getByLabel('Target for Likes').fill('1000');
    for (const [label, target] of [
      ['Comments', '100'],
      ['Shares and reposts', '50'],
      ['Engagement rate', '0.05'],
    ] as const) {
      await panel.getByRole('checkbox', { name: label, exact: true }).check();
      await panel.getByLabel(`Target for ${label}`).fill(target);
    }
    // Two supporting KPIs are too few: the campaign model's sentence is shown and nothing is stored.
    await panel.getByRole('checkbox', { name: 'Shares and reposts', exact: true }).uncheck();
    await panel.getByRole('checkbox', { name: `@${SAMPLE_CHANNEL.handle} (YouTube)` }).check();
    await panel.getByLabel(`Agreed cost for @${SAMPLE_CHANNEL.handle} (YouTube)`).fill('1200');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await expect.poll(() => panel.getByRole('alert').innerText()).toMatch(/3 to 6 supporting KPIs besides its primary one; this one has 2/);
    expect(await countRows(await session.browser.serviceWorker(), 'campaigns')).toBe(0);

    await panel.getByRole('checkbox', { name: 'Shares and reposts', exact: true }).check();
    await panel.getByLabel('Target for Shares and reposts').fill('50');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await panel.getByRole('heading', { name: 'Winter launch', level: 1 }).waitFor();
    expect(await panel.locator('table.campaign-creators').innerText()).toContain(`@${SAMPLE_CHANNEL.handle}`);
  });

  test('a post tracked from its page gets a point for each visit, with different counts', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(panelUrl(`url=${encodeURIComponent(WATCH_URL)}`));
    await page.getByRole('button', { name: 'Track in Winter launch' }).click();
    await expect.poll(() => page.locator('.track-post').innerText()).toContain('tracked: every visit adds a point');
    await page.close();

    await visitWatchPage();
    const points = await waitForSnapshots(session.browser, `post:${POST_KEY}`, 2);
    expect(points.map((point) => point.counts.likes?.value)).toEqual([400, 900]);

    await panel.reload();
    await panel.getByRole('button', { name: 'Winter launch' }).click();
    const tracked = panel.locator(`.tracked-post[data-post-key="${POST_KEY}"]`);
    await expect.poll(() => tracked.locator('.snapshot-count').innerText()).toBe('2 visits');
    // The campaign's likes chart has both points, and is drawn (uPlot's canvas).
    const likes = panel.locator('.kpi-progress[data-kpi="likes"]');
    expect(await likes.innerText()).toMatch(/latest 900/);
    expect(await likes.innerText()).toMatch(/2 points from your visits to the tracked posts/);
    expect(await likes.locator('canvas').count()).toBeGreaterThan(0);
  });

  test('results are imported through the file chooser and joined to the creator by promo code', async () => {
    const code = (await panel.locator('table.campaign-creators tbody tr code').first().innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]+$/);

    // A file that cannot be read changes nothing and says why.
    const unreadable = panel.waitForEvent('filechooser');
    await panel.getByLabel('Orders file').click();
    await (await unreadable).setFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('just words\nmore words\n') });
    await panel.getByRole('button', { name: 'Import results' }).click();
    await expect.poll(() => panel.locator('.results-import + [role="alert"]').innerText()).toMatch(/the orders file "notes\.csv" cannot be used: .+Nothing was imported/);
    expect(await countRows(await session.browser.serviceWorker(), 'campaignResults')).toBe(0);

    const chooser = panel.waitForEvent('filechooser');
    await panel.getByLabel('Orders file').click();
    const orders = ['Order ID,Discount Code,Total,Currency', `1001,${code},60.00,EUR`, `1002,${code.toLowerCase()},40.00,EUR`, '1003,SOMEONE10,25.00,EUR'].join('\n');
    await (await chooser).setFiles({ name: 'orders_export.csv', mimeType: 'text/csv', buffer: Buffer.from(orders) });
    await panel.getByRole('button', { name: 'Import results' }).click();
    const row = panel.locator(`.results-table tr[data-creator="${SAMPLE_CHANNEL.handle}"]`);
    await expect.poll(() => row.locator('.results-orders').innerText()).toBe('2');
    expect(await row.innerText()).toMatch(/100\.00/);
    expect(await panel.locator('.unmatched').innerText()).toMatch(/Orders row \d+: \S/);
  });

  test('the report downloads as CSV, KPIs against targets by creator, platform and format, and the charts as a PNG', async () => {
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download report (CSV)' }).click();
    const csvDownload = await download;
    expect(csvDownload.suggestedFilename()).toBe('winter-launch-report.csv');
    const text = (await readFile((await csvDownload.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const byKey = new Map(rows.slice(1).map((cells) => [`${cells[1]}:${cells[2]}:${cells[3]}`, Object.fromEntries(header.map((name, index) => [name, cells[index]]))]));
    expect(byKey.get('campaign:all:likes')).toMatchObject({ campaign: 'Winter launch', primary: 'yes', target: '1000', value: '900' });
    expect(byKey.get('campaign:all:likes')!.status).toMatch(/^(ahead|on-pace|behind|met|undetermined)$/);
    expect(byKey.get(`creator:${SAMPLE_CHANNEL.handle}:likes`)).toMatchObject({ value: '900' });
    expect(byKey.get('platform:youtube:comments')).toMatchObject({ value: '75' });
    expect(byKey.get('format:video:likes')).toMatchObject({ value: '900' });

    const pictureDownload = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download charts (PNG)' }).click();
    const picture = await pictureDownload;
    expect(picture.suggestedFilename()).toBe('winter-launch-charts.png');
    const png = await readFile((await picture.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2_000);
  });
});
