/**
 * `npm run demo -- --browser firefox`: Firefox ESR with the Firefox build installed as a temporary add-on, on
 * Castlist's sample pages served at their real URLs (no network needed). With a display, Firefox opens headed with
 * each sample page in a tab and Castlist's sidebar (Firefox opens it at install) following the active tab, until
 * Ctrl+C. Without one, it writes screenshots of each page and of the panel for it to the output folder.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from './browser/firefox-extension-browser';
import { DEMO_PAGES } from './demo-pages';

const WAIT_MS = 10_000;

/** Polls `ready` until it is true or WAIT_MS have passed; says which. */
async function waitUntil(ready: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (await ready()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}

const hasBadge = (page: Page) => page.evaluate(() => document.querySelector('castlist-badge') !== null);
/** The panel has drawn the page's numbers (or its empty state): nothing is still loading. */
const panelSettled = (panel: Page) => panel.evaluate(() => document.querySelector('main, section') !== null && document.querySelector('[aria-busy="true"]') === null);

export async function runFirefoxDemo({ headed, outputDir }: { headed: boolean; outputDir: string }): Promise<void> {
  const firefox = await launchFirefoxWithExtension({ headless: !headed });
  console.log(`Castlist ${headed ? 'is open in Firefox' : 'ran in headless Firefox (no display)'}; extension ${firefox.extensionOrigin}`);
  const written: string[] = [];
  try {
    for (const demo of DEMO_PAGES) {
      const page = await firefox.newPage();
      await page.goto(demo.url);
      if (!(await waitUntil(() => hasBadge(page)))) console.warn(`  no badge on ${demo.url} within ${WAIT_MS / 1000} s`);
      console.log(`  ${demo.name}: ${demo.url}`);
      if (headed) continue;
      const panel = await firefox.openExtensionPage(`sidepanel.html?url=${encodeURIComponent(demo.url)}`);
      await panel.setViewport({ width: 400, height: 900 });
      if (!(await waitUntil(() => panelSettled(panel)))) console.warn(`  the panel for ${demo.url} was still loading after ${WAIT_MS / 1000} s`);
      const pageShot = resolve(outputDir, `firefox-${demo.name}-page.png`);
      const panelShot = resolve(outputDir, `firefox-${demo.name}-panel.png`);
      await page.screenshot({ path: pageShot as `${string}.png` });
      await panel.screenshot({ path: panelShot as `${string}.png`, fullPage: true });
      written.push(pageShot, panelShot);
      await page.close();
      await panel.close();
    }
    if (headed) {
      console.log("Castlist's sidebar follows the active tab (toolbar button or View → Sidebar); press Ctrl+C to quit.");
      await new Promise<void>((resolveWait) => process.once('SIGINT', () => resolveWait()));
    } else {
      console.log(`Screenshots of each page and its panel:\n${written.map((path) => `  ${path}`).join('\n')}`);
    }
  } finally {
    await firefox.close();
  }
}
