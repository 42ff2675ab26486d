/**
 * The page's one MutationObserver: its callback only queues, and listeners get one batch per scheduled frame.
 * The frame scheduler is injected so the test decides when a frame runs.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BatchedObserver } from '../../lib/content/batched-observer';

/** Lets happy-dom deliver pending mutation records. */
const mutationsDelivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function harness() {
  const root = document.createElement('main');
  document.body.append(root);
  const frames: Array<{ handle: number; run: () => void }> = [];
  const cancelled: number[] = [];
  let next = 1;
  const observer = new BatchedObserver(
    root,
    (run) => {
      const handle = next++;
      frames.push({ handle, run });
      return handle;
    },
    (handle) => cancelled.push(handle),
  );
  const batches: Element[][] = [];
  observer.subscribe((added) => batches.push([...added]));
  observer.start();
  return {
    root,
    observer,
    frames,
    cancelled,
    batches,
    /** Runs every frame scheduled so far, as the browser would at the next repaint. */
    runFrames() {
      const due = frames.splice(0);
      for (const frame of due) frame.run();
      return due.length;
    },
  };
}

beforeEach(() => {
  document.body.replaceChildren();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BatchedObserver', () => {
  test('the observer callback only queues and schedules; listeners run when the frame runs, with one batch', async () => {
    const h = harness();
    const first = document.createElement('div');
    const second = document.createElement('section');
    h.root.append(first);
    h.root.append(second);
    await mutationsDelivered();
    expect(h.batches).toEqual([]); // nothing handed out inside the observer callback
    expect(h.frames).toHaveLength(1); // one frame for both mutations

    expect(h.runFrames()).toBe(1);
    expect(h.batches).toEqual([[first, second]]);
  });

  test('one frame per batch: mutations while a frame is pending join it; later ones schedule a new frame', async () => {
    const h = harness();
    const a = document.createElement('p');
    h.root.append(a);
    await mutationsDelivered();
    const b = document.createElement('p');
    h.root.append(b);
    await mutationsDelivered();
    expect(h.frames).toHaveLength(1);
    h.runFrames();
    expect(h.batches).toEqual([[a, b]]);

    const c = document.createElement('p');
    h.root.append(c);
    await mutationsDelivered();
    expect(h.frames).toHaveLength(1);
    h.runFrames();
    expect(h.batches).toEqual([[a, b], [c]]);
  });

  test('nested additions are observed (subtree), but only the added root element is in the batch', async () => {
    const h = harness();
    const wrapper = document.createElement('div');
    h.root.append(wrapper);
    await mutationsDelivered();
    h.runFrames();
    const inner = document.createElement('article');
    inner.append(document.createElement('span'));
    wrapper.append(inner);
    await mutationsDelivered();
    h.runFrames();
    expect(h.batches).toEqual([[wrapper], [inner]]);
  });

  test.each(['script', 'style', 'link', 'meta', 'br', 'noscript', 'template'])('skips <%s>', async (tag) => {
    const h = harness();
    const skipped = document.createElement(tag);
    const kept = document.createElement('div');
    h.root.append(skipped, kept);
    await mutationsDelivered();
    h.runFrames();
    expect(h.batches).toEqual([[kept]]);
  });

  test('skips text and comment nodes, and elements removed before the frame ran', async () => {
    const h = harness();
    const removed = document.createElement('div');
    const kept = document.createElement('div');
    h.root.append(document.createTextNode('text'), document.createComment('comment'), removed, kept);
    await mutationsDelivered();
    removed.remove();
    h.runFrames();
    expect(h.batches).toEqual([[kept]]);
  });

  test('every listener gets the same batch; a throwing listener is logged and does not stop the others', async () => {
    const h = harness();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after: Element[][] = [];
    h.observer.subscribe(() => {
      throw new Error('listener bug');
    });
    h.observer.subscribe((added) => after.push([...added]));
    const element = document.createElement('div');
    h.root.append(element);
    await mutationsDelivered();
    h.runFrames();
    expect(h.batches).toEqual([[element]]);
    expect(after).toEqual([[element]]);
    expect(error).toHaveBeenCalledTimes(1);
  });

  test('an unsubscribed listener gets no more batches', async () => {
    const h = harness();
    const other: Element[][] = [];
    const unsubscribe = h.observer.subscribe((added) => other.push([...added]));
    h.root.append(document.createElement('div'));
    await mutationsDelivered();
    h.runFrames();
    unsubscribe();
    h.root.append(document.createElement('div'));
    await mutationsDelivered();
    h.runFrames();
    expect(other).toHaveLength(1);
    expect(h.batches).toHaveLength(2);
  });

  test('stop() disconnects the observer, cancels the pending frame and drops the queue', async () => {
    const h = harness();
    h.root.append(document.createElement('div'));
    await mutationsDelivered();
    const pending = h.frames[0]!;
    h.observer.stop();
    expect(h.cancelled).toEqual([pending.handle]);
    pending.run(); // a frame that runs anyway (cancel came too late) hands out nothing
    expect(h.batches).toEqual([]);

    h.frames.splice(0);
    h.root.append(document.createElement('div'));
    await mutationsDelivered();
    expect(h.frames).toHaveLength(0);
    expect(h.batches).toEqual([]);
  });

  test('stop() without a pending frame cancels nothing', () => {
    const h = harness();
    h.observer.stop();
    expect(h.cancelled).toEqual([]);
  });

  test('by default a batch runs at the next animation frame', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    const observer = new BatchedObserver(root);
    const batches: Element[][] = [];
    observer.subscribe((added) => batches.push([...added]));
    observer.start();
    const element = document.createElement('div');
    root.append(element);
    await vi.waitFor(() => expect(batches).toEqual([[element]]));
    observer.stop();
  });
});
