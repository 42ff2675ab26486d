/**
 * `npm run bench`: Castlist's budgets, measured in Debian's Chromium with the built extension loaded. Each figure is
 * the median of repeated runs, printed beside its budget and beside a baseline measured in the same run and the same
 * browser (scripts/bench/bench-browser.ts: a context with the extension and one without, loads interleaved); the
 * figures go to bench-results/latest.json; the exit code is non-zero when a budget is missed.
 *
 *   content script size    each site's script, gzip -9                 ≤ 20,000 B (house rule)   baseline: zod/mini's share
 *   page-bridge size       the page-world script, gzip -9              ≤ 2,500 B
 *   reading a 1.5 MB page  the content script's first read             ≤ 1.5 × the page's own first JSON.parse of its state
 *   start-up               the longest task of ours as a page loads: the script's injection and compilation, the
 *                          locale number tables, the warm-up read      ≤ 50 ms
 *   a feed of 1,000 posts  X's timeline (every post badged) and YouTube's search results (read, not badged): our
 *                          main-thread time per observer batch ≤ 2 ms (median); no more tasks over 50 ms than the page's
 *                          own; style and layout added by the badges ≤ 0.5 ms per badge; JS heap added ≤ 2 MB
 *                                                                       baseline: the same feed without the extension
 *   ingest                 a 1,000-tile visit through Dexie ≥ 0.8 × the speed of raw IndexedDB puts of the same rows
 *   casting card           all KPIs of a creator, 500 posts × 50 snapshots, IndexedDB → card model ≤ 50 ms, and
 *                          IndexedDB → the rendered card (the panel's React component, live queries) ≤ 50 ms
 *                          baseline: the card's IndexedDB reads alone (scripts/bench-casting-card.ts)
 *   comments               scoring 10,000 comments < 1 s; model weights < 300 kB (scripts/bench-comments.ts)
 *   CSV and backup         export 10,000 rows ≤ 300 ms, import 10,000 rows ≤ 1 s, backup + restore of 25,000
 *                          snapshots ≤ 2 s, beside the CSV library alone (scripts/bench/csv-backup.ts)
 *   side panel size        the panel's JavaScript as built, gzip -9, in kB: at start and with on-demand chunks
 *                          (stated in the README; no budget)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { growingSearchPageHtml, heavyWatchPageHtml } from '../tests/fixtures/youtube/bench-pages';
import { growingXFeedHtml } from '../tests/fixtures/x/bench-pages';
import { EXTENSION_DIR, chromiumPath } from './browser/extension-browser';
import { type BenchBrowser, openBenchBrowser } from './bench/bench-browser';
import { figures, median, record, round } from './bench/figures';
import { traceInjection } from './bench/startup-trace';
import { castingCardBudget, panelScriptSize } from './bench-casting-card';
import { commentBudgets } from './bench-comments';
import { csvAndBackupFigures } from './bench/csv-backup';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** BENCH_ONLY=reading,startup,feeds,ingest,casting,comments,csv runs only those parts (sizes always); the README's figures are of a full run. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'reading,startup,feeds,ingest,casting,comments,csv').split(',').map((part) => part.trim()));
/** Page loads for the reading figures: a load takes under a second, and one read is noisy (garbage collection). */
const READ_LOADS = Math.max(RUNS, 21);
const FEED_RUNS = Math.max(3, Math.ceil(RUNS / 2));

/** The house rule for every site's content script (README, "House rules"). */
const SIZE_BUDGET = 20_000;
/**
 * The page-world script runs at document_start on every page of the five sites, before the site's own code; it
 * only copies watched responses. 1.4 kB today; 2.5 kB leaves room for more endpoints and sites, and fails long
 * before it grows into a second content script.
 */
const PAGE_BRIDGE_BUDGET = 2_500;
/** Chromium without the extension, for the casting card's own browser: the flags the extension's browser is launched with. */
const PLAIN_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const READ_RATIO_BUDGET = 1.5;
const BATCH_BUDGET_MS = 2;
const LONG_TASK_MS = 50;
/**
 * What a grown feed may cost in heap: 1,000 tiles' badges (one element and shadow root each), the tile tracker's
 * entries, the 12 kept responses and the outbox. 0.9 MB on the YouTube search feed without badges (2026-12-01);
 * 2 MB is that with room for the badges and for growth, where 10 MB could not fail at all on a 1 MB page.
 */
const HEAP_BUDGET_BYTES = 2_000_000;
/** Style and layout the badges may add per badge on the grown feed (a pill of text in a shadow root). */
const STYLE_LAYOUT_PER_BADGE_BUDGET_MS = 0.5;
/** Dexie may cost a fifth of raw IndexedDB's speed for its transactions, keys and merges, not more. */
const INGEST_SPEED_BUDGET = 0.8;

