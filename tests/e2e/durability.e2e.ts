/**
 * Durability in a real browser: a burst of visits to watch pages (Castlist's own sample markup, served at real
 * URLs) while the extension's service worker is stopped twice in the middle of it. Every visit's reading must be in
 * IndexedDB exactly once — one point per visit for the video and for its channel — whatever the worker was doing
 * when it stopped.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CHANNEL, type SampleVideo } from '../fixtures/youtube/sample-channel';
import { watchPageHtml } from '../fixtures/youtube/sample-pages';
import { snapshotsOf } from './idb';
import { useExtensionBrowser } from './support';

const session = useExtensionBrowser();

/** Eight videos of the sample channel that exist only for this test (ids of YouTube's 11-character shape). */
const BURST: SampleVideo[] = Array.from({ length: 8 }, (_, index) => ({
  id: `burstE2E${String(index).padStart(3, '0')}`,
  title: `Burst video ${index}`,
  views: 10_000 + index * 1_111,
  likes: 500 + index,
  commentsText: `${20 + index}`,
  publishDate: '2026-11-01T10:00:00-07:00',
  description: `Invented video ${index} of the durability test.`,
}));
const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

describe('a burst of readings while the service worker is stopped', () => {
  test('every visit is stored exactly once', async () => {
    const { context } = session.browser;
    // Served before the sample routes (Playwright tries the newest route first).
    await context.route(/^https:\/\/www\.youtube\.com\/watch\?v=burstE2E\d{3}$/, async (route) => {
      const id = new URL(route.request().url()).searchParams.get('v');
      const video = BURST.find((candidate) => candidate.id === id);
      if (!video) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: watchPageHtml(video) });
    });

    const pages: Page[] = [];
    for (const [index, video] of BURST.entries()) {
      const page = await context.newPage();
      pages.push(page);
      // Not waiting for the badge: the next visit starts while this one's reading is still on its way.
      await page.goto(watchUrl(video.id), { waitUntil: 'domcontentloaded' });
      if (index === 2 || index === 5) await session.browser.stopServiceWorker();
    }

    const pointsOf = async (video: SampleVideo) => snapshotsOf(await session.browser.serviceWorker(), `post:youtube:${video.id}`);
    await expect
      .poll(async () => (await Promise.all(BURST.map(pointsOf))).filter((points) => points.length > 0).length, { timeout: 60_000, interval: 500 })
      .toBe(BURST.length);
    // Give late retries time to land, if any would double a point.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    for (const video of BURST) {
      const points = await pointsOf(video);
      expect(points, video.id).toHaveLength(1);
      expect(points[0]!.pageUrl).toBe(watchUrl(video.id));
      expect(points[0]!.counts.views).toMatchObject({ value: video.views, exact: true });
      expect(points[0]!.counts.likes).toMatchObject({ value: video.likes, exact: true });
    }
    const channelPoints = (await snapshotsOf(await session.browser.serviceWorker(), `creator:youtube:${SAMPLE_CHANNEL.handle}`)).filter((point) =>
      BURST.some((video) => point.pageUrl === watchUrl(video.id)),
    );
    expect(channelPoints).toHaveLength(BURST.length);
    for (const page of pages) await page.close();
  });
});
