/**
 * `npm run bench` section: all KPIs of a creator with 500 posts × 50 snapshots, from IndexedDB to the casting card
 * model and to the rendered card (the panel's React component, live queries and all), in Chromium's real IndexedDB
 * (a plain page; the extension is not needed for it). Budget 50 ms (median) each; baseline, in the same runs: the
 * card's IndexedDB reads alone. And the side panel's JavaScript, gzipped, as the README states it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser/extension-browser';
import type { FigureInput } from './bench/figures';

export const CARD_BUDGET_MS = 50;
const ORIGIN = 'https://bench.castlist.test';

export async function castingCardBudget(record: (figure: FigureInput) => void, runs: number, browserArgs: readonly string[]): Promise<void> {
  const bundle = await build({
    entryPoints: ['scripts/browser/casting-card-bench-page.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    outdir: 'bench-results/card-bench',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The card imports uPlot's stylesheet: esbuild emits it beside the script; only the script is served.
  const script = bundle.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...browserArgs], headless: true });
  try {
    const context = await browser.newContext();
    await context.route(/^https?:\/\//, async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/card-bench.js') return route.fulfill({ contentType: 'text/javascript', body: script });
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>card bench</title><script src="/card-bench.js"></script>' });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const result = await page.evaluate(
      (count) => (window as unknown as { castlistCardBench: { run(runs: number): Promise<{ cardMs: number[]; renderMs: number[]; readMs: number[]; summary: string; stored: number }> } }).castlistCardBench.run(count),
      runs,
    );
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    record({
      name: 'casting card: all KPIs of a creator with 500 posts × 50 snapshots, IndexedDB → card model, in ms (median)',
      value: median(result.cardMs),
      unit: 'ms',
      budget: CARD_BUDGET_MS,
      baseline: median(result.readMs),
      baselineName: "the card's IndexedDB reads alone, median",
      runs: result.cardMs,
    });
    record({
      name: 'casting card: all KPIs of a creator with 500 posts × 50 snapshots, IndexedDB → rendered card (React, live queries), in ms (median)',
      value: median(result.renderMs),
      unit: 'ms',
      budget: CARD_BUDGET_MS,
      baseline: median(result.readMs),
      baselineName: "the card's IndexedDB reads alone, median",
      runs: result.renderMs,
    });
    console.log(`     (${result.stored.toLocaleString('en-US')} snapshots stored; ${result.summary}; ${runs} runs after one warm-up)`);
  } finally {
    await browser.close();
  }
}

/**
 * The side panel's JavaScript as built (.output/chrome-mv3), gzip -9: what loads with the panel (sidepanel.html's
 * scripts and their preloads), and all of it with the chunks loaded on demand (comment scoring and its models).
 */
export function panelScriptSize(record: (figure: FigureInput) => void, extensionDir: string): void {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const atStart = [...new Set([...entries, ...preloads])];
  if (atStart.length === 0) throw new Error(`no script found in ${join(extensionDir, 'sidepanel.html')}`);
  const chunks = readdirSync(join(extensionDir, 'chunks')).filter((file) => file.endsWith('.js')).map((file) => `chunks/${file}`);
  const all = [...new Set([...atStart, ...chunks])];
  const gzipped = (files: readonly string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length, 0);
  record({ name: `side panel JavaScript loaded with the panel (${atStart.join(', ')}), gzip -9, in kB`, value: gzipped(atStart) / 1000, unit: 'kB', budget: null, baseline: null, baselineName: null });
  record({ name: `side panel JavaScript with the chunks loaded on demand (${all.length} files), gzip -9, in kB`, value: gzipped(all) / 1000, unit: 'kB', budget: null, baseline: null, baselineName: null });
}