const WATCH_URL = 'https://www.youtube.com/watch?v=castlistA01';
const FEED_URL = 'https://x.com/home';
const SEARCH_URL = 'https://www.youtube.com/results?search_query=travel';
const INGEST_URL = 'https://x.com/castlist-bench/ingest';

/** The embedded state's JSON texts of a watch page, as the page's own script would take them (runs in the page). */
const STATE_TEXTS = `[...document.scripts]
  .map((script) => script.textContent || '')
  .filter((text) => /^var ytInitial(Data|PlayerResponse) = /.test(text))
  .map((text) => {
    const end = text.indexOf('};var meta');
    return text.slice(text.indexOf('{'), end >= 0 ? end + 1 : text.lastIndexOf('}') + 1);
  })`;

/**
 * The baseline's loads: the same page without the extension, where the page itself parses its embedded state once,
 * at the moment after navigation the content script's first read starts (the median of its loads). Both are then a
 * page's first parse of that text at the same point of its life: a parse after ours would find V8's heap and string
 * table warmed by our read, one during the page's load would pay for the load's garbage.
 */
const firstParseScript = (atMs: number) => `addEventListener('load', () => setTimeout(() => {
  const texts = ${STATE_TEXTS};
  const start = performance.now();
  for (const text of texts) JSON.parse(text);
  performance.measure('baseline:parse', { start, detail: texts.reduce((sum, text) => sum + text.length, 0) });
}, Math.max(0, ${atMs} - performance.now())));`;

