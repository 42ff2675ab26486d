/**
 * The content script's outbox: a reading stays until the background acknowledges it; a refusal ({ok:false}) is
 * final and reported, a failure ({ok:false, retry:true}, no reply, an error) is retried in shared rounds that back
 * off and stop after MAX_ROUNDS until the next send; a success sends what waits at once; the newest reading under a
 * key replaces a waiting one; an invalidated extension context stops everything.
 * Timers are injected and driven by hand; the fake `send` resolves or rejects each call when the test says so.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_ROUNDS, Outbox } from '../../lib/content/outbox';
import type { BackgroundReply, CaptureReadingMessage } from '../../lib/messages/background-messages';

const WORKER_STOPPED = 'Could not establish connection. Receiving end does not exist.';

function message(visitId: string, url = `https://www.youtube.com/watch?v=${visitId}`): CaptureReadingMessage {
  return {
    type: 'reading.capture',
    visitId,
    reading: {
      platform: 'youtube',
      surface: 'post',
      url,
      readAt: '2026-11-30T12:00:00.000Z',
      lang: 'en',
      creator: null,
      posts: [],
      comments: [],
      problems: [],
    },
  };
}

interface Call {
  message: CaptureReadingMessage;
  resolve: (reply: BackgroundReply | undefined) => void;
  reject: (error: unknown) => void;
}

interface Timer {
  run: () => void;
  ms: number;
  cleared: boolean;
}

/** An outbox whose sends and timers the test settles and fires one by one. */
function harness() {
  const calls: Call[] = [];
  const timers: Timer[] = [];
  const rejected: Array<{ message: CaptureReadingMessage; error: string }> = [];
  const outbox = new Outbox({
    send: (sent) =>
      new Promise<BackgroundReply | undefined>((resolve, reject) => {
        calls.push({ message: sent, resolve, reject });
      }),
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      (handle as Timer).cleared = true;
    },
    onRejected: (sent, error) => rejected.push({ message: sent, error }),
  });
  const retries = () => timers;
  const live = () => timers.filter((timer) => !timer.cleared);
  return {
    outbox,
    calls,
    timers,
    rejected,
    retries,
    live,
    /** Fires the one retry round still waiting, as the browser would. */
    fire() {
      const waiting = live();
      expect(waiting).toHaveLength(1);
      waiting[0]!.cleared = true; // a fired timer cannot be cleared any more
      waiting[0]!.run();
    },
  };
}

const visits = (calls: Call[]) => calls.map((call) => call.message.visitId);

