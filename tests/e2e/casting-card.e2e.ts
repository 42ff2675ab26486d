/**
 * The casting card in a real browser: a TikTok creator read from Castlist's own sample pages (the profile, and one
 * video with its comments), then the side panel on the profile: engagement rate, its benchmark band drawn, the
 * comment breakdown scored in the panel with Chromium's own language detector, the charts drawn by uPlot on a canvas,
 * and the evidence trail down to the page's own numbers; and on the page, the badges' band word.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COOK, SAMPLE_COMMENTS, SAMPLE_POSTS } from '../fixtures/tiktok/sample-data';
import { countRows } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser();
const PROFILE = `https://www.tiktok.com/@${COOK.handle}`;
/** The video whose comments the sample pages answer with (SAMPLE_COMMENTS). */
const COMMENTED_VIDEO = SAMPLE_COMMENTS[0]!.postId;

/** The band beside a page badge (lib/content/badge-element.ts), once the badge is on the page. */
async function bandText(page: Page, key: string): Promise<string> {
  const badge = page.locator(`castlist-badge[data-castlist-key="${key}"]`);
  await badge.waitFor({ state: 'attached', timeout: 15_000 });
  return (await badge.locator('.band').textContent()) ?? '';
}

/** The house formula by hand: (likes + comments + shares + saves) / followers of each unpinned post, their median. */
function houseErByFollowers(): string {
  const rates = SAMPLE_POSTS.filter((post) => post.handle === COOK.handle && !post.pinned)
    .map((post) => (post.likes + post.comments + post.shares + post.saves) / COOK.followers)
    .sort((a, b) => a - b);
  const middle = Math.floor(rates.length / 2);
  const median = rates.length % 2 ? rates[middle]! : (rates[middle - 1]! + rates[middle]!) / 2;
  return new Intl.NumberFormat('en', { style: 'percent', maximumSignificantDigits: 2, minimumSignificantDigits: 1 }).format(median);
}

describe('the casting card, end to end', () => {
  let panel: Page;

  test('the page badges show the band word beside the numbers: the creator\'s, and the creator\'s on their video', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(PROFILE);
    await waitForSnapshots(session.browser, `creator:tiktok:${COOK.handle}`);
    // The card's first benchmark by followers for TikTok: Influencer Hero's median 1.31%; the creator's median 8.8%.
    expect(await badgeText(page, `creator:${COOK.handle}`)).toBe('1,234,567 followers · latest 2,345,678 views (190%)');
    expect(await bandText(page, `creator:${COOK.handle}`)).toBe(`ER ${houseErByFollowers()} · above median`);
    await page.close();

    const video = await session.browser.context.newPage();
    await video.goto(`${PROFILE}/video/${COMMENTED_VIDEO}`);
    expect(await badgeText(video, `post:${COMMENTED_VIDEO}`)).toBe('ER 8.6% by views');
    expect(await bandText(video, `post:${COMMENTED_VIDEO}`)).toBe('creator: above median');
    await expect.poll(async () => countRows(await session.browser.serviceWorker(), 'comments'), { timeout: 15_000 }).toBeGreaterThanOrEqual(SAMPLE_COMMENTS.length);
    await video.close();
  });

  test('a creator read from the sample pages gets a card with ER, its band drawn, and charts', async () => {

    panel = await session.browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?url=${encodeURIComponent(PROFILE)}`);
    const card = panel.getByRole('region', { name: 'Casting card' });
    const er = card.getByRole('region', { name: 'Engagement rate by followers' });
    // (17.3% + 0.38%) / 2 over the two unpinned videos of the grid: 8.8%
    await expect.poll(() => er.locator('.er-headline data').textContent(), { timeout: 30_000 }).toBe(houseErByFollowers());
    expect(await er.innerText()).toContain("The middle value (median) of the creator's last 2 posts");

    const bands = card.getByRole('region', { name: 'Compared with published benchmarks' });
    // Influencer Hero's median 1.31% for TikTok, by followers
    expect(await bands.locator('.band-word').textContent()).toBe('above median');
    const chart = bands.getByRole('img', { name: /^Engagement-rate bands of Influencer Hero/ });
    expect(await chart.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
    expect(await chart.locator('circle.creator-point').count()).toBe(1);

    const history = card.getByRole('region', { name: 'Over time' });
    const viewsChart = history.getByRole('img', { name: /^Views of 3 posts published/ });
    await expect.poll(() => viewsChart.locator('canvas').count(), { timeout: 10_000 }).toBe(1);
  });

  test('the comments are broken down by label, with examples and why, in the panel', async () => {
    const comments = panel.getByRole('region', { name: 'Casting card' }).getByRole('region', { name: 'Comments' });
    const labels = comments.getByRole('list', { name: 'What the comments are' });
    // Others' comments on the video: Hana's and Peter's (a question) are substantive, "check my page for free
    // followers" is spam; the creator's own are left out of the shares.
    await expect.poll(() => labels.locator('li[data-label="substantive"]').first().innerText(), { timeout: 15_000 }).toMatch(/^Substantive: 67% \(2 of 3\)/);
    expect(await labels.locator('li[data-label="spam"]').innerText()).toMatch(/^Spam: 33% \(1 of 3\)/);
    const spam = labels.locator('li[data-label="spam"]');
    await spam.getByText('An example, and why').click();
    expect(await spam.locator('.comment-example').innerText()).toMatch(/^check my page for free followers — @followers4free_21 on .+\nWhy: promotes the writer's own channel, page or video \(spam likelihood \d+%\)\.$/);
    // Languages are Chromium's own detector's (headless Chromium finds these short comments too short to tell).
    expect(await comments.innerText()).toMatch(/\nLanguages: [^\n]+ \d+%\.(\n|$)/);
    expect(await comments.innerText()).toContain("The creator answered 33% (1 of 3) of the others' comments.");
  });

  test('every number traces back to the page text it was read from', async () => {
    const card = panel.getByRole('region', { name: 'Casting card' });
    await card.getByText(/^Where the engagement rate by followers comes from/).click();
    const likes = card.locator('.evidence-post[data-post="tiktok:7301000000000000011"] [data-count="likes"]');
    // The newest reading of the video is its own page's embedded state (the profile's grid came from its network response).
    expect(await likes.innerText()).toMatch(/^likes 187,654: “?187654”?, read .+ from embedded state$/);
    await panel.close();
  });
});