async function contentScriptSizes(): Promise<void> {
  const zodOnly = await build({
    stdin: { contents: "import { decodePageBridgeMessage } from './lib/messages/page-bridge-messages'; console.log(decodePageBridgeMessage(''));", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  const zodBytes = gzipSync(zodOnly.outputFiles[0]!.contents, { level: 9 }).length;
  const dir = join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    // The house rule's own measure: `gzip -9c file | wc -c` (Node's zlib differs from it by a few bytes).
    const bytes = execFileSync('gzip', ['-9c', join(dir, file)], { maxBuffer: 64 * 1024 * 1024 }).length;
    if (file === 'page-bridge.js') {
      record({ name: `page-world script ${file} (gzip -9)`, value: bytes, unit: 'B', budget: PAGE_BRIDGE_BUDGET, baseline: null, baselineName: null });
    } else {
      record({ name: `content script ${file} (gzip -9)`, value: bytes, unit: 'B', budget: SIZE_BUDGET, baseline: zodBytes, baselineName: 'zod/mini bridge schema alone' });
    }
  }
}

/** Fails loudly when the context meant to be without the extension has it after all: every baseline would be wrong. */
async function expectNoExtension(page: Page): Promise<void> {
  const ours = await page.evaluate(() => performance.getEntriesByName('castlist:warm-up').length + document.querySelectorAll('castlist-badge').length);
  if (ours > 0) throw new Error(`the context without the extension runs it (${page.url()}): its baselines would include Castlist`);
}

/**
 * The content script's first read of a 1.5 MB watch page against the page's own first JSON.parse of its embedded
 * state, load by load in the same browser: each load with the extension is followed by one without, whose page
 * parses its state at the very moment after navigation that the extension's read started (see firstParseScript).
 */
async function readingTime(bench: BenchBrowser): Promise<void> {
  const reads: number[] = [];
  const readStarts: number[] = [];
  const parses: number[] = [];
  let stateBytes = 0;
  for (let run = 0; run < READ_LOADS; run++) {
    const page = await bench.withExtension.newPage();
    await page.goto(WATCH_URL);
    await page.locator('castlist-badge').waitFor({ state: 'attached', timeout: 20_000 });
    const first = await page.evaluate(() => {
      const entry = performance.getEntriesByName('castlist:read')[0];
      return entry ? { duration: entry.duration, start: entry.startTime } : null;
    });
    await page.close();
    if (first === null) throw new Error('the content script recorded no read');
    reads.push(first.duration);
    readStarts.push(first.start);

    const plain = await bench.without.newPage();
    await plain.addInitScript(firstParseScript(Math.round(first.start)));
    await plain.goto(WATCH_URL);
    await plain.waitForFunction(() => performance.getEntriesByName('baseline:parse').length > 0);
    await expectNoExtension(plain);
    const parse = await plain.evaluate(() => {
      const measure = performance.getEntriesByName('baseline:parse')[0] as PerformanceMeasure;
      return { ms: measure.duration, bytes: Number(measure.detail) };
    });
    await plain.close();
    parses.push(parse.ms);
    stateBytes = parse.bytes;
  }
  const read = median(reads);
  const parse = median(parses);
  console.log(`     (embedded state ${round(stateBytes / 1e6)} MB; ${READ_LOADS} loads each, interleaved in one browser: the content script's first read, ${Math.round(median(readStarts))} ms after navigation (median), and right after each, the page's own first parse at that moment without the extension)`);
  record({ name: 'reading ÷ JSON.parse of the embedded state (medians)', value: read / parse, unit: '×', budget: READ_RATIO_BUDGET, baseline: 1, baselineName: 'JSON.parse' });
  record({ name: 'reading a 1.5 MB watch page, in ms (median)', value: read, unit: 'ms', budget: null, baseline: parse, baselineName: "the page's first JSON.parse of its embedded state, median", runs: reads });
}

/**
 * Start-up, as the page feels it: per load, the longest stretch of main-thread work that is ours — the browser's
 * evaluation of each of our scripts (compiling and running it: from a trace), the locale tables and the warm-up
 * read (castlist:warm-up) — traced in loads of their own, so tracing does not touch the reading figures.
 */
async function startUp(bench: BenchBrowser): Promise<void> {
  const longest: number[] = [];
  const injections = new Map<string, number[]>();
  const warmUps: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await bench.withExtension.newPage();
    const session = await bench.withExtension.newCDPSession(page);
    const trace = await traceInjection(session, bench.extension.extensionId);
    await page.goto(WATCH_URL);
    await page.locator('castlist-badge').waitFor({ state: 'attached', timeout: 20_000 });
    const warmUp = await page.evaluate(() => Math.max(...performance.getEntriesByName('castlist:warm-up').map((entry) => entry.duration)));
    const injected = await trace.stop();
    await session.detach();
    await page.close();
    if (!injected.has('youtube.js')) throw new Error('the trace shows no evaluation of content-scripts/youtube.js');
    for (const [file, ms] of injected) injections.set(file, [...(injections.get(file) ?? []), ms]);
    warmUps.push(warmUp);
    longest.push(Math.max(warmUp, ...injected.values()));
  }
  record({ name: 'longest start-up work of ours in one task (compiling and running a script, locale tables, warm-up read)', value: median(longest), unit: 'ms', budget: LONG_TASK_MS, baseline: null, baselineName: null, runs: longest });
  for (const [file, runs] of [...injections].sort()) {
    record({ name: `  evaluating ${file} (compile and top level)`, value: median(runs), unit: 'ms', budget: null, baseline: null, baselineName: null, runs });
  }
  record({ name: '  the longest warm-up task (locale tables, warm-up read)', value: median(warmUps), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: warmUps });
}

interface FeedRun {
  batchMs: number[];
  pageBatchMs: number[];
  readMs: number[];
  longTasks: number[];
  heap: number;
  /** Style recalculation and layout while the feed grew (ms). */
  styleLayoutMs: number;
  badges: number;
}

/** A page that grows by 1,000 posts (window.growFeed), as an endless feed does while the user scrolls. */
interface Feed {
  url: string;
  description: string;
  /** Whether Castlist badges its posts (the X timeline) or only reads them (YouTube's search results). */
  badged: boolean;
}

const FEEDS: Feed[] = [
  { url: FEED_URL, description: 'X home timeline, 1,000 posts, each badged', badged: true },
  { url: SEARCH_URL, description: 'YouTube search results, 1,000 videos, read but not badged', badged: false },
];

async function growFeed(context: BrowserContext, feed: Feed): Promise<FeedRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const longTasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { __longTasks: typeof longTasks }).__longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(feed.url);
    await page.waitForTimeout(1_500); // the content script's start (locale tables, first read) is not the feed's cost
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const styleAndLayout = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return (value('RecalcStyleDuration') + value('LayoutDuration')) * 1000;
    };
    const startMarks = await page.evaluate(() => performance.getEntriesByType('measure').length);
    const growthStart = await page.evaluate(() => performance.now());
    const styleLayoutBefore = await styleAndLayout();
    const pageBatchMs = await page.evaluate(() => (window as unknown as { growFeed: (b: number, n: number) => Promise<number[]> }).growFeed(50, 20));
    const styleLayoutMs = (await styleAndLayout()) - styleLayoutBefore;
    const measures = await page.evaluate(
      (skip) => performance.getEntriesByType('measure').slice(skip).map((entry) => ({ name: entry.name, duration: entry.duration })),
      startMarks,
    );
    // Only tasks while the feed grew: the page's load (ours included: script start, locale tables) is not the feed's cost.
    const longTasks = await page.evaluate(
      (since) => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((task) => task.start >= since).map((task) => task.duration),
      growthStart,
    );
    const badges = await page.locator('castlist-badge').count();
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    await session.detach();
    return {
      batchMs: measures.filter((entry) => entry.name === 'castlist:batch').map((entry) => entry.duration),
      readMs: measures.filter((entry) => entry.name === 'castlist:read').map((entry) => entry.duration),
      pageBatchMs,
      longTasks,
      heap,
      styleLayoutMs,
      badges,
    };
  } finally {
    await page.close();
  }
}

