/**
 * The Firefox build, installed in Firefox ESR as a user would install it, on Castlist's own sample pages of the five
 * sites served at their real URLs: page bridge (world: MAIN) → content script → background event page → IndexedDB,
 * and the page badges. The numbers must be those the Chromium suite (tests/e2e/*.e2e.ts) gets: same pages, same
 * readers, same stored counts. Then Firefox's own sidebar following the active tab, and the event page terminated
 * in the middle of a burst of readings, with nothing lost.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { OTHER_CREATOR, SAMPLE_CREATOR, samplePost } from '../../fixtures/instagram/sample-data';
import { guestPostUrl } from '../../fixtures/linkedin/guest-pages';
import { SAMPLE_GUEST_POST, SAMPLE_PEOPLE } from '../../fixtures/linkedin/sample-pages';
import { html } from '../../fixtures/sample-responder';
import { COOK, TRAVEL, samplePost as sampleTikTok } from '../../fixtures/tiktok/sample-data';
import { FIRST_LIST_NAME } from '../../../lib/shortlists/shortcut-names';
import { ANA, ANA_POSTS, BEN } from '../../fixtures/x/sample-data';
import { SAMPLE_CHANNEL, type SampleVideo, sampleVideo } from '../../fixtures/youtube/sample-channel';
import { watchPageHtml } from '../../fixtures/youtube/sample-pages';
import { rowCountIn, snapshotsIn } from './extension-idb';
import { POLL, backgroundContextId, badgeCount, badgeText, openSite, sidebarText, useFirefoxExtension, waitForSnapshots } from './support';

const session = useFirefoxExtension();
const refusedOn = (host: string) => session.firefox.routes.refused.filter((url) => new URL(url).hostname.endsWith(host) && !url.endsWith('/favicon.ico'));

describe('Firefox: YouTube', () => {
  const first = sampleVideo('castlistA01');
  const second = sampleVideo('castlistB02');
  const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
  let page: Page;

  test('the watch page gets its badge, and the reading is stored with its evidence', async () => {
    page = await openSite(session, watchUrl(first.id));
    // (48,321 likes + 1,900–1,999 comments) / 1,234,567 views = 4.07–4.08 %
    expect(await badgeText(page, `post:${first.id}`)).toBe('ER 4.1% by views');
    const [snapshot] = await waitForSnapshots(session, `post:youtube:${first.id}`);
    expect(snapshot!.pageUrl).toBe(watchUrl(first.id));
    expect(snapshot!.counts.views).toMatchObject({ value: first.views, exact: true });
    expect(snapshot!.counts.likes).toMatchObject({ value: first.likes, exact: true, text: 'like this video along with 48,321 other people' });
    expect(snapshot!.counts.comments).toMatchObject({ value: 1900, min: 1900, max: 1999, exact: false, text: '1.9K' });
    const [creator] = await waitForSnapshots(session, `creator:youtube:${SAMPLE_CHANNEL.handle}`);
    expect(creator!.counts.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });
    expect(refusedOn('youtube.com')).toEqual([]);
  });

  test('in-page navigation to a second video shows its numbers, not the first one\'s', async () => {
    await page.click(`a[href="/watch?v=${second.id}"]`);
    await expect.poll(() => page.evaluate(() => location.href), POLL).toBe(watchUrl(second.id));
    // (5,120 likes + 342 comments) / 87,410 views = 6.2 %
    expect(await badgeText(page, `post:${second.id}`)).toBe('ER 6.2% by views');
    await expect.poll(() => badgeCount(page, `castlist-badge[data-castlist-key="post:${first.id}"]`), POLL).toBe(0);
    const [snapshot] = await waitForSnapshots(session, `post:youtube:${second.id}`);
    expect(snapshot!.pageUrl).toBe(watchUrl(second.id));
    expect(snapshot!.counts.views).toMatchObject({ value: second.views, exact: true });
    const firstPoints = await snapshotsIn(session.inspector, `post:youtube:${first.id}`);
    expect(firstPoints.every((stored) => stored.counts.views!.value === first.views)).toBe(true);
  });

  test('the panel shows the video with each number and its source text', async () => {
    const panel = await session.firefox.openExtensionPage(`sidepanel.html?url=${encodeURIComponent(watchUrl(first.id))}`);
    await expect.poll(() => panel.evaluate(() => document.body.innerText), POLL).toContain(first.title);
    const text = await panel.evaluate(() => document.body.innerText);
    expect(text).toContain('1,234,567');
    expect(text).toContain('like this video along with 48,321 other people');
    expect(text).toMatch(/1,900\s*[–-]\s*1,999/);
    await panel.close();
  });

  test('the channel page gets a badge with subscribers and the latest video\'s reach', async () => {
    const channel = await openSite(session, `https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/videos`);
    expect(await badgeText(channel, `creator:${SAMPLE_CHANNEL.handle}`)).toBe('482K subscribers · latest 1,234,567 views (260%)');
    await expect
      .poll(async () => (await snapshotsIn(session.inspector, `creator:youtube:${SAMPLE_CHANNEL.handle}`)).find((stored) => stored.counts.posts)?.counts.posts, POLL)
      .toMatchObject({ value: 214, exact: true });
  });

  test('Firefox\'s sidebar shows the creator of the active tab, and follows the tab', async () => {
    // The channel page opened last is the active tab.
    await expect.poll(() => sidebarText(session), POLL).toContain(SAMPLE_CHANNEL.name);
    expect(await sidebarText(session)).toContain('482,000');
    await page.bringToFront();
    await expect.poll(() => sidebarText(session), POLL).toContain(second.title);
    expect(await sidebarText(session)).toContain('87,410');
  });
});

describe('Firefox: TikTok', () => {
  const A1 = sampleTikTok('7301000000000000011');
  const profileUrl = (handle: string) => `https://www.tiktok.com/@${handle}`;
  let page: Page;

  test('the profile gets a badge with followers and the latest video\'s reach; creator and posts stored exactly', async () => {
    page = await openSite(session, profileUrl(COOK.handle));
    // 2,345,678 views of the newest video / 1,234,567 followers
    await expect.poll(() => badgeText(page, `creator:${COOK.handle}`), POLL).toBe('1,234,567 followers · latest 2,345,678 views (190%)');
    const [creator] = await waitForSnapshots(session, `creator:tiktok:${COOK.handle}`);
    expect(creator!.pageUrl).toBe(profileUrl(COOK.handle));
    expect(creator!.counts.followers).toMatchObject({ value: COOK.followers, exact: true });
    expect(creator!.counts.posts).toMatchObject({ value: COOK.videos, exact: true });
    await expect
      .poll(async () => (await snapshotsIn(session.inspector, `post:tiktok:${A1.id}`)).find((stored) => stored.counts.likes)?.counts.likes, POLL)
      .toMatchObject({ value: A1.likes, exact: true });
    expect(refusedOn('tiktok.com')).toEqual([]);
  });

  test('the creator badge\'s "+ Shortlist" button adds the creator to the last-used list (made when there is none)', async () => {
    const badge = `castlist-badge[data-castlist-key="creator:${COOK.handle}"]`;
    const button = (await page.waitForSelector(`${badge} >>> button`))!;
    expect(await button.evaluate((element) => element.getAttribute('aria-label'))).toBe(`Add ${COOK.name} to shortlist`);
    await button.click();
    const status = () => page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '', badge);
    await expect.poll(status, POLL).toBe(`Added to ${FIRST_LIST_NAME}`);
    expect(await rowCountIn(session.inspector, 'shortlistEntries')).toBe(1);
  });

  test('in-page navigation to another creator shows that creator, never the first one\'s numbers', async () => {
    await page.click(`a[href="/@${TRAVEL.handle}"]`);
    await expect.poll(() => badgeText(page, `creator:${TRAVEL.handle}`), POLL).toMatch(/^87,412 followers/);
    await expect.poll(() => badgeCount(page, `castlist-badge[data-castlist-key="creator:${COOK.handle}"]`), POLL).toBe(0);
    const travel = await waitForSnapshots(session, `creator:tiktok:${TRAVEL.handle}`);
    expect(travel.every((stored) => stored.counts.followers?.value === TRAVEL.followers && stored.pageUrl === profileUrl(TRAVEL.handle))).toBe(true);
  });

  test('a video page gets a badge with the engagement rate by views; its comments are stored', async () => {
    const video = await openSite(session, `https://www.tiktok.com/@${COOK.handle}/video/${A1.id}`);
    // (187,654 likes + 3,210 comments + 9,876 shares) / 2,345,678 views = 8.56 %
    expect(await badgeText(video, `post:${A1.id}`)).toBe('ER 8.6% by views');
    const snapshots = await waitForSnapshots(session, `post:tiktok:${A1.id}`, 2);
    const fromPage = snapshots.find((stored) => stored.pageUrl.includes('/video/'))!;
    expect(fromPage.counts).toMatchObject({ views: { value: A1.views, exact: true }, saves: { value: A1.saves, exact: true } });
    await expect.poll(() => rowCountIn(session.inspector, 'comments'), POLL).toBeGreaterThanOrEqual(4);
    await video.close();
  });
});

describe('Firefox: Instagram (numbers from the page bridge, world: MAIN)', () => {
  const reel = samplePost('DAn6p16mwAB')!;
  const profileUrl = (username: string) => `https://www.instagram.com/${username}/`;
  let page: Page;

  test('the profile gets its badge; the reading is stored exact, with its posts', async () => {
    page = await openSite(session, profileUrl(SAMPLE_CREATOR.username));
    // 87,410 views / 48,210 followers = 181 %
    expect(await badgeText(page, `creator:${SAMPLE_CREATOR.username}`)).toBe('48,210 followers · latest 87,410 views (180%)');
    const [creator] = await waitForSnapshots(session, `creator:instagram:${SAMPLE_CREATOR.username}`);
    expect(creator!.counts).toMatchObject({ followers: { value: 48_210, exact: true }, following: { value: 312, exact: true }, posts: { value: 184, exact: true } });
    const [post] = await waitForSnapshots(session, `post:instagram:${reel.code}`);
    expect(post!.counts).toMatchObject({ views: { value: 87_410, exact: true }, likes: { value: 5_120 }, comments: { value: 342 } });
    // (5,120 likes + 342 comments + 210 shares) / 87,410 views
    expect(await badgeText(page, `tile:${reel.code}`)).toBe('ER 6.5% by views');
    expect(refusedOn('instagram.com')).toEqual([]);
  });

  test('in-page navigation to another creator shows that creator\'s numbers, not the first one\'s', async () => {
    await page.click(`a[data-spa][href="/${OTHER_CREATOR.username}/"]`);
    expect(await badgeText(page, `creator:${OTHER_CREATOR.username}`)).toBe('1,234,567 followers · latest 903,400 views (73%)');
    await expect.poll(() => badgeCount(page, `castlist-badge[data-castlist-key="creator:${SAMPLE_CREATOR.username}"]`), POLL).toBe(0);
    const [other] = await waitForSnapshots(session, `creator:instagram:${OTHER_CREATOR.username}`);
    expect(other!.pageUrl).toBe(profileUrl(OTHER_CREATOR.username));
    expect(other!.counts).toMatchObject({ followers: { value: 1_234_567, exact: true }, following: { value: 89 }, posts: { value: 1_020 } });
  });

  test('the reel page gets a badge with the engagement rate by views', async () => {
    const post = await openSite(session, `https://www.instagram.com/reel/${reel.code}/`);
    expect(await badgeText(post, `post:${reel.code}`)).toBe('ER 6.5% by views');
    const snapshots = await waitForSnapshots(session, `post:instagram:${reel.code}`, 2);
    expect(snapshots.at(-1)!.counts).toMatchObject({ views: { value: 87_410, exact: true }, likes: { value: 5_120, exact: true }, shares: { value: 210 } });
    await post.close();
  });
});

describe('Firefox: X (the page\'s own GraphQL calls through the page bridge)', () => {
  test('a profile gets a badge with the exact followers; the creator is stored with its evidence', async () => {
    const page = await openSite(session, `https://x.com/${ANA.handle}`);
    await expect.poll(() => badgeText(page, `creator:${ANA.handle}`), POLL).toMatch(/^48,213 followers · latest 9,281,975 views/);
    expect(session.firefox.routes.served.some((url) => url.includes('/UserByScreenName?'))).toBe(true);
    await expect
      .poll(async () => (await snapshotsIn(session.inspector, `creator:x:${ANA.handle}`)).find((snapshot) => snapshot.counts.followers?.exact)?.counts.followers, POLL)
      .toMatchObject({ value: 48_213, min: 48_213, max: 48_213, text: '48213' });
    const [post] = await waitForSnapshots(session, `post:x:${ANA_POSTS[0]!.id}`);
    expect(post!.counts.views).toMatchObject({ value: 9_281_975, exact: true });
    expect(await badgeText(page, `tile:${ANA_POSTS[1]!.id}`)).toMatch(/^ER [\d.]+% by views$/);

    await page.click(`a[data-spa][href="/${BEN.handle}"]`);
    await expect.poll(() => badgeText(page, `creator:${BEN.handle}`), POLL).toMatch(/^2,345,678 followers · latest 3,400,321 views/);
    await expect.poll(() => badgeCount(page, `castlist-badge[data-castlist-key="creator:${ANA.handle}"]`), POLL).toBe(0);
    expect(refusedOn('x.com')).toEqual([]);
  });

  test('a status page: the post\'s engagement rate by views and its exact counts stored', async () => {
    const post = ANA_POSTS[0]!;
    const status = await openSite(session, `https://x.com/${ANA.handle}/status/${post.id}`);
    // (7,120 likes + 499 replies + 4,027 reposts, X's shares) / 9,281,975 views
    expect(await badgeText(status, `post:${post.id}`)).toBe('ER 0.13% by views');
    await expect
      .poll(async () => (await snapshotsIn(session.inspector, `post:x:${post.id}`)).find((snapshot) => snapshot.pageUrl.includes('/status/'))?.counts, POLL)
      .toMatchObject({
        likes: { value: 7_120, exact: true },
        comments: { value: 499, exact: true },
        reposts: { value: 4_027, exact: true },
        bookmarks: { value: 2_358, exact: true },
        views: { value: 9_281_975, exact: true },
      });
    await status.close();
  });
});

describe('Firefox: LinkedIn', () => {
  const { ada, grace } = SAMPLE_PEOPLE;
  const profileUrl = (handle: string) => `https://www.linkedin.com/in/${handle}/`;

  test('a guest post page gets a badge and its exact counts are stored', async () => {
    const page = await openSite(session, guestPostUrl(SAMPLE_GUEST_POST));
    // (333 reactions + 20 comments) / 48,210 followers = 0.73 %
    expect(await badgeText(page, `post:${SAMPLE_GUEST_POST.activityId}`)).toBe('ER 0.73% by followers');
    const [snapshot] = await waitForSnapshots(session, `post:linkedin:${SAMPLE_GUEST_POST.activityId}`);
    expect(snapshot!.counts.likes).toMatchObject({ value: 333, exact: true });
    expect(snapshot!.counts.comments).toMatchObject({ value: 20, exact: true });
    expect(refusedOn('linkedin.com')).toEqual([]);
    await page.close();
  });

  test('a profile, then in-page navigation to another: each profile\'s own numbers', async () => {
    const page = await openSite(session, profileUrl(ada.handle));
    expect(await badgeText(page, `creator:${ada.handle}`)).toBe('48,210 followers');
    const adaPoints = await waitForSnapshots(session, `creator:linkedin:${ada.handle}`, 2);
    expect(adaPoints.at(-1)!.counts.followers).toMatchObject({ value: 48_210, exact: true, text: '48,210 followers' });

    await page.click(`a[data-spa="${grace.handle}"]`);
    expect(await badgeText(page, `creator:${grace.handle}`)).toBe('9,870 followers');
    await expect.poll(() => badgeCount(page, `castlist-badge[data-castlist-key="creator:${ada.handle}"]`), POLL).toBe(0);
    const gracePoints = await waitForSnapshots(session, `creator:linkedin:${grace.handle}`);
    expect(gracePoints.every((stored) => stored.counts.followers?.value === grace.followers && stored.pageUrl === profileUrl(grace.handle))).toBe(true);
    expect(await snapshotsIn(session.inspector, `creator:linkedin:${ada.handle}`)).toHaveLength(adaPoints.length);
    await page.close();
  });
});

describe('Firefox: the event page terminated in the middle of a burst of readings', () => {
  /** Eight videos of the sample channel that exist only for this test (ids of YouTube's 11-character shape). */
  const BURST: SampleVideo[] = Array.from({ length: 8 }, (_, index) => ({
    id: `ffBurst${String(index).padStart(4, '0')}`,
    title: `Firefox burst video ${index}`,
    views: 20_000 + index * 1_111,
    likes: 700 + index,
    commentsText: `${30 + index}`,
    publishDate: '2026-11-01T10:00:00-07:00',
    description: `Invented video ${index} of the Firefox durability test.`,
  }));
  const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

  test('every visit is stored exactly once, with its own numbers', async () => {
    session.firefox.serveAlso((url) => {
      const video = url.hostname === 'www.youtube.com' && url.pathname === '/watch' ? BURST.find((candidate) => candidate.id === url.searchParams.get('v')) : undefined;
      return video ? html(watchPageHtml(video)) : null;
    });
    const pages: Page[] = [];
    for (const [index, video] of BURST.entries()) {
      const page = await session.firefox.newPage();
      pages.push(page);
      // Not waiting for the badge: the next visit starts while this one's reading is still on its way.
      await page.goto(watchUrl(video.id), { waitUntil: 'domcontentloaded' });
      if (index === 2 || index === 5) {
        await expect.poll(() => session.firefox.backgroundState(), POLL).toBe('running');
        const running = await backgroundContextId(session);
        await session.firefox.terminateBackground();
        // Gone, or already a new one woken by the next reading: never the same page.
        expect(await backgroundContextId(session)).not.toBe(running);
      }
    }
    const stored = async () => Promise.all(BURST.map((video) => snapshotsIn(session.inspector, `post:youtube:${video.id}`)));
    await expect.poll(async () => (await stored()).filter((points) => points.length > 0).length, { ...POLL, timeout: 60_000 }).toBe(BURST.length);
    for (const [index, points] of (await stored()).entries()) {
      const video = BURST[index]!;
      expect(points, video.id).toHaveLength(1);
      expect(points[0]!.pageUrl).toBe(watchUrl(video.id));
      expect(points[0]!.counts.views).toMatchObject({ value: video.views, exact: true });
      expect(points[0]!.counts.likes).toMatchObject({ value: video.likes, exact: true });
    }
    for (const page of pages) await page.close();
  });
});
