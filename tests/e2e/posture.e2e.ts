/**
 * Castlist's posture in the built extension: it asks only for what it needs and says why, it runs on the five sites
 * over https only, and a content script (which a page may one day drive) can hand the background a reading but
 * cannot touch what only the panel may (shortlists, settings, backups).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/extension-browser';
import { sampleVideo } from '../fixtures/youtube/sample-channel';
import { contentScriptWorld, hasContentScript } from './content-script-world';
import { countRows, snapshotsOf } from './idb';
import { badgeText, useExtensionBrowser } from './support';

const session = useExtensionBrowser();
const video = sampleVideo('castlistA01');
const other = sampleVideo('castlistB02');

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
}
const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The first column of the README's "Permissions" table: each permission the README explains. */
function permissionsExplainedInReadme(): string[] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
}

describe('permissions', () => {
  test('the built manifest asks for the five sites over https only, and runs its scripts nowhere else', () => {
    const { host_permissions: hosts = [], content_scripts: scripts = [] } = manifest();
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((host) => !host.startsWith('https://'))).toEqual([]);
    const matches = scripts.flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((match) => !match.startsWith('https://'))).toEqual([]);
  });

  test('the README explains every permission the built manifest asks for, and no other', () => {
    const { permissions = [], host_permissions: hosts = [] } = manifest();
    expect(permissionsExplainedInReadme().sort()).toEqual([...permissions, ...hosts].sort());
  });

  test('a page of a supported site served over http gets no content script, no badge and no reading', async () => {
    const { context, extensionId } = session.browser;
    const plain = await context.newPage();
    await plain.goto(`http://www.youtube.com/watch?v=${other.id}`);
    // The control: the same kind of page over https is read (so the http page has had as long to be read).
    const secure = await context.newPage();
    await secure.goto(`https://www.youtube.com/watch?v=${video.id}`);
    expect(await badgeText(secure, `post:${video.id}`)).toMatch(/^ER /);
    expect(await hasContentScript(context, secure, extensionId)).toBe(true);

    expect(await hasContentScript(context, plain, extensionId)).toBe(false);
    expect(await plain.locator('castlist-badge').count()).toBe(0);
    expect(await snapshotsOf(await session.browser.serviceWorker(), `post:youtube:${other.id}`)).toEqual([]);
    await plain.close();
    await secure.close();
  });
});

describe('messages only the panel may send', () => {
  test('a content script\'s shortlist.create is refused and stores nothing; the same message from the panel is carried out', async () => {
    const { context, extensionId } = session.browser;
    const page = await context.newPage();
    await page.goto(`https://www.youtube.com/watch?v=${video.id}`);
    await badgeText(page, `post:${video.id}`);
    const world = await contentScriptWorld(context, page, extensionId);
    const reply = await world.evaluate<{ ok: boolean; error?: string }>(
      `chrome.runtime.sendMessage({ type: 'shortlist.create', name: 'Forged by a page' })`,
    );
    await world.detach();
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^shortlist\.create refused: only the Castlist panel may send it, not a content script \(sent from https:\/\/www\.youtube\.com\/watch/) });
    expect(await countRows(await session.browser.serviceWorker(), 'shortlists')).toBe(0);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const fromPanel = await panel.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      return chrome.runtime.sendMessage({ type: 'shortlist.create', name: 'From the panel' });
    });
    expect(fromPanel).toMatchObject({ ok: true, id: expect.any(String) });
    expect(await countRows(await session.browser.serviceWorker(), 'shortlists')).toBe(1);
    await panel.close();
    await page.close();
  });
});
