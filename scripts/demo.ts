/**
 * `npm run demo [-- --browser chromium|firefox]`: builds the extension for that browser, then runs it on Castlist's
 * sample pages, served at their real URLs (no network needed). With a display, the browser opens headed and stays
 * open until Ctrl+C. Without one, it writes screenshots of each page and of the side panel to demo-output/ and says
 * where. Chromium is the default; Firefox is scripts/demo-firefox.ts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'wxt';
import { launchWithExtension } from './browser/extension-browser';
import { serveSamplePages } from './browser/sample-routes';
import { option } from './cli/args';
import { runFirefoxDemo } from './demo-firefox';
import { DEMO_PAGES } from './demo-pages';

const headed = Boolean(process.env.DISPLAY) && process.env.CASTLIST_DEMO_HEADLESS !== '1';
const outputDir = resolve('demo-output');
const USAGE = 'usage: npm run demo [-- --browser chromium|firefox]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const chosen = option(args, '--browser');
  const target = chosen === undefined || chosen === 'chromium' || chosen === 'chrome' ? 'chrome' : chosen === 'firefox' ? 'firefox' : null;
  // Nothing but an optional `--browser <name>`.
  const wellFormed = chosen === undefined ? args.length === 0 : args.length === 2 && args[0] === '--browser';
  if (!target || !wellFormed) {
    console.error(`demo: unknown browser or option in "${args.join(' ')}"\n${USAGE}`);
    process.exit(2);
  }
  await build({ browser: target });
  if (!headed) mkdirSync(outputDir, { recursive: true });
  if (target === 'firefox') {
    await runFirefoxDemo({ headed, outputDir });
    return;
  }
  await runChromiumDemo();
}

async function runChromiumDemo(): Promise<void> {
  const browser = await launchWithExtension({ headless: !headed });
  await serveSamplePages(browser.context);
  console.log(`Castlist ${headed ? 'is open in Chromium' : 'ran headless (no display)'}; extension id ${browser.extensionId}`);
  const written: string[] = [];
  for (const demo of DEMO_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(demo.url);
    await page
      .locator('castlist-badge')
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 })
      .catch(() => console.warn(`  no badge on ${demo.url} within 10 s`));
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?url=${encodeURIComponent(demo.url)}`);
    // Until the panel has drawn the page's numbers (or its empty state): nothing still loading.
    await panel
      .waitForFunction(() => document.querySelector('main, section') !== null && document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 10_000 })
      .catch(() => console.warn(`  the panel for ${demo.url} was still loading after 10 s`));
    console.log(`  ${demo.name}: ${demo.url}`);
    if (!headed) {
      const pageShot = resolve(outputDir, `${demo.name}-page.png`);
      const panelShot = resolve(outputDir, `${demo.name}-panel.png`);
      await page.screenshot({ path: pageShot, fullPage: false });
      await panel.screenshot({ path: panelShot, fullPage: true });
      written.push(pageShot, panelShot);
      await page.close();
      await panel.close();
    }
  }
  if (headed) {
    console.log('Browse the sample pages (links navigate in-page); press Ctrl+C to quit.');
    await new Promise<void>((resolveWait) => process.once('SIGINT', () => resolveWait()));
  } else {
    console.log(`Screenshots of each page and its side panel:\n${written.map((path) => `  ${path}`).join('\n')}`);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
