/**
 * The whole path in a real browser on LinkedIn (Castlist's own sample pages, served at their real URLs): a guest
 * post page → badge and snapshot; a logged-in profile → badge and snapshot; then LinkedIn's in-page navigation to
 * another profile, where the old header stays on screen for a moment after the URL changed: the new profile's
 * numbers must come from the app's own Voyager response, the old profile's never.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { guestPostUrl } from '../fixtures/linkedin/guest-pages';
import { SAMPLE_GUEST_POST, SAMPLE_PEOPLE } from '../fixtures/linkedin/sample-pages';
import { snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const { ada, grace } = SAMPLE_PEOPLE;
const profileUrl = (handle: string) => `https://www.linkedin.com/in/${handle}/`;

const session = useExtensionBrowser();



describe('LinkedIn, end to end', () => {
  test('a guest post page gets a badge and its exact counts are stored', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(guestPostUrl(SAMPLE_GUEST_POST));
    // (333 reactions + 20 comments) / 48,210 followers = 0.73 %
    expect(await badgeText(page, `post:${SAMPLE_GUEST_POST.activityId}`)).toBe('ER 0.73% by followers');
    const [snapshot] = await waitForSnapshots(session.browser, `post:linkedin:${SAMPLE_GUEST_POST.activityId}`);
    expect(snapshot!.counts.likes).toMatchObject({ value: 333, exact: true });
    expect(snapshot!.counts.comments).toMatchObject({ value: 20, exact: true });
    const [creator] = await waitForSnapshots(session.browser, `creator:linkedin:${ada.handle}`);
    expect(creator!.counts.followers).toMatchObject({ value: 48_210, exact: true });
    expect(session.routes.refused.filter((url) => url.includes('linkedin.com'))).toEqual([]);
    await page.close();
  });

  let page: Page;

  test('a profile gets a badge with its followers, and the snapshot is stored', async () => {
    page = await session.browser.context.newPage();
    await page.goto(profileUrl(ada.handle));
    expect(await badgeText(page, `creator:${ada.handle}`)).toBe('48,210 followers');
    const snapshots = await waitForSnapshots(session.browser, `creator:linkedin:${ada.handle}`, 2);
    expect(snapshots.at(-1)!.pageUrl).toBe(profileUrl(ada.handle));
    expect(snapshots.at(-1)!.counts.followers).toMatchObject({ value: 48_210, exact: true, text: '48,210 followers' });
    // The person's own post on the page is stored with its counts.
    const [post] = await waitForSnapshots(session.browser, `post:linkedin:${ada.post.activityId}`);
    expect(post!.counts.likes).toMatchObject({ value: 1205 });
  });

  test('in-page navigation to another profile shows that profile\'s numbers, never the previous one\'s', async () => {
    const before = (await snapshotsOf(await session.browser.serviceWorker(), `creator:linkedin:${ada.handle}`)).length;
    await page.click(`a[data-spa="${grace.handle}"]`);
    await page.waitForURL(profileUrl(grace.handle));
    expect(await badgeText(page, `creator:${grace.handle}`)).toBe('9,870 followers');
    await expect.poll(() => page.locator(`castlist-badge[data-castlist-key="creator:${ada.handle}"]`).count()).toBe(0);
    // One creator badge (Grace's); tile badges are only on Grace's own posts.
    expect(await page.locator('castlist-badge[data-castlist-key^="creator:"]').count()).toBe(1);
    expect(await page.locator(`castlist-badge[data-castlist-key="tile:${ada.post.activityId}"]`).count()).toBe(0);

    const graceSnapshots = await waitForSnapshots(session.browser, `creator:linkedin:${grace.handle}`);
    expect(graceSnapshots.every((stored) => stored.counts.followers?.value === grace.followers)).toBe(true);
    expect(graceSnapshots.every((stored) => stored.pageUrl === profileUrl(grace.handle))).toBe(true);
    // The first profile's points are untouched by the second page, and none was added while its header lingered.
    const adaSnapshots = await snapshotsOf(await session.browser.serviceWorker(), `creator:linkedin:${ada.handle}`);
    expect(adaSnapshots).toHaveLength(before);
    expect(before).toBeGreaterThan(0);
    expect(adaSnapshots.every((stored) => stored.counts.followers!.value === ada.followers)).toBe(true);
    await page.close();
  });
});
