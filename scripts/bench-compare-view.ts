/**
 * `npm run bench` section: the compare view of 5,000 creators scrolls with no frame over 50 ms. The built extension's
 * panel page (sidepanel.html?view=compare) in Chromium, its IndexedDB filled with 5,000 creators on two lists
 * (scripts/browser/compare-bench-rows.ts); once every creator's KPIs are computed, the table is scrolled from top to
 * bottom and back, 10 rows a frame, and each frame's length is taken from requestAnimationFrame's timestamps.
 * Baseline, in the same page: frames of the same length of time with nothing scrolled.
 */
import { compareBenchRows } from './browser/compare-bench-rows';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from './browser/extension-browser';
import type { FigureInput } from './bench/figures';

export const COMPARE_ROWS = 5_000;
export const FRAME_BUDGET_MS = 50;
/** Rows moved per frame: a fast flick of the wheel. */
export const ROWS_PER_FRAME = 10;

export interface ScrollResult {
  frames: number[];
  idleFrames: number[];
  longTasks: number;
  rowsInPage: number;
}

/** The built panel's Compare view in Chromium, its database filled with the bench rows; `open()` loads the view. */
export interface CompareBenchPage {
  browser: ExtensionBrowser;
  page: Page;
  /** Loads the Compare view and waits until every creator's KPIs are computed. */
  open(): Promise<void>;
}

export async function openCompareBench(): Promise<CompareBenchPage> {
  const browser = await launchWithExtension();
  try {
    const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    // The panel makes the database at its current version (Dexie); the rows are then put in with plain IndexedDB.
    const setup = await browser.context.newPage();
    await setup.goto(`${panelUrl}?view=data`);
    await setup.getByRole('heading', { level: 1 }).first().waitFor();
    const rows = compareBenchRows(COMPARE_ROWS, Date.now());
    await setup.evaluate(async (tables) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('castlist');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const names = Object.keys(tables);
        const transaction = db.transaction(names, 'readwrite');
        for (const name of names) for (const row of tables[name as keyof typeof tables]) transaction.objectStore(name).put(row);
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      } finally {
        db.close();
      }
    }, rows);
    await setup.close();

    const page = await browser.context.newPage();
    // tsx compiles scrollThrough with esbuild's keepNames, whose __name helper the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.setViewportSize({ width: 1280, height: 900 });
    const open = async () => {
      await page.goto(`${panelUrl}?view=compare`);
      // Every KPI computed: the count line no longer says "computing".
      const computed = page.getByText(`${COMPARE_ROWS.toLocaleString('en-US')} creators`, { exact: true });
      await computed.waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
        const shown = await page.locator('main').first().innerText().catch(() => '(no panel)');
        throw new Error(`compare bench: the compare view did not finish computing 5,000 creators' KPIs; it shows: ${shown.slice(0, 400)}`, { cause: error });
      });
    };
    return { browser, page, open };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export async function compareViewBudget(record: (figure: FigureInput) => void, runs: number): Promise<void> {
  const { browser, page, open } = await openCompareBench();
  try {
    const allFrames: number[] = [];
    const worstPerRun: number[] = [];
    const idleWorst: number[] = [];
    let summary: ScrollResult | null = null;
    for (let run = 0; run < runs; run++) {
      await open();
      const result = await page.evaluate(scrollThrough, ROWS_PER_FRAME);
      allFrames.push(...result.frames);
      worstPerRun.push(Math.max(...result.frames));
      idleWorst.push(Math.max(...result.idleFrames));
      summary = result;
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const sortedFrames = [...allFrames].sort((a, b) => a - b);
    record({
      name: `compare view: longest frame scrolling ${COMPARE_ROWS.toLocaleString('en-US')} creators (median of runs)`,
      value: median(worstPerRun),
      unit: 'ms',
      budget: FRAME_BUDGET_MS,
      baseline: median(idleWorst),
      baselineName: 'the longest frame of the same page not scrolled, median of runs',
      runs: worstPerRun,
    });
    console.log(
      `     (${allFrames.length} frames over ${runs} runs; p95 ${sortedFrames[Math.floor(sortedFrames.length * 0.95)]?.toFixed(1)} ms; ` +
        `worst of all ${sortedFrames.at(-1)?.toFixed(1)} ms; ${summary?.rowsInPage} rows in the page at a time; tasks over 50 ms in the last run: ${summary?.longTasks})`,
    );
  } finally {
    await browser.close();
  }
}

/** Runs in the panel page: scrolls the table down and up, timing every frame; then as long without scrolling. */
export async function scrollThrough(rowsPerFrame: number): Promise<ScrollResult> {
  const scroller = document.querySelector<HTMLElement>('.compare-scroll');
  const firstRow = document.querySelector<HTMLElement>('.compare-body [role="row"]');
  if (!scroller || !firstRow) throw new Error('compare bench: the compare view shows no table');
  const step = firstRow.getBoundingClientRect().height * rowsPerFrame;
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => {
    longTasks += list.getEntries().length;
  });
  observer.observe({ type: 'longtask' });
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const frames: number[] = [];
  let rowsInPage = 0;
  // Marks for a trace of the run (scripts/bench/compare-profile.ts): where scrolling and the idle baseline begin.
  performance.mark('compare-bench:scroll');
  let last = await nextFrame();
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  for (const direction of [1, -1]) {
    for (;;) {
      const before = scroller.scrollTop;
      scroller.scrollTop = Math.max(0, Math.min(bottom, before + direction * step));
      const at = await nextFrame();
      frames.push(at - last);
      last = at;
      rowsInPage = Math.max(rowsInPage, scroller.querySelectorAll('.compare-body [role="row"]').length);
      if (scroller.scrollTop === before) break;
    }
  }
  const idleFrames: number[] = [];
  performance.mark('compare-bench:idle');
  for (let index = 0; index < frames.length; index++) {
    const at = await nextFrame();
    idleFrames.push(at - last);
    last = at;
  }
  performance.mark('compare-bench:end');
  observer.disconnect();
  return { frames, idleFrames, longTasks, rowsInPage };
}
