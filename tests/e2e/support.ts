/** What every end-to-end test does: one browser with the extension and the sample pages, badges, stored snapshots. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/browser/extension-browser';
import { type RouteLog, serveSamplePages } from '../../scripts/browser/sample-routes';
import type { SampleResponder } from '../fixtures/sample-responder';
import { type StoredSnapshot, snapshotsOf } from './idb';

export interface E2eSession {
  browser: ExtensionBrowser;
  routes: RouteLog;
}

/**
 * Launches Chromium with the built extension before the file's tests, serving the sample pages (and whatever
 * `extra` answers first); closes it after.
 */
export function useExtensionBrowser(extra?: SampleResponder): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    session.browser = await launchWithExtension();
    session.routes = await serveSamplePages(session.browser.context, async (route, url) => {
      const response = extra?.(url, route.request().method(), route.request().postData());
      if (!response) return false;
      await route.fulfill({ status: response.status ?? 200, contentType: response.contentType, body: response.body });
      return true;
    });
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** The text of the badge with this key, once it is on the page. */
export async function badgeText(page: Page, key: string): Promise<string> {
  const badge = page.locator(`castlist-badge[data-castlist-key="${key}"]`);
  await badge.waitFor({ state: 'attached', timeout: 15_000 });
  return (await badge.locator('.badge').textContent()) ?? '';
}

/** The snapshots of one creator or post, once there are at least `count` of them. */
export async function waitForSnapshots(browser: ExtensionBrowser, key: string, count = 1): Promise<StoredSnapshot[]> {
  const worker = await browser.serviceWorker();
  await expect.poll(async () => (await snapshotsOf(worker, key)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return snapshotsOf(await browser.serviceWorker(), key);
}
