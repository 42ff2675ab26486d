/**
 * Firefox installed without the five sites (MV3 host permissions are the user's choice there): Castlist's content
 * scripts do not start and nothing is read, and the toolbar button and the sidebar say so. The panel's grant button
 * shows Firefox's own permission prompt; once allowed, the next load of a page is read, without reloading the
 * extension (an extension reload would close its pages: the same panel page is used from start to end).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CHANNEL, sampleVideo } from '../../fixtures/youtube/sample-channel';
import { rowCountIn } from './extension-idb';
import { POLL, badgeText, openSite, sidebarText, toolbarButton, useFirefoxExtension, waitForSnapshots } from './support';

const session = useFirefoxExtension({ grantSitesAtInstall: false });
const video = sampleVideo('castlistA01');
const watchUrl = `https://www.youtube.com/watch?v=${video.id}`;
const ALL_FIVE = 'YouTube, TikTok, Instagram, X and LinkedIn';

describe('Firefox without site access', () => {
  /** A YouTube tab open before access is granted. */
  let youtube: Page;

  test('the toolbar button shows "!" and names the five sites', async () => {
    await expect.poll(() => toolbarButton(session), POLL).toEqual({
      badge: '!',
      title: `Castlist cannot read ${ALL_FIVE}: click to open Castlist and allow access`,
    });
  });

  test('a YouTube page is not read: no script of ours ran on it, nothing is stored', async () => {
    youtube = await openSite(session, watchUrl);
    const page = youtube;
    // The page bridge (world: MAIN, document_start) wraps fetch before any page script: still native, it never ran.
    expect(await page.evaluate(() => String(window.fetch).includes('[native code]'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('castlist-badge').length)).toBe(0);
    expect(await rowCountIn(session.inspector, 'snapshots')).toBe(0);
  });

  test('Firefox\'s sidebar says which sites it cannot read and why, and offers the grant', async () => {
    await expect.poll(() => sidebarText(session), POLL).toContain(`Castlist cannot read ${ALL_FIVE}.`);
    const text = await sidebarText(session);
    expect(text).toContain('Firefox lets you choose which sites an add-on may read');
    expect(text).toContain(`Allow access to ${ALL_FIVE}`);
  });

  test('the grant button asks Firefox; "Don\'t allow" keeps everything as it was', async () => {
    const panel = await session.firefox.openExtensionPage(`sidepanel.html?url=${encodeURIComponent(watchUrl)}`);
    await panel.waitForSelector('.site-access-grant');
    const prompt = session.firefox.answerPermissionPrompt('deny');
    await panel.click('.site-access-grant');
    expect(await prompt).toContain('www.youtube.com');
    await panel.waitForSelector('::-p-text(Access was not allowed. Castlist reads nothing on these sites.)');
    expect((await toolbarButton(session)).badge).toBe('!');
    await panel.close();
  });

  test('"Allow": the panel, the sidebar and the toolbar button follow, and the next page load is read', async () => {
    const panel = await session.firefox.openExtensionPage(`sidepanel.html?url=${encodeURIComponent(watchUrl)}`);
    const panelLoadedAt = await panel.evaluate(() => performance.timeOrigin);
    await panel.waitForSelector('.site-access-grant');
    const prompt = session.firefox.answerPermissionPrompt('allow');
    await panel.click('.site-access-grant');
    const promptText = await prompt;
    for (const host of ['www.youtube.com', 'www.tiktok.com', 'www.instagram.com', 'x.com', 'www.linkedin.com']) expect(promptText).toContain(host);

    await panel.waitForSelector(`::-p-text(Castlist may now read ${ALL_FIVE}.)`);
    await expect.poll(() => toolbarButton(session), POLL).toEqual({ badge: '', title: 'Open Castlist' });
    await expect.poll(() => sidebarText(session), POLL).not.toContain('Castlist cannot read');

    // The tab opened before the grant is read on its next load, with the same numbers as in Chrome.
    await youtube.bringToFront();
    await youtube.reload();
    expect(await badgeText(youtube, `post:${video.id}`)).toBe('ER 4.1% by views');
    const [snapshot] = await waitForSnapshots(session, `post:youtube:${video.id}`);
    expect(snapshot!.counts.views).toMatchObject({ value: video.views, exact: true });
    expect(snapshot!.counts.likes).toMatchObject({ value: video.likes, exact: true });
    const [creator] = await waitForSnapshots(session, `creator:youtube:${SAMPLE_CHANNEL.handle}`);
    expect(creator!.counts.followers).toMatchObject({ value: 482_000, min: 482_000, max: 482_999 });

    // The same panel page, never reloaded: the extension was not reloaded either.
    expect(await panel.evaluate(() => performance.timeOrigin)).toBe(panelLoadedAt);
    await expect.poll(() => panel.evaluate(() => document.body.innerText), POLL).toContain(video.title);
  });
});
