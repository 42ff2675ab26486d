/**
 * What every Firefox end-to-end test does: one Firefox ESR per test file with the built extension installed, the
 * sample pages served at their real URLs, and one of the extension's pages open to look inside the extension
 * (IndexedDB, the toolbar button, the sidebar). Firefox starts slowly: one browser per file, never per test.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type FirefoxExtensionBrowser, type FirefoxLaunchOptions, launchFirefoxWithExtension } from '../../../scripts/browser/firefox-extension-browser';
import type { StoredSnapshot } from '../idb';
import { snapshotsIn } from './extension-idb';

export interface FirefoxSession {
  firefox: FirefoxExtensionBrowser;
  /** An extension page (the panel, on a page it does not read) kept open in a background tab to look inside the extension. */
  inspector: Page;
}

export const POLL = { timeout: 20_000, interval: 200 } as const;

export function useFirefoxExtension(options: FirefoxLaunchOptions = {}): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.firefox = await launchFirefoxWithExtension(options);
    await session.firefox.openSidebar();
    session.inspector = await session.firefox.openExtensionPage(`sidepanel.html?url=${encodeURIComponent('https://example.com/')}`);
  });
  afterAll(async () => {
    await session.firefox?.close();
  });
  return session;
}

/** A new tab on this URL (served the sample pages), brought to the front as a user's click on a link would. */
export async function openSite(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.firefox.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The text of the page badge with this key, once it is on the page and has text. */
export async function badgeText(page: Page, key: string): Promise<string> {
  const read = () =>
    page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('.badge')?.textContent ?? '', `castlist-badge[data-castlist-key="${key}"]`);
  await expect.poll(read, POLL).not.toBe('');
  return read();
}

export async function badgeCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => document.querySelectorAll(css).length, selector);
}

/** The snapshots of one creator or post, once there are at least `count` of them. */
export async function waitForSnapshots(session: FirefoxSession, key: string, count = 1): Promise<StoredSnapshot[]> {
  await expect.poll(async () => (await snapshotsIn(session.inspector, key)).length, POLL).toBeGreaterThanOrEqual(count);
  return snapshotsIn(session.inspector, key);
}

/** The toolbar button's badge and tooltip, as the browser shows them. */
export async function toolbarButton(session: FirefoxSession): Promise<{ badge: string; title: string }> {
  return session.inspector.evaluate(async () => {
    const { action } = (globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).browser;
    return { badge: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

/**
 * The text of Firefox's real sidebar (the sidebar_action's page, opened before the tests), read through
 * extension.getViews from the extension's own page: the same process and origin, so its DOM is reachable.
 */
export async function sidebarText(session: FirefoxSession): Promise<string> {
  return session.inspector.evaluate(() => {
    const { extension } = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser;
    const [sidebar] = extension.getViews({ type: 'sidebar' });
    if (!sidebar) throw new Error('Firefox: the Castlist sidebar is not open');
    return sidebar.document.body.innerText;
  });
}

/** The id of the running background page (runtime.getContexts), or null when it is not running. */
export async function backgroundContextId(session: FirefoxSession): Promise<string | null> {
  return session.inspector.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { browser: { runtime: { getContexts(filter: object): Promise<Array<{ contextId: string }>> } } }).browser;
    const [background] = await runtime.getContexts({ contextTypes: ['BACKGROUND'] });
    return background?.contextId ?? null;
  });
}
