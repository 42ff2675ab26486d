/**
 * Chrome with Castlist's site access restricted by the user ("On click" in chrome://extensions; the API cannot remove
 * required host permissions, so the test uses the settings page's own API, as the page's switch does): the content
 * scripts do not start, and the toolbar button and the panel say so in Chrome's terms. Back to "On all sites", both
 * clear without a reload. (The grant button's prompt is Chrome's native dialog, out of a test's reach: the request it
 * makes is tested in tests/component/site-access-banner.test.tsx; Firefox's prompt in tests/e2e/firefox/.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sampleVideo } from '../fixtures/youtube/sample-channel';
import { countRows } from './idb';
import { useExtensionBrowser } from './support';

const session = useExtensionBrowser();
const watchUrl = `https://www.youtube.com/watch?v=${sampleVideo('castlistA01').id}`;
const ALL_FIVE = 'YouTube, TikTok, Instagram, X and LinkedIn';

async function setSiteAccess(hostAccess: 'ON_CLICK' | 'ON_ALL_SITES'): Promise<void> {
  const settings = await session.browser.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    async ({ extensionId, access }) => {
      const { developerPrivate } = (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(update: object): Promise<void> } } }).chrome;
      await developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: access });
    },
    { extensionId: session.browser.extensionId, access: hostAccess },
  );
  await settings.close();
}

async function toolbarButton(page: Page): Promise<{ badge: string; title: string }> {
  return page.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome;
    return { badge: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

describe('Chrome with site access restricted', () => {
  let panel: Page;

  test('a YouTube page is not read: no script of ours ran on it', async () => {
    await setSiteAccess('ON_CLICK');
    const page = await session.browser.context.newPage();
    await page.goto(watchUrl);
    // The page bridge (world: MAIN, document_start) wraps fetch before any page script: still native, it never ran.
    expect(await page.evaluate(() => String(window.fetch).includes('[native code]'))).toBe(true);
    expect(await page.locator('castlist-badge').count()).toBe(0);
    await page.close();
  });

  test('the toolbar button and the panel say which sites Castlist cannot read, in Chrome\'s terms', async () => {
    panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?url=${encodeURIComponent(watchUrl)}`);
    const banner = panel.getByRole('alert', { name: 'Site access' });
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain(`Castlist cannot read ${ALL_FIVE}.`);
    expect(await banner.textContent()).toContain("Castlist's site access is restricted in the browser's extension settings.");
    expect(await panel.getByRole('button', { name: `Allow access to ${ALL_FIVE}` }).count()).toBe(1);
    await expect.poll(() => toolbarButton(panel), { timeout: 15_000 }).toEqual({
      badge: '!',
      title: `Castlist cannot read ${ALL_FIVE}: click to open Castlist and allow access`,
    });
  });

  test('access given back in the settings: the banner and the badge clear, and the next page load is read', async () => {
    await setSiteAccess('ON_ALL_SITES');
    await expect.poll(() => panel.getByRole('alert', { name: 'Site access' }).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => toolbarButton(panel), { timeout: 15_000 }).toEqual({ badge: '', title: 'Open Castlist' });
    const page = await session.browser.context.newPage();
    await page.goto(watchUrl);
    await page.locator('castlist-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => countRows(await session.browser.serviceWorker(), 'snapshots'), { timeout: 15_000 }).toBeGreaterThan(0);
  });
});
