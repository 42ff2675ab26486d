/**
 * The whole path in a real browser: a YouTube page (Castlist's own sample, served at its real URL) → content
 * script → background → IndexedDB → side panel, and the page badge; then YouTube's in-page navigation to a
 * second video, which must show the second video's numbers, never the first's; and a service-worker restart in
 * the middle, which must not lose a reading.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CHANNEL, sampleVideo } from '../fixtures/youtube/sample-channel';
import { snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const first = sampleVideo('castlistA01');
const second = sampleVideo('castlistB02');
const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

const session = useExtensionBrowser();



describe('YouTube, end to end', () => {
  let page: Page;

  test('the watch page gets a badge with the engagement rate by views', async () => {
    page = await session.browser.context.newPage();
    await page.goto(watchUrl(first.id));
    // (48,321 likes + 1,900–1,999 comments) / 1,234,567 views = 4.07–4.08 %
    expect(await badgeText(page, `post:${first.id}`)).toMatch(/^ER 4\.1% by views$/);
    expect(session.routes.refused.filter((url) => url.includes('youtube.com'))).toEqual([]);
  });

  test('the reading is stored in IndexedDB with its evidence', async () => {
    const [snapshot] = await waitForSnapshots(session.browser, `post:youtube:${first.id}`);
    expect(snapshot!.pageUrl).toBe(watchUrl(first.id));
    expect(snapshot!.counts.views).toMatchObject({ value: first.views, exact: true });
    expect(snapshot!.counts.likes).toMatchObject({ value: first.likes, exact: true, text: 'like this video along with 48,321 other people' });
    expect(snapshot!.counts.comments).toMatchObject({ value: 1900, min: 1900, max: 1999, exact: false, text: '1.9K' });
    const [creator] = await waitForSnapshots(session.browser, `creator:youtube:${SAMPLE_CHANNEL.handle}`);
    expect(creator!.counts.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });
  });

  test('the side panel shows the video of that page with each number and its source text', async () => {
    const panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?url=${encodeURIComponent(watchUrl(first.id))}`);
    await expect.poll(async () => panel.locator('body').innerText(), { timeout: 15_000 }).toContain(first.title);
    const text = await panel.locator('body').innerText();
    expect(text).toContain('1,234,567');
    expect(text).toContain('48,321');
    expect(text).toContain('like this video along with 48,321 other people');
    expect(text).toMatch(/1,900\s*[–-]\s*1,999/);
    await panel.close();
  });

  test('in-page navigation to a second video shows its numbers, not the first one\'s', async () => {
    await page.click(`a[href="/watch?v=${second.id}"]`);
    await page.waitForURL(watchUrl(second.id));
    // (5,120 likes + 342 comments) / 87,410 views = 6.2 %
    expect(await badgeText(page, `post:${second.id}`)).toBe('ER 6.2% by views');
    await expect.poll(() => page.locator(`castlist-badge[data-castlist-key="post:${first.id}"]`).count()).toBe(0);
    expect(await page.locator('castlist-badge').count()).toBe(1);

    const [snapshot] = await waitForSnapshots(session.browser, `post:youtube:${second.id}`);
    expect(snapshot!.pageUrl).toBe(watchUrl(second.id));
    expect(snapshot!.counts.views).toMatchObject({ value: second.views, exact: true });
    expect(snapshot!.counts.likes).toMatchObject({ value: second.likes });
    // The first video's point is untouched by the second page.
    const firstSnapshots = await snapshotsOf(await session.browser.serviceWorker(), `post:youtube:${first.id}`);
    expect(firstSnapshots.length).toBeGreaterThan(0);
    expect(firstSnapshots.every((stored) => stored.counts.views!.value === first.views)).toBe(true);

    const panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?url=${encodeURIComponent(watchUrl(second.id))}`);
    await expect.poll(async () => panel.locator('body').innerText(), { timeout: 15_000 }).toContain(second.title);
    const text = await panel.locator('body').innerText();
    expect(text).toContain('87,410');
    expect(text).not.toContain('1,234,567');
    await panel.close();
  });

  test('a reading survives the service worker being stopped', async () => {
    await session.browser.stopServiceWorker(); // the next reading has to wake a new worker
    const revisit = await session.browser.context.newPage();
    await revisit.goto(watchUrl(first.id));
    expect(await badgeText(revisit, `post:${first.id}`)).toMatch(/^ER 4\.1% by views$/);
    // A second visit is a second data point.
    const snapshots = await waitForSnapshots(session.browser, `post:youtube:${first.id}`, 2);
    expect(snapshots.map((stored) => stored.readAt)).toEqual([...snapshots.map((stored) => stored.readAt)].sort((a, b) => a - b));
    await revisit.close();
  });

  test('the channel page gets a badge with subscribers and the latest video\'s reach', async () => {
    const channel = await session.browser.context.newPage();
    await channel.goto(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`);
    expect(await badgeText(channel, `creator:${SAMPLE_CHANNEL.handle}`)).toBe('482K subscribers · latest 1,234,567 views (260%)');
    const worker = await session.browser.serviceWorker();
    await expect
      .poll(async () => (await snapshotsOf(worker, `creator:youtube:${SAMPLE_CHANNEL.handle}`)).find((stored) => stored.counts.posts)?.counts.posts, { timeout: 15_000 })
      .toMatchObject({ value: 214, exact: true });
    await channel.close();
  });
});
