/**
 * The CSV and backup budgets of `npm run bench` (issue 10), measured in Debian's Chromium on a page of its own
 * (real IndexedDB, no extension needed): the lib code is bundled with esbuild and driven from here.
 *
 *   CSV export of 10,000 rows, rows → file           ≤ 300 ms   baseline: papaparse writing the same cells alone
 *     (and, for context, the same from the database: reading creators, posts and snapshots, KPIs, file)
 *   CSV import of 10,000 rows, file → database       ≤ 1 s      baseline: papaparse reading the file alone
 *   backup + restore of 25,000 snapshots              ≤ 2 s      baseline: JSON.stringify + JSON.parse of the snapshots
 *
 * Beside the import and the restore, for context: the same rows put with plain IndexedDB in one transaction, the
 * least any writer of them can take on the machine (scripts/bench/csv-backup-page.ts, rawPutsOf), and the cost of one
 * put of an empty record, which no row-per-record writer gets under (emptyPutMicroseconds).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browser/extension-browser';
import type { bench as PageBench } from './csv-backup-page';
import type { FigureInput } from './figures';

const EXPORT_ROWS = 10_000;
const SNAPSHOTS = 25_000;
const ORIGIN = 'https://bench.castlist.invalid/';

export async function csvAndBackupFigures(record: (figure: FigureInput) => void, runs: number): Promise<void> {
  const bundle = await build({
    entryPoints: [new URL('./csv-backup-page.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Castlist CSV bench</title>' }));
    await page.goto(ORIGIN);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    type Bench = typeof PageBench;
    const call = <Name extends keyof Bench>(name: Name, ...args: Parameters<Bench[Name]>) =>
      page.evaluate(
        ([fn, rest]) => (globalThis as unknown as { castlistBench: Record<string, (...a: unknown[]) => unknown> }).castlistBench[fn]!(...rest),
        [name, args] as const,
      ) as Promise<Awaited<ReturnType<Bench[Name]>>>;
    const repeat = async (measure: () => Promise<number>) => {
      await measure(); // warm-up: compiling, first IndexedDB open
      const values: number[] = [];
      for (let run = 0; run < runs; run++) values.push(await measure());
      return values;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

    await call('prepareExport', EXPORT_ROWS);
    const exports = await repeat(() => call('exportFromDatabase'));
    const writes = await repeat(() => call('exportRowsOnly'));
    const unparse = await repeat(() => call('papaUnparseAlone'));
    record({ name: `CSV export of ${EXPORT_ROWS.toLocaleString('en-US')} rows × 67 columns, rows → file (median)`, value: median(writes), unit: 'ms', budget: 300, baseline: median(unparse), baselineName: 'papaparse writing the same cells alone', runs: writes });
    record({ name: '  the same from the database: read, KPIs, file (median)', value: median(exports), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: exports });

    const imports: Array<Awaited<ReturnType<Bench['importIntoEmpty']>>> = [];
    const importPuts: number[] = [];
    await call('importIntoEmpty'); // warm-up
    for (let run = 0; run < runs; run++) {
      imports.push(await call('importIntoEmpty'));
      importPuts.push(await call('rawPutsOfImport'));
    }
    const parses = await repeat(() => call('papaParseAlone'));
    const importPart = (part: keyof (typeof imports)[number]) => imports.map((times) => times[part]);
    record({ name: `CSV import of ${EXPORT_ROWS.toLocaleString('en-US')} rows, file → database (median)`, value: median(importPart('total')), unit: 'ms', budget: 1_000, baseline: median(parses), baselineName: 'papaparse reading the file alone', runs: importPart('total') });
    record({ name: '  of which reading the file into a plan (median, same runs)', value: median(importPart('plan')), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: importPart('plan') });
    record({ name: '  of which reading the stored rows it may touch (median, same runs)', value: median(importPart('reads')), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: importPart('reads') });
    record({ name: '  of which working out the rows to write (median, same runs)', value: median(importPart('workOut')), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: importPart('workOut') });
    record({ name: '  of which the bulk writes and the commit (median, same runs)', value: median(importPart('writes')), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: importPart('writes') });
    record({ name: '  raw IndexedDB puts of the rows the import wrote, one transaction (median)', value: median(importPuts), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: importPuts });

    const emptyPuts = await repeat(() => call('emptyPutMicroseconds', EXPORT_ROWS));
    record({ name: `  the machine's floor: one put of an empty record, no index, one transaction (µs, median of ${EXPORT_ROWS.toLocaleString('en-US')} puts a run)`, value: median(emptyPuts), unit: 'µs', budget: null, baseline: null, baselineName: null, runs: emptyPuts });

    await call('prepareBackup', SNAPSHOTS);
    await call('backupAndRestore');
    const rounds: Array<Awaited<ReturnType<Bench['backupAndRestore']>>> = [];
    const restorePuts: number[] = [];
    for (let run = 0; run < Math.min(runs, 7); run++) {
      rounds.push(await call('backupAndRestore'));
      restorePuts.push(await call('rawPutsOfRestore'));
    }
    const totals = rounds.map((round) => round.backup + round.restore);
    record({ name: `backup + restore of ${SNAPSHOTS.toLocaleString('en-US')} snapshots (median)`, value: median(totals), unit: 'ms', budget: 2_000, baseline: median(rounds.map((round) => round.baseline)), baselineName: 'JSON.stringify + JSON.parse of the snapshots alone', runs: totals });
    record({ name: '  backup alone / restore alone (medians)', value: median(rounds.map((round) => round.backup)), unit: 'ms', budget: null, baseline: median(rounds.map((round) => round.restore)), baselineName: `restore; file ${(rounds[0]!.bytes / 1e6).toFixed(1)} MB` });
    record({ name: '  of the restore: checking the file / clearing and writing (medians)', value: median(rounds.map((round) => round.check)), unit: 'ms', budget: null, baseline: median(rounds.map((round) => round.writes)), baselineName: 'clearing and writing' });
    record({ name: '  raw IndexedDB puts of the rows the restore wrote, one transaction (median)', value: median(restorePuts), unit: 'ms', budget: null, baseline: null, baselineName: null, runs: restorePuts });
  } finally {
    await browser.close();
  }
}
