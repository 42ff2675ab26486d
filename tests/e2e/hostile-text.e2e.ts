/**
 * Page text is hostile. Creator names, bios, captions, video titles, commenters' names and comments carrying HTML
 * and script payloads (tests/fixtures/hostile/hostile-pages.ts, served at real site URLs) must come out as inert
 * text: on the page's badges, in the database and in the side panel. The pages record any payload that runs in
 * `window.__castlistPayloadRan`; the panel records every attempt its content security policy blocks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HOSTILE_CHANNEL, HOSTILE_COMMENTS, HOSTILE_CREATOR, HOSTILE_POST, HOSTILE_URLS, hostileSamples } from '../fixtures/hostile/hostile-pages';
import { rowsOf } from './idb';
import { badgeText, useExtensionBrowser, waitForSnapshots } from './support';

const session = useExtensionBrowser(hostileSamples);

/**
 * Elements a payload would have created, anywhere in the document or in an open shadow root (our badges): any
 * element with a payload in an attribute that runs it (onerror, onload, srcdoc, a javascript: href…), an img of
 * the payload's src, or a script with one in its text that is not one of the page's own (marked data-castlist-page).
 */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        // A payload in a title or aria-label is inert text; in a handler, a srcdoc or a URL it would run.
        const inAttribute = element.getAttributeNames().some(
          (name) => /^on|^srcdoc$|^href$|^src$|^action$|^formaction$/i.test(name) && (element.getAttribute(name) ?? '').includes('__castlistPayloadRan'),
        );
        const inScript = element.tagName === 'SCRIPT' && !element.hasAttribute('data-castlist-page') && (element.textContent ?? '').includes('__castlistPayloadRan');
        if (inAttribute || inScript || element.matches('img[src="x"]')) found.push(element.outerHTML.slice(0, 120));
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** What ran of the payloads, in the page's own world. */
const payloadsRan = (page: Page) => page.evaluate(() => (window as unknown as { __castlistPayloadRan: string[] }).__castlistPayloadRan);

/**
 * Every badge's shadow root holds its style and one text label (and the text of its benchmark band), and a creator's
 * badge its "+ Shortlist" button (text only) and that button's status line: nothing else.
 */
async function badgeContents(page: Page): Promise<Array<{ children: string[]; banded: boolean; creator: boolean; text: string; title: string; addLabel: string | null }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('castlist-badge')].map((badge) => {
      const label = badge.shadowRoot?.querySelector('.badge');
      return {
        children: [...(badge.shadowRoot?.querySelectorAll('*') ?? [])].map((element) => element.tagName.toLowerCase()),
        banded: badge.shadowRoot?.querySelector('.band') !== null,
        creator: (badge as HTMLElement).dataset.castlistKey?.startsWith('creator:') ?? false,
        text: label?.textContent ?? '',
        title: label?.getAttribute('title') ?? '',
        addLabel: badge.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
      };
    }),
  );
}

async function expectInertPage(page: Page): Promise<void> {
  expect(await payloadsRan(page)).toEqual([]);
  expect(await injectedElements(page)).toEqual([]);
  const badges = await badgeContents(page);
  expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) {
    expect(badge.children).toEqual([...(badge.banded ? ['style', 'span', 'span'] : ['style', 'span']), ...(badge.creator ? ['button', 'span'] : [])]);
  }
}

describe('hostile page text on the page', () => {
  test('a TikTok video whose creator, caption, commenters and comments carry payloads: badges are text, nothing runs', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(HOSTILE_URLS.tiktokVideo);
    expect(await badgeText(page, `post:${HOSTILE_POST.id}`)).toMatch(/^ER /);
    // The page's comments arrive through its own API: wait until Castlist has stored them.
    const worker = await session.browser.serviceWorker();
    await expect.poll(async () => (await rowsOf<{ text: string }>(worker, 'comments')).length, { timeout: 15_000 }).toBe(HOSTILE_COMMENTS.length);
    await expectInertPage(page);
    await page.close();
  });

  test('a YouTube channel whose name and newest video title carry payloads: the creator badge quotes the title as text', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(HOSTILE_URLS.youtubeChannel);
    expect(await badgeText(page, `creator:${HOSTILE_CHANNEL.handle}`)).toMatch(/^482K subscribers · latest /);
    const [badge] = (await badgeContents(page)).filter((candidate) => candidate.title.includes('latest post'));
    expect(badge!.title).toContain(`latest post "${HOSTILE_CHANNEL.videoTitle}"`);
    await expectInertPage(page);
    await page.close();
  });

  test('a TikTok profile whose name and bio carry payloads', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(HOSTILE_URLS.tiktokProfile);
    expect(await badgeText(page, `creator:${HOSTILE_CREATOR.handle}`)).toMatch(/^48,210 followers/);
    await expectInertPage(page);
    // The "+ Shortlist" button names the creator as text.
    expect((await badgeContents(page)).find((badge) => badge.creator)?.addLabel).toBe(`Add ${HOSTILE_CREATOR.name} to shortlist`);
    await page.close();
  });
});

describe('hostile page text in the database and the panel', () => {
  test('names, captions and comments are stored exactly as the page wrote them', async () => {
    const worker = await session.browser.serviceWorker();
    await waitForSnapshots(session.browser, `post:tiktok:${HOSTILE_POST.id}`);
    const creators = await rowsOf<{ key: string; name: string | null }>(worker, 'creators');
    expect(creators.find((creator) => creator.key === `tiktok:${HOSTILE_CREATOR.handle}`)?.name).toBe(HOSTILE_CREATOR.name);
    expect(creators.find((creator) => creator.key === `youtube:${HOSTILE_CHANNEL.handle}`)?.name).toBe(HOSTILE_CHANNEL.name);
    const posts = await rowsOf<{ key: string; caption: string | null }>(worker, 'posts');
    expect(posts.find((post) => post.key === `tiktok:${HOSTILE_POST.id}`)?.caption).toBe(HOSTILE_POST.caption);
    const comments = await rowsOf<{ text: string; authorName: string | null }>(worker, 'comments');
    expect(comments.map((comment) => comment.text).sort()).toEqual(HOSTILE_COMMENTS.map((comment) => comment.text).sort());
    expect(comments.map((comment) => comment.authorName).sort()).toEqual(HOSTILE_COMMENTS.map((comment) => comment.name).sort());
  });

  test.each([
    ['the TikTok video', HOSTILE_URLS.tiktokVideo, [HOSTILE_POST.caption]],
    ['the TikTok profile', HOSTILE_URLS.tiktokProfile, [HOSTILE_CREATOR.name]],
    ['the YouTube channel', HOSTILE_URLS.youtubeChannel, [HOSTILE_CHANNEL.name, HOSTILE_CHANNEL.videoTitle]],
  ])('the panel for %s shows the payloads as text, and nothing tries to run', async (_name, url, texts) => {
    const panel = await session.browser.context.newPage();
    await panel.addInitScript(() => {
      const record = window as unknown as { __castlistPayloadRan: string[]; __blocked: string[] };
      record.__castlistPayloadRan = [];
      record.__blocked = [];
      document.addEventListener('securitypolicyviolation', (event) => record.__blocked.push(`${event.violatedDirective}: ${event.sample}`));
    });
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?url=${encodeURIComponent(url)}`);
    for (const text of texts) await expect.poll(() => panel.locator('body').innerText(), { timeout: 15_000 }).toContain(text);
    expect(await injectedElements(panel)).toEqual([]);
    expect(await panel.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked)).toEqual([]);
    expect(await payloadsRan(panel)).toEqual([]);
    await panel.close();
  });
});
