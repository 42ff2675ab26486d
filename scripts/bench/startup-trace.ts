/**
 * The start-up cost of a content script as the page feels it, from a Chromium trace of one load: the main-thread
 * task in which the browser injects the script (its compilation and top-level run: Chrome's EvaluateScript, with
 * our compile hint the whole script is compiled there), not only the warm-up the script times itself.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface TraceRecorder {
  /** The main-thread task (ms) that injected each of the extension's scripts, by file name ("youtube.js"). */
  stop(): Promise<Map<string, number>>;
}

export async function traceInjection(session: CDPSession, extensionId: string): Promise<TraceRecorder> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  // RunTask (the task around the injection) is only in the disabled-by-default timeline category.
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      const prefix = `chrome-extension://${extensionId}/content-scripts/`;
      const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined);
      const injected = new Map<string, number>();
      for (const evaluate of events.filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(prefix))) {
        const end = evaluate.ts + (evaluate.dur ?? 0);
        // The task it ran in: the smallest RunTask on the same thread that encloses it.
        const task = tasks
          .filter((candidate) => candidate.pid === evaluate.pid && candidate.tid === evaluate.tid && candidate.ts <= evaluate.ts && candidate.ts + candidate.dur! >= end)
          .sort((a, b) => a.dur! - b.dur!)[0];
        const file = evaluate.args!.data!.url!.slice(prefix.length);
        const ms = (task?.dur ?? evaluate.dur ?? 0) / 1000;
        injected.set(file, Math.max(injected.get(file) ?? 0, ms));
      }
      return injected;
    },
  };
}
