/**
 * Where the content script's first read of the bench's 1.5 MB watch page goes (npm run bench, "reading"): loads of
 * that page under a V8 CPU profile and a Chromium trace, the samples inside the castlist:read measure summed by
 * function. Not part of `npm run bench` (the profiler slows the read down); a tool for finding where its time goes.
 *
 *   CASTLIST_OUT_DIR=.output-profile CASTLIST_MINIFY=off npx wxt build   # function names kept
 *   CASTLIST_OUT_DIR=.output-profile npx tsx scripts/bench/reading-profile.ts [loads]
 *
 * Prints, over the loads: the read's median duration, JavaScript self time by function, and inclusive time (a
 * function counted once per sample however deep it recurs) for the functions that cost the most.
 */
import type { Route } from 'playwright-core';
import { heavyWatchPageHtml } from '../../tests/fixtures/youtube/bench-pages';
import { openBenchBrowser } from './bench-browser';
import { median } from './figures';
import type { CpuProfile, ProfileNode } from './cpu-profile';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  id?: string;
  id2?: { local?: string };
}

const WATCH_URL = 'https://www.youtube.com/watch?v=castlistA01';
const LOADS = Number(process.argv[2] ?? 5);
const html = heavyWatchPageHtml();

async function serve(route: Route, url: URL): Promise<boolean> {
  if (url.href !== WATCH_URL) return false;
  await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  return true;
}

async function main(): Promise<void> {
  const bench = await openBenchBrowser(serve);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const reads: number[] = [];
  let sampled = 0;
  try {
    for (let load = 0; load < LOADS; load++) {
      const page = await bench.withExtension.newPage();
      const session = await bench.withExtension.newCDPSession(page);
      const events: TraceEvent[] = [];
      session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Tracing.start', { categories: 'blink.user_timing', transferMode: 'ReportEvents' });
      await session.send('Profiler.start');
      await page.goto(WATCH_URL);
      await page.locator('castlist-badge').waitFor({ state: 'attached', timeout: 20_000 });
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      const read = await page.evaluate(() => performance.getEntriesByName('castlist:read')[0]?.duration ?? null);
      await session.detach();
      await page.close();
      const marks = events.filter((event) => event.name === 'castlist:read' && event.cat.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts);
      const begin = marks.find((event) => event.ph === 'b');
      const end = marks.find((event) => event.ph === 'e' && event.ts >= (begin?.ts ?? Infinity));
      if (!begin || !end || read === null) throw new Error('no castlist:read measure in the trace');
      reads.push(read);
      sampled += summarise(profile, begin.ts, end.ts, self, inclusive);
    }
  } finally {
    await bench.close();
  }
  const share = (time: number) => `${(time / 1000 / LOADS).toFixed(1).padStart(6)} ms ${((time / sampled) * 100).toFixed(0).padStart(3)}%`;
  console.log(`castlist:read under the profiler: median ${median(reads).toFixed(1)} ms of ${LOADS} loads (${reads.map((ms) => ms.toFixed(0)).join(', ')}); sampled ${(sampled / 1000 / LOADS).toFixed(1)} ms a load`);
  console.log('\nself time per load:');
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${share(time)}  ${name}`);
  console.log('\ninclusive time per load:');
  for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${share(time)}  ${name}`);
}

/** Adds the samples between `from` and `to` (trace clock, µs) to self and inclusive time by function; returns the µs sampled. */
function summarise(profile: CpuProfile, from: number, to: number, self: Map<string, number>, inclusive: Map<string, number>): number {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
  let at = profile.startTime;
  let total = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    at += profile.timeDeltas[index] ?? 0;
    if (at < from || at >= to) continue;
    const weight = profile.timeDeltas[index + 1] ?? 0;
    const leaf = nodes.get(profile.samples[index]!)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    total += weight;
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + weight);
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = nodes.get(parents.get(node.id) ?? -1)) {
      const name = nameOf(node);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
    }
  }
  return total;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
