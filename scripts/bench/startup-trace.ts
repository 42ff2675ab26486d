/**
 * The start-up cost of a content script as the page feels it, from a Chromium trace of one load: the time the
 * browser spends evaluating each of our scripts (Chrome's EvaluateScript: compiling it, with our compile hint the
 * whole script at once, and running its top level), not only the warm-up the script times itself.
 *
 * The evaluation, not the task around it: a document_start script (the page bridge) is evaluated inside the
 * parser's task of the page's own HTML, whose length is the page's, not ours.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

export interface TraceRecorder {
  /** The evaluation (ms) of each of the extension's content scripts, by file name ("youtube.js"). */
  stop(): Promise<Map<string, number>>;
}

export async function traceInjection(session: CDPSession, extensionId: string): Promise<TraceRecorder> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      const prefix = `chrome-extension://${extensionId}/content-scripts/`;
      const evaluated = new Map<string, number>();
      for (const evaluate of events.filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && event.args?.data?.url?.startsWith(prefix))) {
        const file = evaluate.args!.data!.url!.slice(prefix.length);
        evaluated.set(file, (evaluated.get(file) ?? 0) + (evaluate.dur ?? 0) / 1000);
      }
      return evaluated;
    },
  };
}
