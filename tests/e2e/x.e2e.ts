/**
 * X end to end in a real browser: Castlist's own sample pages served at x.com URLs → page bridge (the page's own
 * XMLHttpRequest GraphQL calls) → content script → background → IndexedDB, and the page badges; then X's in-page
 * navigation to another profile (URL first, data next, column last), which must show the second creator's numbers
 * and never the first's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ANA, ANA_POSTS, BEN } from '../fixtures/x/sample-data';
import { countRows, snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser } from './support';

const session = useExtensionBrowser();


async function eventualBadgeText(page: Page, key: string, pattern: RegExp): Promise<string> {
  await expect.poll(async () => (await page.locator(`castlist-badge[data-castlist-key="${key}"] >> .badge`).allTextContents()).join('|'), { timeout: 15_000 }).toMatch(pattern);
  return badgeText(page, key);
}

async function snapshotsWhen(key: string, ready: (snapshots: Awaited<ReturnType<typeof snapshotsOf>>) => boolean) {
  const worker = await session.browser.serviceWorker();
  await expect.poll(async () => ready(await snapshotsOf(worker, key)), { timeout: 15_000 }).toBe(true);
  return snapshotsOf(worker, key);
}

describe('X, end to end', () => {
  let page: Page;

  test('a profile gets a badge with the exact followers from the page\'s own UserByScreenName call', async () => {
    page = await session.browser.context.newPage();
    await page.goto(`https://x.com/${ANA.handle}`);
    expect(await eventualBadgeText(page, `creator:${ANA.handle}`, /^48,213 followers · latest 9,281,975 views/)).toMatch(/^48,213 followers/);
    expect(session.routes.served.some((url) => url.includes('/UserByScreenName?'))).toBe(true);
    expect(session.routes.refused.filter((url) => new URL(url).hostname === 'x.com')).toEqual([]);
  });

  test('each post of the timeline gets its own tile badge', async () => {
    expect(await badgeText(page, `tile:${ANA_POSTS[1]!.id}`)).toMatch(/^ER [\d.]+% by views$/);
  });

  test('the creator\'s snapshot is stored in IndexedDB with its evidence', async () => {
    const snapshots = await snapshotsWhen(`creator:x:${ANA.handle}`, (stored) => stored.some((snapshot) => snapshot.counts.followers?.exact === true));
    const exact = snapshots.find((snapshot) => snapshot.counts.followers?.exact)!;
    expect(exact.pageUrl).toBe(`https://x.com/${ANA.handle}`);
    expect(exact.counts.followers).toMatchObject({ value: 48_213, min: 48_213, max: 48_213, text: '48213' });
    expect(exact.counts.following).toMatchObject({ value: 312 });
    expect(exact.counts.posts).toMatchObject({ value: 1_904 });
    const [post] = await snapshotsWhen(`post:x:${ANA_POSTS[0]!.id}`, (stored) => stored.length > 0);
    expect(post!.counts.views).toMatchObject({ value: 9_281_975, exact: true });
  });

  test('in-page navigation to another profile shows that creator\'s numbers, never the previous ones', async () => {
    await page.click(`a[data-spa][href="/${BEN.handle}"]`);
    await page.waitForURL(`https://x.com/${BEN.handle}`);
    expect(await eventualBadgeText(page, `creator:${BEN.handle}`, /^2,345,678 followers/)).toMatch(/^2,345,678 followers · latest 3,400,321 views/);
    await expect.poll(() => page.locator(`castlist-badge[data-castlist-key="creator:${ANA.handle}"]`).count()).toBe(0);
    expect(await page.locator('castlist-badge[data-castlist-key^="creator:"]').count()).toBe(1);

    const benSnapshots = await snapshotsWhen(`creator:x:${BEN.handle}`, (stored) => stored.some((snapshot) => snapshot.counts.followers?.exact === true));
    for (const snapshot of benSnapshots) {
      expect(snapshot.pageUrl).toBe(`https://x.com/${BEN.handle}`);
      expect(snapshot.counts.followers!.min).toBeLessThanOrEqual(BEN.followers);
      expect(snapshot.counts.followers!.max).toBeGreaterThanOrEqual(BEN.followers);
    }
    // The first creator's points are untouched by the second page.
    const anaSnapshots = await snapshotsOf(await session.browser.serviceWorker(), `creator:x:${ANA.handle}`);
    expect(anaSnapshots.length).toBeGreaterThan(0);
    for (const snapshot of anaSnapshots) {
      expect(snapshot.pageUrl).toBe(`https://x.com/${ANA.handle}`);
      expect(snapshot.counts.followers!.min).toBeLessThanOrEqual(ANA.followers);
      expect(snapshot.counts.followers!.max).toBeGreaterThanOrEqual(ANA.followers);
    }
  });

  test('a status page: the post\'s engagement rate by views, its exact counts and its replies stored', async () => {
    const post = ANA_POSTS[0]!;
    const status = await session.browser.context.newPage();
    await status.goto(`https://x.com/${ANA.handle}/status/${post.id}`);
    // (7,120 likes + 499 replies + 4,027 reposts, X's shares) / 9,281,975 views
    expect(await badgeText(status, `post:${post.id}`)).toBe('ER 0.13% by views');
    const snapshots = await snapshotsWhen(`post:x:${post.id}`, (stored) => stored.some((snapshot) => snapshot.pageUrl.includes('/status/')));
    const fromStatus = snapshots.find((snapshot) => snapshot.pageUrl.includes('/status/'))!;
    expect(fromStatus.counts).toMatchObject({
      likes: { value: 7_120, exact: true },
      comments: { value: 499, exact: true },
      reposts: { value: 4_027, exact: true },
      bookmarks: { value: 2_358, exact: true },
      views: { value: 9_281_975, exact: true },
    });
    const worker = await session.browser.serviceWorker();
    await expect.poll(() => countRows(worker, 'comments'), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await status.close();
  });
});