/** A feed growing by 1,000 posts, with and without the extension in turn (alternately first). */
async function feedCost(bench: BenchBrowser, feed: Feed): Promise<void> {
  const withExtension: FeedRun[] = [];
  const without: FeedRun[] = [];
  for (let run = 0; run < FEED_RUNS; run++) {
    if (run % 2 === 0) {
      withExtension.push(await growFeed(bench.withExtension, feed));
      without.push(await growFeed(bench.without, feed));
    } else {
      without.push(await growFeed(bench.without, feed));
      withExtension.push(await growFeed(bench.withExtension, feed));
    }
  }
  if (without.some((run) => run.badges > 0 || run.batchMs.length > 0)) throw new Error(`the context without the extension ran it on ${feed.url}: its baselines would include Castlist`);
  const batches = withExtension.flatMap((run) => run.batchMs);
  if (!batches.length) throw new Error(`the content script recorded no observer batch while ${feed.url} grew`);
  const badges = median(withExtension.map((run) => run.badges));
  if (feed.badged && badges === 0) throw new Error(`no badge on the grown feed ${feed.url}: the badges' cost would be measured on nothing`);
  const worstTask = Math.max(...withExtension.flatMap((run) => [...run.batchMs, ...run.readMs]));
  const longTasksWith = withExtension.flatMap((run) => run.longTasks);
  const longTasksWithout = without.flatMap((run) => run.longTasks);
  console.log(`     (${feed.description}, in 50 batches; ${withExtension.length} runs each, alternating; ${batches.length} observer batches; ${withExtension.flatMap((run) => run.readMs).length} reads; ${badges} badges per run)`);
  const on = feed.badged ? 'badged feed' : 'unbadged feed';
  record({ name: `${on}: main-thread time per observer batch (median)`, value: median(batches), unit: 'ms', budget: BATCH_BUDGET_MS, baseline: median(without.flatMap((run) => run.pageBatchMs)), baselineName: "the page's own work per batch" });
  record({ name: `${on}: longest task of ours (batch or read)`, value: worstTask, unit: 'ms', budget: LONG_TASK_MS, baseline: null, baselineName: null });
  record({ name: `${on}: tasks over 50 ms while the feed grew`, value: longTasksWith.length, unit: 'tasks', budget: longTasksWithout.length, baseline: longTasksWithout.length, baselineName: 'the same feed without the extension' });
  if (feed.badged) {
    const styleWith = median(withExtension.map((run) => run.styleLayoutMs));
    const styleWithout = median(without.map((run) => run.styleLayoutMs));
    record({
      name: `${on}: style and layout added by its ${badges} badges`,
      value: styleWith - styleWithout,
      unit: 'ms',
      budget: round(STYLE_LAYOUT_PER_BADGE_BUDGET_MS * badges),
      baseline: styleWithout,
      baselineName: "the page's own style and layout without the extension",
      runs: withExtension.map((run) => run.styleLayoutMs),
    });
  }
  const heapWith = median(withExtension.map((run) => run.heap));
  const heapWithout = median(without.map((run) => run.heap));
  record({ name: `${on}: JS heap added`, value: (heapWith - heapWithout) / 1e6, unit: 'MB', budget: HEAP_BUDGET_BYTES / 1e6, baseline: heapWithout / 1e6, baselineName: 'heap of the page without the extension' });
}

interface IngestBench {
  dexie(name: string): Promise<{ ms: number; rows: Record<string, number> }>;
  raw(name: string, from: string): Promise<{ ms: number; rows: Record<string, number> }>;
  tiles: number;
}

/**
 * Storing a 1,000-tile visit: the background's ingest (Dexie) against raw IndexedDB puts of exactly the rows it
 * wrote, each into a fresh database, in a page of the same browser, alternately first.
 */
