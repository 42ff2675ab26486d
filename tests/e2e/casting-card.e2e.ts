/**
 * The casting card in a real browser: a TikTok creator read from Castlist's own sample profile page, then the side
 * panel on the profile: engagement rate, its benchmark band drawn, the
 * charts drawn by uPlot on a canvas, and the evidence trail down to the page's own numbers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COOK, SAMPLE_POSTS } from '../fixtures/tiktok/sample-data';
import { useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser();
const PROFILE = `https://www.tiktok.com/@${COOK.handle}`;

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

  test('a creator read from the sample pages gets a card with ER, its band drawn, and charts', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(PROFILE);
    await waitForSnapshots(session.browser, `creator:tiktok:${COOK.handle}`);
    await page.close();

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

  test('every number traces back to the page text it was read from', async () => {
    const card = panel.getByRole('region', { name: 'Casting card' });
    await card.getByText(/^Where the engagement rate by followers comes from/).click();
    const likes = card.locator('.evidence-post[data-post="tiktok:7301000000000000011"] [data-count="likes"]');
    expect(await likes.innerText()).toMatch(/^likes 187,654: “?187654”?, read .+ from network response$/);
    await panel.close();
  });
});
