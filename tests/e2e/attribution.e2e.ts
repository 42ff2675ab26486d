/**
 * Attribution in the built extension, asserted on what IndexedDB holds: other creators' posts shown on a creator's
 * pages (recommendations, shelves of other channels, tagged posts, another article's page) are stored under their
 * own creators or not at all, never under the page's creator, and the page's own posts keep their true numbers.
 * The pages are our own (tests/fixtures/attribution-routes.ts), following real markup.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { PostRow } from '../../lib/db/rows';
import { OTHER_CREATOR, SAMPLE_CREATOR } from '../fixtures/instagram/sample-data';
import { TAGGED_POSTS } from '../fixtures/instagram/tagged-page';
import { PULSE_ELSEWHERE, PULSE_OWN } from '../fixtures/attribution-routes';
import { FOOD_CHANNEL, TRAVEL_RIVAL, WATCHED } from '../fixtures/youtube/attribution-pages';
import { SAMPLE_CHANNEL } from '../fixtures/youtube/sample-channel';
import { rowOf, rowsOf } from './idb';
import { useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser();

const worker = () => session.browser.serviceWorker();
const post = async (key: string) => rowOf<PostRow>(await worker(), 'posts', key);
/** The post rows once they are all stored (each reading is stored whole, in one transaction). */
async function storedPosts(keys: string[]): Promise<Record<string, PostRow>> {
  await expect.poll(async () => (await Promise.all(keys.map(post))).every(Boolean), { timeout: 20_000 }).toBe(true);
  return Object.fromEntries(await Promise.all(keys.map(async (key) => [key, (await post(key))!] as const)));
}
/** Whatever else a later reading of the page might add has had time to arrive. */
const settleReadings = () => new Promise((resolve) => setTimeout(resolve, 2_500));
const latest = (row: PostRow, metric: keyof PostRow['latest']) => row.latest[metric] && { value: row.latest[metric]!.value, exact: row.latest[metric]!.exact };

async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The text of a tile's badge, or null when the tile has none. */
async function tileBadge(page: Page, postId: string): Promise<string | null> {
  const badge = page.locator(`castlist-badge[data-castlist-key="tile:${postId}"]`);
  if (!(await badge.count())) return null;
  return badge.locator('.badge').textContent();
}