/** Lets the outbox's .then/.catch handlers run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Outbox', () => {
  test('sends at once and, once acknowledged with {ok:true}, neither retries nor reports', async () => {
    const h = harness();
    h.outbox.send('visit-1:0', message('a'));
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.message).toEqual(message('a'));
    h.calls[0]!.resolve({ ok: true });
    await settle();
    expect(h.retries()).toHaveLength(0);
    expect(h.rejected).toEqual([]);
    expect(h.outbox.size()).toBe(0);
  });

  test('an acknowledged reading is forgotten: a later reading under the same key is a fresh one, not a replacement', async () => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.resolve({ ok: true });
    await settle();
    h.outbox.send('k', message('b'));
    h.calls[1]!.reject(new Error(WORKER_STOPPED));
    await settle();
    h.fire();
    expect(visits(h.calls)).toEqual(['a', 'b', 'b']);
  });

  test(`a reading the worker could not take is sent again in rounds of growing delay, ${MAX_ROUNDS} rounds, then waits for the next send`, async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const h = harness();
    h.outbox.send('k', message('a'));
    for (let round = 0; round < MAX_ROUNDS; round++) {
      h.calls.at(-1)!.reject(new Error(WORKER_STOPPED));
      await settle();
      expect(h.calls).toHaveLength(round + 1); // nothing is resent before the timer fires
      h.fire();
      expect(h.calls.at(-1)!.message).toEqual(message('a'));
    }
    // 250 ms doubling each round, capped at 30 s.
    expect(h.retries().map((timer) => timer.ms)).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    h.calls.at(-1)!.reject(new Error(WORKER_STOPPED));
    await settle();
    // No loop for ever: no timer any more, said once; the reading still waits.
    expect(h.live()).toHaveLength(0);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(h.outbox.size()).toBe(1);
    expect(h.rejected).toEqual([]);

    // The next reading of the page brings it along, with a new series of rounds.
    h.outbox.send('k2', message('b'));
    expect(visits(h.calls).slice(-2)).toEqual(['b', 'a']);
    h.calls.at(-2)!.reject(new Error(WORKER_STOPPED));
    h.calls.at(-1)!.reject(new Error(WORKER_STOPPED));
    await settle();
    expect(h.live().map((timer) => timer.ms)).toEqual([250]);
    h.fire();
    h.calls.at(-2)!.resolve({ ok: true });
    h.calls.at(-1)!.resolve({ ok: true });
    await settle();
    expect(h.outbox.size()).toBe(0);
  });

  test.each([
    ['a rejection with a non-Error value', () => 'some string reason'],
    ['a rejection with an Error', () => new Error(WORKER_STOPPED)],
  ])('retries after %s', async (_name, reason) => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.reject(reason());
    await settle();
    expect(h.live().map((timer) => timer.ms)).toEqual([250]);
  });

  test('an undefined reply (no listener answered) is retried, not taken as an acknowledgement', async () => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.resolve(undefined);
    await settle();
    expect(h.live().map((timer) => timer.ms)).toEqual([250]);
    h.fire();
    h.calls[1]!.resolve(undefined);
    await settle();
    expect(h.live().map((timer) => timer.ms)).toEqual([500]);
    expect(h.rejected).toEqual([]);
  });

  test('{ok:false, retry:true} (database closed, disk full) is sent again, never reported', async () => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.resolve({ ok: false, error: "reading.capture failed: the browser's storage for Castlist is full", retry: true });
    await settle();
    expect(h.rejected).toEqual([]);
    h.fire();
    h.calls[1]!.resolve({ ok: true, stored: { creators: 0, posts: 1, snapshots: 1, comments: 0 } });
    await settle();
    expect(visits(h.calls)).toEqual(['a', 'a']);
    expect(h.outbox.size()).toBe(0);
  });

  test('{ok:false} without retry is final: reported once through onRejected and never retried', async () => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.resolve({ ok: false, error: 'reading.posts.0.metrics.views.min: Invalid input' });
    await settle();
    expect(h.retries()).toHaveLength(0);
    expect(h.rejected).toEqual([{ message: message('a'), error: 'reading.posts.0.metrics.views.min: Invalid input' }]);
    expect(h.calls).toHaveLength(1);
    expect(h.outbox.size()).toBe(0);
  });

  test('{ok:false} after retries is still final', async () => {
    const h = harness();
    h.outbox.send('k', message('a'));
    h.calls[0]!.reject(new Error(WORKER_STOPPED));
    await settle();
    h.fire();
    h.calls[1]!.resolve({ ok: false, error: 'bad' });
    await settle();
    expect(h.live()).toHaveLength(0);
    expect(h.rejected.map((entry) => entry.error)).toEqual(['bad']);
  });

  test('a second send under a waiting key replaces it: only the newest is sent on retry', async () => {
    const h = harness();
    h.outbox.send('k', message('old'));
    h.calls[0]!.reject(new Error(WORKER_STOPPED));
    await settle();
    h.outbox.send('k', message('new'));
    h.calls[1]!.reject(new Error(WORKER_STOPPED));
    await settle();
    h.fire();
    expect(visits(h.calls)).toEqual(['old', 'new', 'new']);
    expect(h.outbox.size()).toBe(1);
  });

  test('a reply to a replaced reading, arriving late, neither retries nor reports it', async () => {
    const h = harness();
    h.outbox.send('k', message('old'));
    h.outbox.send('k', message('new')); // while the first send is still in flight
    h.calls[0]!.resolve({ ok: false, error: 'ignored' });
    await settle();
    expect(h.retries()).toHaveLength(0);
    expect(h.rejected).toEqual([]);
    // The newest still waits for its own acknowledgement.
    h.calls[1]!.resolve(undefined);
    await settle();
    h.fire();
    expect(visits(h.calls)).toEqual(['old', 'new', 'new']);
  });

  test('readings waiting under different keys share one round: one timer, all of them sent when it fires', async () => {
    const h = harness();
    h.outbox.send('visit:0', message('a'));
    h.outbox.send('visit:1', message('b'));
    h.outbox.send('visit:2', message('c'));
    h.calls[0]!.reject(new Error(WORKER_STOPPED));
    h.calls[1]!.resolve({ ok: true });
    h.calls[2]!.reject(new Error(WORKER_STOPPED));
    await settle();
    expect(h.live()).toHaveLength(1);
    h.fire();
    expect(visits(h.calls)).toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  test('a success sends whatever waits at once, without waiting for its round', async () => {
    const h = harness();
    h.outbox.send('visit:0', message('a'));
    h.calls[0]!.reject(new Error(WORKER_STOPPED));
    await settle();
    const round = h.live()[0]!;
    h.outbox.send('visit:1', message('b')); // the worker is back
    h.calls[1]!.resolve({ ok: true });
    await settle();
    expect(round.cleared).toBe(true);
    expect(visits(h.calls)).toEqual(['a', 'b', 'a']);
  });

  test('"Extension context invalidated" stops everything: no retry, timers cleared, later sends dropped', async () => {
    const h = harness();
    h.outbox.send('a', message('a'));
    h.outbox.send('b', message('b'));
    h.calls[1]!.reject(new Error(WORKER_STOPPED));
    await settle();
    const round = h.live()[0]!;

    h.calls[0]!.reject(new Error('Extension context invalidated.'));
    await settle();
    expect(round.cleared).toBe(true);
    expect(h.live()).toHaveLength(0);

    h.outbox.send('c', message('c'));
    expect(h.calls).toHaveLength(2);
    expect(h.rejected).toEqual([]);
  });

  test('stop() clears waiting timers and drops later sends; a send in flight then failing is not retried', async () => {
    const h = harness();
    h.outbox.send('a', message('a'));
    h.outbox.send('b', message('b'));
    h.calls[0]!.reject(new Error(WORKER_STOPPED));
    await settle();
    h.outbox.stop();
    expect(h.live()).toHaveLength(0);
    h.calls[1]!.resolve(undefined);
    await settle();
    expect(h.retries()).toHaveLength(1);
    h.outbox.send('c', message('c'));
    expect(h.calls).toHaveLength(2);
  });

  test('without injected timers it uses setTimeout', async () => {
    vi.useFakeTimers();
    try {
      const calls: Array<(reply: BackgroundReply | undefined) => void> = [];
      const outbox = new Outbox({ send: () => new Promise((resolve) => calls.push(resolve)) });
      outbox.send('k', message('a'));
      calls[0]!(undefined);
      await vi.advanceTimersByTimeAsync(249);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      calls[1]!(undefined);
      await vi.advanceTimersByTimeAsync(500);
      expect(calls).toHaveLength(3);
      outbox.stop();
      calls[2]!(undefined);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
