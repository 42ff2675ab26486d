/**
 * The whole path in a real browser on Castlist's own TikTok sample pages, served at their real URLs: content
 * script → background → IndexedDB, and the page badges; then TikTok's in-page navigation to another creator, which
 * must show that creator's numbers and never the first one's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COOK, SAMPLE_POSTS, TRAVEL, samplePost } from '../fixtures/tiktok/sample-data';
import { countRows, snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const A1 = samplePost('7301000000000000011');
const profileUrl = (handle: string) => `https://www.tiktok.com/@${handle}`;

const session = useExtensionBrowser();

const badge = (page: Page, key: string) => page.locator(`castlist-badge[data-castlist-key="${key}"]`);



describe('TikTok, end to end', () => {
  let page: Page;

  // Grid tiles are not asserted to carry badges: a views-only tile gets a "reach" badge only from the page's creator,
  // and the runtime reads tiles as they appear, which on this page is before the first reading knows the creator.
  test('the profile gets a badge with followers and the latest video\'s reach', async () => {
    page = await session.browser.context.newPage();
    await page.goto(profileUrl(COOK.handle));
    // 2,345,678 views of the newest video / 1,234,567 followers
    await expect.poll(() => badgeText(page, `creator:${COOK.handle}`), { timeout: 15_000 }).toBe('1,234,567 followers · latest 2,345,678 views (190%)');
    expect(session.routes.refused.filter((url) => url.includes('tiktok.com'))).toEqual([]);
  });

  test('the creator and the grid posts are stored in IndexedDB, exact where TikTok\'s data is', async () => {
    const [creator] = await waitForSnapshots(session.browser, `creator:tiktok:${COOK.handle}`);
    expect(creator!.pageUrl).toBe(profileUrl(COOK.handle));
    expect(creator!.counts.followers).toMatchObject({ value: COOK.followers, exact: true });
    expect(creator!.counts.posts).toMatchObject({ value: COOK.videos, exact: true });
    const worker = await session.browser.serviceWorker();
    await expect
      .poll(async () => (await snapshotsOf(worker, `post:tiktok:${A1.id}`)).find((stored) => stored.counts.likes)?.counts.likes, { timeout: 15_000 })
      .toMatchObject({ value: A1.likes, exact: true });
  });

  test('in-page navigation to another creator shows that creator, never the first one\'s numbers', async () => {
    await page.click(`a[href="/@${TRAVEL.handle}"]`);
    await page.waitForURL(profileUrl(TRAVEL.handle));
    await expect.poll(() => badgeText(page, `creator:${TRAVEL.handle}`), { timeout: 15_000 }).toMatch(/^87,412 followers/);
    await expect.poll(() => badge(page, `creator:${COOK.handle}`).count()).toBe(0);
    expect(await page.locator('castlist-badge[data-castlist-key^="creator:"]').count()).toBe(1);

    const travel = await waitForSnapshots(session.browser, `creator:tiktok:${TRAVEL.handle}`);
    expect(travel.every((stored) => stored.counts.followers?.value === TRAVEL.followers && stored.pageUrl === profileUrl(TRAVEL.handle))).toBe(true);
    const cook = await snapshotsOf(await session.browser.serviceWorker(), `creator:tiktok:${COOK.handle}`);
    expect(cook.length).toBeGreaterThan(0);
    expect(cook.every((stored) => stored.counts.followers?.value === COOK.followers)).toBe(true);
  });

  test('a video page gets a badge with the engagement rate by views; its comments are stored', async () => {
    const video = await session.browser.context.newPage();
    await video.goto(`https://www.tiktok.com/@${COOK.handle}/video/${A1.id}`);
    // (187,654 likes + 3,210 comments + 9,876 shares) / 2,345,678 views = 8.56 %
    expect(await badgeText(video, `post:${A1.id}`)).toBe('ER 8.6% by views');
    const snapshots = await waitForSnapshots(session.browser, `post:tiktok:${A1.id}`, 2);
    const fromPage = snapshots.find((stored) => stored.pageUrl.includes('/video/'))!;
    expect(fromPage.counts).toMatchObject({ views: { value: A1.views, exact: true }, saves: { value: A1.saves, exact: true } });
    const worker = await session.browser.serviceWorker();
    await expect.poll(() => countRows(worker, 'comments'), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    await video.close();
  });

  test('the For You feed: every post of the feed response is stored with its own numbers', async () => {
    const feed = await session.browser.context.newPage();
    await feed.goto('https://www.tiktok.com/foryou');
    for (const post of SAMPLE_POSTS.slice(0, 3)) {
      const worker = await session.browser.serviceWorker();
      await expect
        .poll(async () => (await snapshotsOf(worker, `post:tiktok:${post.id}`)).find((stored) => stored.pageUrl.endsWith('/foryou'))?.counts.views, { timeout: 15_000 })
        .toMatchObject({ value: post.views, exact: true });
    }
    await feed.close();
  });
});