describe('attribution, end to end', () => {
  test('a watch page with recommendations from other channels', async () => {
    const page = await open(`https://www.youtube.com/watch?v=${WATCHED.id}`);
    const rows = await storedPosts([`youtube:${WATCHED.id}`, 'youtube:castlistR11', 'youtube:castlistR12', 'youtube:castlistR13']);
    // The page's own video, with its true numbers, under its channel; the channel's subscribers.
    expect(rows[`youtube:${WATCHED.id}`]!.creatorKey).toBe(`youtube:${SAMPLE_CHANNEL.handle}`);
    expect(latest(rows[`youtube:${WATCHED.id}`]!, 'views')).toEqual({ value: WATCHED.views, exact: true });
    expect(latest(rows[`youtube:${WATCHED.id}`]!, 'likes')).toEqual({ value: WATCHED.likes, exact: true });
    const [creator] = await waitForSnapshots(session.browser, `creator:youtube:${SAMPLE_CHANNEL.handle}`);
    expect(creator!.counts.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });
    // Each recommendation under its own channel (its byline in the page's data).
    expect(rows['youtube:castlistR11']!.creatorKey).toBe(`youtube:${TRAVEL_RIVAL.handle}`);
    expect(latest(rows['youtube:castlistR11']!, 'views')).toEqual({ value: 15_530, exact: true });
    expect(rows['youtube:castlistR12']!.creatorKey).toBe(`youtube:${SAMPLE_CHANNEL.handle}`); // the channel's own video
    expect(rows['youtube:castlistR13']!.creatorKey).toBe(`youtube:${FOOD_CHANNEL.handle}`);
    await settleReadings();
    // Named by nobody (no byline in the data; rendered only, by name): not stored. The mix is no post.
    expect(await post('youtube:castlistR14')).toBeUndefined();
    expect(await post('youtube:castlistR15')).toBeUndefined();
    const ofChannel = (await rowsOf<PostRow>(await worker(), 'posts')).filter((row) => row.creatorKey === `youtube:${SAMPLE_CHANNEL.handle}`).map((row) => row.postId);
    expect(ofChannel).not.toContain('castlistR11');
    expect(ofChannel).not.toContain('castlistR13');
    // Badges: the channel's own recommended video against the channel's audience; another channel's, whose
    // audience nobody stored, shows no follower-based figure.
    await expect.poll(() => tileBadge(page, 'castlistR12'), { timeout: 15_000 }).toBe('reach 83%');
    expect(await tileBadge(page, 'castlistR11')).toBeNull();
    await page.close();
  });

  test('a channel page with a shelf of another channel', async () => {
    const page = await open(`https://www.youtube.com/@${SAMPLE_CHANNEL.handle}/featured`);
    const rows = await storedPosts(['youtube:castlistH21', 'youtube:castlistH22', 'youtube:castlistH31', 'youtube:castlistH32', 'youtube:castlistH41']);
    // The channel's own shelf: its videos with their true numbers.
    expect(rows['youtube:castlistH21']!.creatorKey).toBe(`youtube:${SAMPLE_CHANNEL.handle}`);
    expect(latest(rows['youtube:castlistH21']!, 'views')).toEqual({ value: 123_456, exact: true });
    expect(rows['youtube:castlistH22']!.creatorKey).toBe(`youtube:${SAMPLE_CHANNEL.handle}`);
    expect(latest(rows['youtube:castlistH22']!, 'views')).toEqual({ value: 98_765, exact: true });
    // The other channel's shelf: that channel's.
    expect(rows['youtube:castlistH31']!.creatorKey).toBe(`youtube:${TRAVEL_RIVAL.handle}`);
    expect(latest(rows['youtube:castlistH31']!, 'views')).toEqual({ value: 2_500_000, exact: true });
    expect(rows['youtube:castlistH32']!.creatorKey).toBe(`youtube:${TRAVEL_RIVAL.handle}`);
    // A playlist shelf: each video by its byline, or not at all.
    expect(rows['youtube:castlistH41']!.creatorKey).toBe(`youtube:${FOOD_CHANNEL.handle}`);
    await settleReadings();
    expect(await post('youtube:castlistH42')).toBeUndefined();
    expect(await post('youtube:castlistH43')).toBeUndefined();
    // Badges: own tiles against the channel's 482K subscribers; the other channel's tiles get no reach figure.
    await expect.poll(() => tileBadge(page, 'castlistH21'), { timeout: 15_000 }).toBe('reach 26%');
    expect(await tileBadge(page, 'castlistH31')).toBeNull();
    await page.close();
  });

  test('an Instagram Tagged tab', async () => {
    const page = await open(`https://www.instagram.com/${SAMPLE_CREATOR.username}/tagged/`);
    const rows = await storedPosts(['instagram:DBTagged001', 'instagram:DBTagged002']);
    // Other people's posts, under their owners (from the tab's data; from the tile's own link).
    expect(rows['instagram:DBTagged001']!.creatorKey).toBe(`instagram:${OTHER_CREATOR.username}`);
    expect(latest(rows['instagram:DBTagged001']!, 'likes')).toEqual({ value: 7_777, exact: true });
    expect(rows['instagram:DBTagged002']!.creatorKey).toBe(`instagram:${OTHER_CREATOR.username}`);
    // The profile's own numbers are still stored.
    const [creator] = await waitForSnapshots(session.browser, `creator:instagram:${SAMPLE_CREATOR.username}`);
    expect(creator!.counts.followers).toMatchObject({ value: SAMPLE_CREATOR.followers, exact: true });
    await settleReadings();
    // A tagged post nothing names the owner of: not stored (and certainly not as the profile's).
    expect(await post('instagram:DBTagged003')).toBeUndefined();
    const tagged = new Set(TAGGED_POSTS.map((entry) => entry.post.code));
    const underProfile = (await rowsOf<PostRow>(await worker(), 'posts')).filter((row) => row.creatorKey === `instagram:${SAMPLE_CREATOR.username}` && tagged.has(row.postId));
    expect(underProfile).toEqual([]);
    await page.close();
  });

  test('a Pulse page whose canonical link names another article', async () => {
    const elsewhere = await open(`https://www.linkedin.com/pulse/${PULSE_ELSEWHERE.slug}`);
    // Its own article's page, read afterwards: stored with its numbers (the readings are read in order).
    const own = await open(`https://www.linkedin.com/pulse/${PULSE_OWN.slug}`);
    const rows = await storedPosts([`linkedin:${PULSE_OWN.slug}`]);
    expect(rows[`linkedin:${PULSE_OWN.slug}`]!.creatorKey).toBe(`linkedin:${PULSE_OWN.authorHandle}`);
    expect(latest(rows[`linkedin:${PULSE_OWN.slug}`]!, 'likes')).toEqual({ value: 361, exact: true });
    await settleReadings();
    // Nothing of that page is the URL's article: no post, no comment under it.
    expect(await post(`linkedin:${PULSE_ELSEWHERE.slug}`)).toBeUndefined();
    const comments = await rowsOf<{ postKey: string }>(await worker(), 'comments');
    expect(comments.filter((comment) => comment.postKey === `linkedin:${PULSE_ELSEWHERE.slug}`)).toEqual([]);
    // The URL's page said why (once its grace period for an empty reading is over): stale, in reader health.
    const staleEvents = async () =>
      (await rowsOf<{ pageUrl: string; code: string | null; field: string }>(await worker(), 'readerEvents'))
        .filter((event) => event.pageUrl.includes(PULSE_ELSEWHERE.slug))
        .map((event) => `${event.field}:${event.code}`);
    await expect.poll(staleEvents, { timeout: 20_000 }).toContain('post:stale');
    expect(await post(`linkedin:${PULSE_ELSEWHERE.slug}`)).toBeUndefined();
    await elsewhere.close();
    await own.close();
  });
});