async function ingestCost(bench: BenchBrowser): Promise<void> {
  const harness = await build({ entryPoints: ['scripts/bench/ingest-harness.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022' });
  const page = await bench.without.newPage();
  try {
    await page.goto(INGEST_URL);
    await page.addScriptTag({ content: harness.outputFiles[0]!.text });
    type Result = { ms: number; rows: Record<string, number> };
    const run = (kind: 'dexie' | 'raw', name: string, from = '') =>
      page.evaluate(
        ([which, db, source]) => {
          const bench = (window as unknown as { castlistIngestBench: IngestBench }).castlistIngestBench;
          return which === 'dexie' ? bench.dexie(db!) : bench.raw(db!, source!);
        },
        [kind, name, from] as const,
      ) as Promise<Result>;
    const drop = (name: string) => page.evaluate((db) => new Promise<void>((resolve) => { const request = indexedDB.deleteDatabase(db); request.onsuccess = request.onerror = request.onblocked = () => resolve(); }), name);
    const source = await run('dexie', 'bench-source');
    const dexieMs: number[] = [];
    const rawMs: number[] = [];
    for (let index = 0; index < RUNS; index++) {
      const steps = [
        async () => {
          const result = await run('dexie', `bench-dexie-${index}`);
          if (JSON.stringify(result.rows) !== JSON.stringify(source.rows)) throw new Error(`Dexie run ${index} wrote other rows than the first: ${JSON.stringify(result.rows)}`);
          dexieMs.push(result.ms);
          await drop(`bench-dexie-${index}`);
        },
        async () => {
          const result = await run('raw', `bench-raw-${index}`, 'bench-source');
          if (JSON.stringify(result.rows) !== JSON.stringify(source.rows)) throw new Error(`raw run ${index} holds other rows than Dexie wrote: ${JSON.stringify(result.rows)}`);
          rawMs.push(result.ms);
          await drop(`bench-raw-${index}`);
        },
      ];
      for (const step of index % 2 === 0 ? steps : steps.reverse()) await step();
    }
    await drop('bench-source');
    const rows = Object.entries(source.rows).filter(([, count]) => count > 0).map(([table, count]) => `${count} ${table}`).join(', ');
    console.log(`     (a 1,000-tile X feed visit: ${rows}; ${RUNS} runs each, alternately first, fresh databases)`);
    const dexie = median(dexieMs);
    const raw = median(rawMs);
    record({ name: "ingest speed: raw IndexedDB put time ÷ Dexie ingest time (medians)", value: raw / dexie, unit: '×', budget: INGEST_SPEED_BUDGET, direction: 'min', baseline: 1, baselineName: 'raw IndexedDB' });
    record({ name: 'ingest of a 1,000-tile visit through Dexie, in ms (median)', value: dexie, unit: 'ms', budget: null, baseline: raw, baselineName: 'raw IndexedDB puts of the same rows, one transaction', runs: dexieMs });
  } finally {
    await page.close();
  }
}

const heavyWatch = heavyWatchPageHtml();
const xFeed = growingXFeedHtml();
const searchFeed = growingSearchPageHtml();

async function serveBenchPages(route: Route, url: URL): Promise<boolean> {
  const body =
    url.href === WATCH_URL
      ? heavyWatch
      : url.href === FEED_URL
        ? xFeed
        : url.href === SEARCH_URL
          ? searchFeed
          : url.href === INGEST_URL
            ? '<!DOCTYPE html><title>Castlist ingest benchmark</title>'
            : null;
  if (body === null) return false;
  await route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  return true;
}

async function main(): Promise<void> {
  console.log(`Castlist benchmark — Chromium ${chromiumPath()}, ${RUNS} runs, extension ${EXTENSION_DIR}`);
  await contentScriptSizes();
  panelScriptSize(record, EXTENSION_DIR);
  const bench = await openBenchBrowser(serveBenchPages);
  try {
    if (ONLY.has('reading')) await readingTime(bench);
    if (ONLY.has('startup')) await startUp(bench);
    if (ONLY.has('feeds')) for (const feed of FEEDS) await feedCost(bench, feed);
    if (ONLY.has('ingest')) await ingestCost(bench);
  } finally {
    await bench.close();
  }
  if (ONLY.has('casting')) await castingCardBudget(record, RUNS, PLAIN_CHROMIUM_ARGS);
  if (ONLY.has('comments')) for (const figure of commentBudgets(RUNS)) record(figure);
  if (ONLY.has('csv')) await csvAndBackupFigures(record, RUNS);
  mkdirSync('bench-results', { recursive: true });
  const result = { at: new Date().toISOString(), runs: RUNS, node: process.version, figures };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  const missed = figures.filter((figure) => !figure.pass);
  console.log(missed.length ? `${missed.length} budget(s) missed` : 'all budgets met');
  console.log('figures written to bench-results/latest.json');
  process.exit(missed.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(2);
});
