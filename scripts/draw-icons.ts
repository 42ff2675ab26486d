/**
 * `npm run icons`: rasterises Castlist's mark (scripts/icons/castlist-mark.svg) to public/icon/<size>.png at every
 * size the stores and browsers ask for, in Debian's Chromium (no browser is downloaded). WXT adds public/icon/*.png
 * to the manifest's icons.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser/extension-browser';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(new URL('./icons/castlist-mark.svg', import.meta.url), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    mkdirSync('public/icon', { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(`public/icon/${size}.png`, png);
      console.log(`public/icon/${size}.png  ${png.length} B`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`draw-icons failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
