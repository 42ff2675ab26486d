/**
 * The whole path in a real browser for Instagram: Castlist's own sample profile and post pages, served at their
 * real URLs → page bridge → content script → background → IndexedDB, and the page badges; then Instagram's
 * in-page navigation (a watched request, a DOM update, pushState) to another creator and another post, which must
 * show the new one's numbers and never the old one's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { OTHER_CREATOR, SAMPLE_CREATOR, samplePost } from '../fixtures/instagram/sample-data';
import { snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const profileUrl = (username: string) => `https://www.instagram.com/${username}/`;
const reel = samplePost('DAn6p16mwAB')!;
const image = samplePost('DAn6p16mwAC')!;

const session = useExtensionBrowser();



describe('Instagram, end to end', () => {
  let page: Page;

  test('the profile gets a badge with its followers and the latest reel\'s reach', async () => {
    page = await session.browser.context.newPage();
    await page.goto(profileUrl(SAMPLE_CREATOR.username));
    // 87,410 views / 48,210 followers = 181 %
    expect(await badgeText(page, `creator:${SAMPLE_CREATOR.username}`)).toBe('48,210 followers · latest 87,410 views (180%)');
    expect(session.routes.refused.filter((url) => url.includes('instagram.com'))).toEqual([]);
  });

  test('the profile\'s reading is stored in IndexedDB, exact, with its posts', async () => {
    const [creator] = await waitForSnapshots(session.browser, `creator:instagram:${SAMPLE_CREATOR.username}`);
    expect(creator!.pageUrl).toBe(profileUrl(SAMPLE_CREATOR.username));
    expect(creator!.counts).toMatchObject({
      followers: { value: 48_210, exact: true },
      following: { value: 312, exact: true },
      posts: { value: 184, exact: true },
    });
    const [post] = await waitForSnapshots(session.browser, `post:instagram:${reel.code}`);
    expect(post!.counts).toMatchObject({ views: { value: 87_410, exact: true }, likes: { value: 5_120 }, comments: { value: 342 } });
    // The hidden-likes post is stored without likes, not with the 0 the data carries.
    const [hidden] = await waitForSnapshots(session.browser, 'post:instagram:DAn6p16mwAE');
    expect(hidden!.counts.likes).toBeUndefined();
    expect(hidden!.counts.comments).toMatchObject({ value: 12 });
  });

  test('grid tiles get their own badges', async () => {
    // (5,120 likes + 342 comments + 210 shares) / 87,410 views
    expect(await badgeText(page, `tile:${reel.code}`)).toBe('ER 6.5% by views');
  });

  test('in-page navigation to another creator shows that creator\'s numbers, not the first one\'s', async () => {
    await page.click(`a[data-spa][href="/${OTHER_CREATOR.username}/"]`);
    await page.waitForURL(profileUrl(OTHER_CREATOR.username));
    // 903,400 views / 1,234,567 followers = 73 %
    expect(await badgeText(page, `creator:${OTHER_CREATOR.username}`)).toBe('1,234,567 followers · latest 903,400 views (73%)');
    await expect.poll(() => page.locator(`castlist-badge[data-castlist-key="creator:${SAMPLE_CREATOR.username}"]`).count()).toBe(0);

    const [other] = await waitForSnapshots(session.browser, `creator:instagram:${OTHER_CREATOR.username}`);
    expect(other!.pageUrl).toBe(profileUrl(OTHER_CREATOR.username));
    expect(other!.counts).toMatchObject({ followers: { value: 1_234_567, exact: true }, following: { value: 89 }, posts: { value: 1_020 } });
    // The first creator's points are untouched by the second page.
    const first = await snapshotsOf(await session.browser.serviceWorker(), `creator:instagram:${SAMPLE_CREATOR.username}`);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((stored) => stored.counts.followers!.value === 48_210 && stored.pageUrl === profileUrl(SAMPLE_CREATOR.username))).toBe(true);
  });

  test('the post page gets a badge with the engagement rate by views, and stores the post', async () => {
    const post = await session.browser.context.newPage();
    await post.goto(`https://www.instagram.com/reel/${reel.code}/`);
    expect(await badgeText(post, `post:${reel.code}`)).toBe('ER 6.5% by views');
    const snapshots = await waitForSnapshots(session.browser, `post:instagram:${reel.code}`, 2);
    expect(snapshots.at(-1)!.pageUrl).toBe(`https://www.instagram.com/reel/${reel.code}/`);
    expect(snapshots.at(-1)!.counts).toMatchObject({ views: { value: 87_410, exact: true }, likes: { value: 5_120, exact: true }, shares: { value: 210 } });

    // In-page navigation to an image post: its numbers, and no badge or number of the reel's.
    await post.click(`a[data-spa][href="/p/${image.code}/"]`);
    await post.waitForURL(`https://www.instagram.com/p/${image.code}/`);
    await expect.poll(() => post.locator(`castlist-badge[data-castlist-key="post:${reel.code}"]`).count(), { timeout: 15_000 }).toBe(0);
    const onPostPage = async () =>
      (await snapshotsOf(await session.browser.serviceWorker(), `post:instagram:${image.code}`)).find((snapshot) => snapshot.pageUrl === `https://www.instagram.com/p/${image.code}/`);
    await expect.poll(onPostPage, { timeout: 15_000 }).toBeDefined();
    const stored = (await onPostPage())!;
    expect(stored.counts).toMatchObject({ likes: { value: 1_500, exact: true }, comments: { value: 48, exact: true } });
    expect(stored.counts.views).toBeUndefined();
    // The reel's points all hold the reel's numbers.
    const reelPoints = await snapshotsOf(await session.browser.serviceWorker(), `post:instagram:${reel.code}`);
    expect(reelPoints.every((snapshot) => snapshot.counts.likes!.value === 5_120)).toBe(true);
    await post.close();
  });
});
