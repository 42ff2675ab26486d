/**
 * Readings on their way to the background. A reading stays here until the background acknowledges it: an MV3
 * service worker can be stopped at any moment, a message to a stopping worker fails, the database may be closing or
 * the disk full. Each reading is sent under its own key; a later reading under a key still waiting replaces it.
 *
 * What the reply says decides:
 *   {ok: true}                      stored: forgotten
 *   {ok: false} without `retry`     refused as invalid: dropped, and reported (the background records why)
 *   {ok: false, retry: true}        not stored this time (database closed, disk full, …): sent again
 *   no reply, an error, no answer   the worker was stopping or restarting: sent again
 *     within SEND_TIMEOUT_MS
 * Only "Extension context invalidated" stops the outbox: this script is orphaned and can never be answered.
 *
 * Retries are shared by the whole outbox (the background is either reachable or not): after a failure, every
 * waiting reading is sent again after 250 ms, 500 ms, … up to 30 s between rounds, for MAX_ROUNDS rounds. Then the
 * outbox stops trying on its own — no loop that runs for ever — and the waiting readings go again with the next
 * reading this page sends, and whenever a send succeeds. When the page is hidden (navigation away, tab closed),
 * whatever waits is sent once more at once, since no timer will run after it.
 */
import type { BackgroundReply, CaptureReadingMessage } from '../messages/background-messages';

export type SendMessage = (message: CaptureReadingMessage) => Promise<BackgroundReply | undefined>;

/** The page events the outbox follows (the content script's window). */
export interface PageLifecycle {
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

export interface OutboxOptions {
  send: SendMessage;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  onRejected?: (message: CaptureReadingMessage, error: string) => void;
  pageLifecycle?: PageLifecycle;
}

interface Entry {
  key: string;
  message: CaptureReadingMessage;
  state: 'sending' | 'waiting';
  /** Numbers the attempts: a failure reported by an attempt that a newer one replaced is not a failure. */
  attempts: number;
  timeout: unknown;
}

export const FIRST_RETRY_MS = 250;
export const LAST_RETRY_MS = 30_000;
/** Rounds of retries before the outbox waits for the next send: 250 ms … 30 s, about two minutes in all. */
export const MAX_ROUNDS = 10;
/** A send unanswered for this long failed (a worker that hung or was stopped while replying). */
export const SEND_TIMEOUT_MS = 20_000;

export class Outbox {
  private readonly pending = new Map<string, Entry>();
  private stopped = false;
  /** Rounds failed since the last success. */
  private failedRounds = 0;
  private retryTimer: unknown = undefined;
  private readonly onPageHide = () => this.flush();

  constructor(private readonly options: OutboxOptions) {
    options.pageLifecycle?.addEventListener('pagehide', this.onPageHide);
  }

  /** How many readings wait for the background's acknowledgement. */
  get size(): number {
    return this.pending.size;
  }

  send(key: string, message: CaptureReadingMessage): void {
    if (this.stopped) return;
    const resuming = this.failedRounds >= MAX_ROUNDS;
    const previous = this.pending.get(key);
    if (previous) this.clear(previous.timeout);
    const entry: Entry = { key, message, state: 'sending', attempts: 0, timeout: undefined };
    this.pending.set(key, entry);
    this.attempt(entry);
    if (resuming) {
      // The outbox had given up waiting on its own: this send starts a new series of rounds for everything.
      this.failedRounds = 0;
      this.retryWaiting();
    }
  }

  /** Sends every waiting reading once, now (the page is going away: no timer will fire after this). */
  flush(): void {
    if (this.stopped) return;
    this.clearRetryTimer();
    this.retryWaiting();
  }

  /** Stops everything and forgets what waits (the extension was reloaded or removed). */
  stop(): void {
    this.stopped = true;
    this.options.pageLifecycle?.removeEventListener('pagehide', this.onPageHide);
    this.clearRetryTimer();
    for (const entry of this.pending.values()) this.clear(entry.timeout);
    this.pending.clear();
  }

  private attempt(entry: Entry): void {
    entry.state = 'sending';
    const attempt = ++entry.attempts;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      this.clear(entry.timeout);
      entry.timeout = undefined;
      outcome();
    };
    entry.timeout = this.setTimer(() => settle(() => this.failed(entry, attempt, `no reply within ${SEND_TIMEOUT_MS / 1000} s`)), SEND_TIMEOUT_MS);
    this.options
      .send(entry.message)
      .then(
        (reply) => settle(() => this.replied(entry, attempt, reply)),
        (error: unknown) =>
          settle(() => {
            const text = error instanceof Error ? error.message : String(error);
            if (/Extension context invalidated/i.test(text)) this.stop(); // this content script is orphaned
            else this.failed(entry, attempt, text);
          }),
      );
  }

  private replied(entry: Entry, attempt: number, reply: BackgroundReply | undefined): void {
    if (this.pending.get(entry.key) !== entry) return; // acknowledged already, or a newer reading took its place
    if (reply?.ok) {
      this.pending.delete(entry.key);
      this.succeeded();
    } else if (reply && !reply.retry) {
      this.pending.delete(entry.key);
      this.options.onRejected?.(entry.message, reply.error);
    } else {
      this.failed(entry, attempt, reply ? reply.error : 'no reply from the background');
    }
  }

  /** The background stores again: whatever waits goes now, without waiting for its round. */
  private succeeded(): void {
    this.failedRounds = 0;
    if (![...this.pending.values()].some((entry) => entry.state === 'waiting')) return;
    this.clearRetryTimer();
    this.retryWaiting();
  }

  private failed(entry: Entry, attempt: number, reason: string): void {
    if (this.stopped || this.pending.get(entry.key) !== entry || attempt !== entry.attempts) return;
    entry.state = 'waiting';
    if (this.retryTimer !== undefined) return; // a round is already due: it takes this reading too
    if (this.failedRounds >= MAX_ROUNDS) {
      if (this.failedRounds === MAX_ROUNDS) {
        this.failedRounds++; // said once per series
        console.warn(`[Castlist] ${this.pending.size} reading(s) not stored yet (${reason}); they are sent again with this page's next reading`);
      }
      return;
    }
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failedRounds);
    this.failedRounds++;
    console.debug(`[Castlist] reading not stored yet (${reason}); retrying in ${delay} ms`);
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = undefined;
      this.retryWaiting();
    }, delay);
  }

  private retryWaiting(): void {
    for (const entry of [...this.pending.values()]) if (entry.state === 'waiting') this.attempt(entry);
  }

  private clearRetryTimer(): void {
    if (this.retryTimer === undefined) return;
    this.clear(this.retryTimer);
    this.retryTimer = undefined;
  }

  private setTimer(run: () => void, ms: number): unknown {
    return (this.options.setTimer ?? ((callback, delay) => setTimeout(callback, delay)))(run, ms);
  }

  private clear(timer: unknown): void {
    if (timer === undefined) return;
    (this.options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)))(timer);
  }
}
