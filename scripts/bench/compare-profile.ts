/**
 * Where the compare view's frames go: one run of the compare bench (scripts/bench-compare-view.ts) under a Chromium
 * trace and a V8 CPU profile, summarised for the scroll and for the idle baseline after it. Not part of
 * `npm run bench` (a trace slows the page down); a tool for finding what runs in the long tasks.
 *
 *   CASTLIST_OUT_DIR=.output-profile CASTLIST_MINIFY=off npx wxt build   # function names kept
 *   CASTLIST_OUT_DIR=.output-profile npx tsx scripts/bench/compare-profile.ts [trace.json]
 *
 * Prints, per window: the main thread's time by trace event (script, style, layout, paint, GC…), its tasks over
 * 50 ms with what ran inside them, and the JavaScript functions with the most self time. The optional argument
 * writes the raw trace (open it in Chrome's Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { openCompareBench, ROWS_PER_FRAME, type ScrollResult, scrollThrough } from '../bench-compare-view';
import type { CpuProfile } from './cpu-profile';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string; url?: string; functionName?: string } };
}

/** Trace events that say what kind of work a span of the main thread was (nested ones counted in their parent). */
const WORK_KINDS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'Commit',
  'HitTest',
  'ScrollLayer',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'BlinkGC.AtomicPhase',
  'ParseHTML',
  'IntersectionObserverController::computeIntersections',
  'ResizeObserverController::DeliverObservations',
]);

async function main(): Promise<void> {
  const tracePath = process.argv[2];
  const { browser, page, open } = await openCompareBench();
  try {
    await open();
    const session = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8,v8.execute,blink.user_timing,toplevel,blink',
      transferMode: 'ReportEvents',
    });
    await session.send('Profiler.start');
    const result: ScrollResult = await page.evaluate(scrollThrough, ROWS_PER_FRAME);
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    if (tracePath) writeFileSync(tracePath, JSON.stringify({ traceEvents: events }));

    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const frames = sorted(result.frames);
    const idle = sorted(result.idleFrames);
    console.log(`scroll: ${frames.length} frames, worst ${frames.at(-1)?.toFixed(1)} ms, p95 ${frames[Math.floor(frames.length * 0.95)]?.toFixed(1)} ms; idle worst ${idle.at(-1)?.toFixed(1)} ms; ${result.rowsInPage} rows in the page; ${result.longTasks} tasks over 50 ms`);

    const mark = (name: string) => {
      const found = events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
      if (!found) throw new Error(`compare profile: no trace mark ${name}: is the build the bench's (scripts/bench-compare-view.ts marks)?`);
      return found;
    };
    const scrollMark = mark('compare-bench:scroll');
    const idleMark = mark('compare-bench:idle');
    const endMark = mark('compare-bench:end');
    // The panel page's main thread: the thread the marks were made on.
    const main = events.filter((event) => event.pid === scrollMark.pid && event.tid === scrollMark.tid);
    for (const [label, from, to] of [
      ['scrolling', scrollMark.ts, idleMark.ts],
      ['idle (not scrolled)', idleMark.ts, endMark.ts],
    ] as const) {
      console.log(`\n== ${label}: ${((to - from) / 1000).toFixed(0)} ms`);
      summariseWindow(main, events, from, to);
      summariseProfile(profile, from, to);
    }
  } finally {
    await browser.close();
  }
}

function summariseWindow(main: TraceEvent[], all: TraceEvent[], from: number, to: number): void {
  const inWindow = (event: TraceEvent) => event.ts >= from && event.ts < to;
  const tasks = main.filter((event) => event.ph === 'X' && event.name === 'RunTask' && inWindow(event));
  const busy = tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0);
  console.log(`main thread: ${tasks.length} tasks, busy ${(busy / 1000).toFixed(0)} ms (${((busy / (to - from)) * 100).toFixed(0)}%)`);
  const outermost = outermostByKind(main.filter((event) => event.ph === 'X' && inWindow(event)));
  console.log('  by kind (outermost):', [...outermost].sort((a, b) => b[1] - a[1]).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(0)}`).join(', '));
  const long = tasks.filter((task) => (task.dur ?? 0) > 50_000).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  console.log(`  tasks over 50 ms: ${long.length}`);
  for (const task of long.slice(0, 8)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = outermostByKind(main.filter((event) => event.ph === 'X' && event.ts >= task.ts && event.ts < end && event !== task));
    console.log(`   ${((task.dur ?? 0) / 1000).toFixed(1)} ms at +${((task.ts - from) / 1000).toFixed(0)}: ${[...inside].sort((a, b) => b[1] - a[1]).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`).join(', ')}`);
  }
  // Other threads of the panel's process and the GPU/compositor work, busiest first: frames also wait on them.
  const threadNames = new Map<string, string>();
  for (const event of all) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
  const byThread = new Map<string, number>();
  for (const event of all) {
    if (event.ph !== 'X' || !inWindow(event) || (event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask')) continue;
    const thread = `${threadNames.get(`${event.pid}:${event.tid}`) ?? '?'} (${event.pid}:${event.tid})`;
    byThread.set(thread, (byThread.get(thread) ?? 0) + (event.dur ?? 0));
  }
  console.log('  threads busy (ms):', [...byThread].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([thread, dur]) => `${thread} ${(dur / 1000).toFixed(0)}`).join('; '));
}

/** Time by event name, counting only events not inside another counted one. */
function outermostByKind(events: TraceEvent[]): Map<string, number> {
  const kinds = events.filter((event) => WORK_KINDS.has(event.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  let coveredUntil = -Infinity;
  for (const event of kinds) {
    if (event.ts < coveredUntil) continue;
    const name = event.name === 'FunctionCall' && event.args?.data?.functionName ? `FunctionCall(${event.args.data.functionName})` : event.name;
    totals.set(name, (totals.get(name) ?? 0) + (event.dur ?? 0));
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return totals;
}

/** JavaScript self time by function in a window of the CPU profile (its clock is the trace's). */
function summariseProfile(profile: CpuProfile, from: number, to: number): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<string, number>();
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    at += profile.timeDeltas[index] ?? 0;
    if (at < from || at >= to) continue;
    const frame = nodes.get(profile.samples[index]!)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  }
  const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
  console.log(`  JavaScript self time ${(total / 1000).toFixed(0)} ms; top functions (ms):`);
  for (const [name, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`   ${(time / 1000).toFixed(1)}  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
