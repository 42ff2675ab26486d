/**
 * Readings on their way to the background. A reading stays here until the background acknowledges it: an MV3
 * service worker can be stopped at any moment, a message to a stopping worker fails, the database may be closing or
 * the disk full. Each reading is sent under its own key; a later reading under a key still waiting replaces it.
 *
 * What the reply says decides:
 *   {ok: true}                       stored: forgotten, and whatever waits is sent at once (the background is back)
 *   {ok: false} without `retry`      refused as invalid: dropped and reported (the background records why)
 *   {ok: false, retry: true}         not stored this time (database closed, disk full, …): sent again
 *   no reply, or an error            the worker was stopping or restarting: sent again
 * Only "Extension context invalidated" stops the outbox: this script is orphaned and can never be answered.
 * (Every send settles: Chrome closes the message port when the worker stops, and ends any event after 5 minutes.)
 *
 * Retries are rounds shared by the whole outbox (the background is reachable or not): after a failure, every
 * waiting reading is sent again after 250 ms, 500 ms, … up to 30 s between rounds, for MAX_ROUNDS rounds. Then the
 * outbox stops trying on its own — no loop runs for ever — until the page sends its next reading, which starts a
 * new series for everything waiting. When the page goes away, what still waits goes with it.
 *
 * The state lives in the constructor's closure: content scripts have a 20 kB budget, and a closure's names minify
 * where a class's member names cannot.
 */
import type { BackgroundReply, CaptureReadingMessage } from '../messages/background-messages';

export type SendMessage = (message: CaptureReadingMessage) => Promise<BackgroundReply | undefined>;

export interface OutboxOptions {
  send: SendMessage;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  onRejected?: (message: CaptureReadingMessage, error: string) => void;
}

interface Entry {
  message: CaptureReadingMessage;
  /** Failed, and due in the next round (else: being sent). */
  waiting?: boolean;
}

export const FIRST_RETRY_MS = 250;
export const LAST_RETRY_MS = 30_000;
/** Rounds of retries before the outbox waits for the next send: 250 ms … 30 s, about two minutes in all. */
export const MAX_ROUNDS = 10;

export class Outbox {
  /** Queues a reading under its key (replacing one still waiting there) and sends it now. */
  declare readonly send: (key: string, message: CaptureReadingMessage) => void;
  /** Stops everything and forgets what waits (the extension was reloaded or removed). */
  declare readonly stop: () => void;
  /** How many readings wait for the background's acknowledgement. */
  declare readonly size: () => number;

  constructor(options: OutboxOptions) {
    const pending = new Map<string, Entry>();
    const setTimer = options.setTimer ?? setTimeout;
    const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    let stopped = false;
    /** Rounds failed since the last success; MAX_ROUNDS + 1 once the outbox has said that it waits. */
    let rounds = 0;
    let timer: unknown;
    let reason = '';

    const retryWaiting = () => {
      for (const [key, entry] of pending) if (entry.waiting) attempt(key, entry);
    };
    const clearRound = () => {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    };
    const failed = (entry: Entry) => {
      entry.waiting = true;
      if (stopped || timer !== undefined) return; // a round is already due: it takes this reading too
      if (rounds >= MAX_ROUNDS) {
        if (rounds++ === MAX_ROUNDS) console.warn(`[Castlist] ${pending.size} reading(s) wait for the next one (${reason})`);
        return;
      }
      timer = setTimer(() => {
        timer = undefined;
        retryWaiting();
      }, Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** rounds++));
    };
    const attempt = (key: string, entry: Entry) => {
      entry.waiting = false;
      options.send(entry.message).then(
        (reply) => {
          if (pending.get(key) !== entry) return; // a newer reading took its place
          if (reply?.ok) {
            pending.delete(key);
            rounds = 0;
            clearRound();
            retryWaiting();
          } else if (reply && !reply.retry) {
            pending.delete(key);
            options.onRejected?.(entry.message, reply.error);
          } else {
            reason = reply?.error ?? 'no reply';
            failed(entry);
          }
        },
        (error: unknown) => {
          reason = String(error instanceof Error ? error.message : error);
          if (/context invalidated/i.test(reason)) this.stop(); // this content script is orphaned
          else if (pending.get(key) === entry) failed(entry);
        },
      );
    };

    this.size = () => pending.size;
    this.send = (key, message) => {
      if (stopped) return;
      const entry: Entry = { message };
      pending.set(key, entry);
      attempt(key, entry);
      if (rounds >= MAX_ROUNDS) {
        // The outbox had stopped trying on its own: this reading starts a new series for everything waiting.
        rounds = 0;
        retryWaiting();
      }
    };
    this.stop = () => {
      stopped = true;
      clearRound();
      pending.clear();
    };
  }
}
