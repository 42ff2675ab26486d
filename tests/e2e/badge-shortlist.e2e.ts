/**
 * The page badge's "+ Shortlist" button in Chromium with the built extension, on Castlist's own TikTok sample
 * profile: three lists exist and the panel last used the middle one (made and chosen by panel messages, as the
 * Shortlists view sends them); the creator badge's button, pressed from the keyboard, adds the creator to that list,
 * says so on the badge, and says "Already in" when pressed again; IndexedDB holds the one entry. An add naming a
 * creator this page's readings did not name, sent from the content script's own world as a driven script would
 * send it, is refused and adds nothing. (The button cannot name another creator itself: it carries the page's.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COOK } from '../fixtures/tiktok/sample-data';
import { contentScriptWorld } from './content-script-world';
import { rowsOf } from './idb';
import { badgeText, useExtensionBrowser } from './support';

const session = useExtensionBrowser();
const COOK_KEY = `tiktok:${COOK.handle}`;

interface StoredEntry {
  creatorKey: string;
  shortlistId: string;
  status: string;
}

/** Messages from the extension's own page, as the panel sends them. */
async function fromPanel(messages: unknown[]): Promise<Array<{ ok: boolean; id?: string }>> {
  const panel = await session.browser.context.newPage();
  await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
  const replies = await panel.evaluate(async (sent) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; id?: string }> } } };
    const answers = [];
    for (const message of sent) answers.push(await chrome.runtime.sendMessage(message));
    return answers;
  }, messages);
  await panel.close();
  return replies;
}

describe('the page badge\'s "+ Shortlist" button, end to end', () => {
  let page: Page;
  let chosen: string;

  test('adds the profile\'s creator to the list the panel last used, from the keyboard, and says where', async () => {
    const made = await fromPanel(['Older', 'Scouting', 'Newest'].map((name) => ({ type: 'shortlist.create', name })));
    chosen = made[1]!.id!;
    expect(await fromPanel([{ type: 'settings.set', key: 'shortlists.lastUsed', value: { shortlistId: chosen } }])).toEqual([expect.objectContaining({ ok: true })]);

    page = await session.browser.context.newPage();
    await page.goto(`https://www.tiktok.com/@${COOK.handle}`);
    await expect.poll(() => badgeText(page, `creator:${COOK.handle}`), { timeout: 15_000 }).toMatch(/^1,234,567 followers/);
    const badge = page.locator(`castlist-badge[data-castlist-key="creator:${COOK.handle}"]`);
    const button = badge.getByRole('button', { name: `Add ${COOK.name} to shortlist` });
    await button.focus();
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => badge.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Added to Scouting');

    const entries = await rowsOf<StoredEntry>(await session.browser.serviceWorker(), 'shortlistEntries');
    expect(entries).toEqual([expect.objectContaining({ creatorKey: COOK_KEY, shortlistId: chosen, status: 'candidate' })]);
    expect(page.url()).toBe(`https://www.tiktok.com/@${COOK.handle}`); // the press went to our button, not to the page
  });

  test('pressed again, it says the creator is already on that list, and adds nothing', async () => {
    const badge = page.locator(`castlist-badge[data-castlist-key="creator:${COOK.handle}"]`);
    await badge.getByRole('button', { name: `Add ${COOK.name} to shortlist` }).click();
    await expect.poll(() => badge.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Already in Scouting');
    expect(await rowsOf<StoredEntry>(await session.browser.serviceWorker(), 'shortlistEntries')).toHaveLength(1);
  });

  test('an add of a creator this page did not show is refused, and adds nothing', async () => {
    const world = await contentScriptWorld(session.browser.context, page, session.browser.extensionId);
    const reply = await world.evaluate<{ ok: boolean; error?: string }>(
      `chrome.runtime.sendMessage({ type: 'shortlist.add-from-page', creatorKey: 'tiktok:notonthispage' })`,
    );
    await world.detach();
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^shortlist\.add-from-page failed: tiktok:notonthispage is not a creator this page showed/) });
    expect(await rowsOf<StoredEntry>(await session.browser.serviceWorker(), 'shortlistEntries')).toHaveLength(1);
    await page.close();
  });
});
