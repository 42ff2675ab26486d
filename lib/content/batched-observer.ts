/**
 * The one MutationObserver of a page. Its callback only queues the added elements (uBlock Origin: "do not handle
 * added nodes directly from within the mutation observer"); the work runs later, once per animation frame, in one
 * batch handed to every listener.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BR', 'HEAD', 'NOSCRIPT', 'TEMPLATE']);

export type BatchListener = (added: readonly Element[]) => void;

export class BatchedObserver {
  private readonly listeners = new Set<BatchListener>();
  private queued: Node[] = [];
  private frame: number | null = null;
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: Node,
    private readonly schedule: (run: () => void) => number = (run) => requestAnimationFrame(run),
    private readonly cancel: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  ) {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (let i = 0; i < record.addedNodes.length; i++) this.queued.push(record.addedNodes[i]!);
      }
      this.frame ??= this.schedule(() => this.flush());
    });
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  subscribe(listener: BatchListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.observer.disconnect();
    if (this.frame !== null) this.cancel(this.frame);
    this.frame = null;
    this.queued = [];
    this.listeners.clear();
  }

  private flush(): void {
    const start = performance.now();
    this.frame = null;
    const nodes = this.queued;
    this.queued = [];
    const added: Element[] = [];
    for (const node of nodes) {
      if (node.nodeType !== 1 || !node.isConnected || SKIPPED_TAGS.has((node as Element).tagName)) continue;
      added.push(node as Element);
    }
    for (const listener of this.listeners) {
      try {
        listener(added);
      } catch (error) {
        console.error('[Castlist] a page observer listener failed', error);
      }
    }
    // Our own cost per batch, on the page's performance timeline (npm run bench reads it).
    performance.measure('castlist:batch', { start });
  }
}
