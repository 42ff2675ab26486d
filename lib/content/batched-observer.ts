/**
 * The one MutationObserver of a page. Its callback only queues the added elements (uBlock Origin: "do not handle
 * added nodes directly from within the mutation observer"); the work runs later, once per animation frame, in one
 * batch handed to every listener.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BR', 'HEAD', 'NOSCRIPT', 'TEMPLATE']);

export type BatchListener = (added: readonly Element[]) => void;

/**
 * The state lives in the constructor's closure (as in outbox.ts): content scripts have a 20 kB budget, and a
 * closure's names minify where a class's member names cannot.
 */
export class BatchedObserver {
  declare readonly start: () => void;
  declare readonly subscribe: (listener: BatchListener) => () => void;
  declare readonly stop: () => void;

  constructor(
    root: Node,
    schedule: (run: () => void) => number = (run) => requestAnimationFrame(run),
    cancel: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  ) {
    const listeners = new Set<BatchListener>();
    let queued: Node[] = [];
    let frame: number | null = null;

    const flush = () => {
      const start = performance.now();
      frame = null;
      const nodes = queued;
      queued = [];
      const added: Element[] = [];
      for (const node of nodes) {
        if (node.nodeType !== 1 || !node.isConnected || SKIPPED_TAGS.has((node as Element).tagName)) continue;
        added.push(node as Element);
      }
      for (const listener of listeners) {
        try {
          listener(added);
        } catch (error) {
          console.error('[Castlist] a page observer listener failed', error);
        }
      }
      // Our own cost per batch, on the page's performance timeline (npm run bench reads it).
      performance.measure('castlist:batch', { start });
    };

    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (let i = 0; i < record.addedNodes.length; i++) queued.push(record.addedNodes[i]!);
      }
      frame ??= schedule(flush);
    });

    this.start = () => observer.observe(root, { childList: true, subtree: true });
    this.subscribe = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    this.stop = () => {
      observer.disconnect();
      if (frame !== null) cancel(frame);
      frame = null;
      queued = [];
      listeners.clear();
    };
  }
}
