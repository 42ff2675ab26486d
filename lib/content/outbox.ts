/**
 * Readings on their way to the background. A reading stays here until the background acknowledges it: an MV3
 * service worker can be stopped at any moment, and a message to a stopping worker fails. Retries back off; a message
 * sent under a key still waiting replaces the waiting one. A reply of {ok: false} is final (the background
 * refused the reading as invalid; sending it again would not change that) and is reported.
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
  key: string;
  message: CaptureReadingMessage;
  attempts: number;
  timer: unknown;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

export class Outbox {
  private readonly pending = new Map<string, Entry>();
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {}

  send(key: string, message: CaptureReadingMessage): void {
    if (this.stopped) return;
    const previous = this.pending.get(key);
    if (previous?.timer !== undefined) this.clear(previous.timer);
    const entry: Entry = { key, message, attempts: 0, timer: undefined };
    this.pending.set(key, entry);
    this.attempt(entry);
  }

  /** Stops retrying (the extension was reloaded or the page is going away). */
  stop(): void {
    this.stopped = true;
    for (const entry of this.pending.values()) if (entry.timer !== undefined) this.clear(entry.timer);
    this.pending.clear();
  }

  private attempt(entry: Entry): void {
    entry.timer = undefined;
    entry.attempts++;
    this.options
      .send(entry.message)
      .then((reply) => {
        if (this.pending.get(entry.key) !== entry) return; // a newer reading took its place
        if (reply?.ok) {
          this.pending.delete(entry.key);
        } else if (reply && !reply.ok) {
          this.pending.delete(entry.key);
          this.options.onRejected?.(entry.message, reply.error);
        } else {
          this.retry(entry, 'no reply from the background');
        }
      })
      .catch((error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        if (/Extension context invalidated/i.test(text)) {
          this.stop(); // the extension was updated or removed: this content script is orphaned
          return;
        }
        if (this.pending.get(entry.key) === entry) this.retry(entry, text);
      });
  }

  private retry(entry: Entry, reason: string): void {
    if (this.stopped) return;
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (entry.attempts - 1));
    console.debug(`[Castlist] reading not stored yet (${reason}); retrying in ${delay} ms`);
    entry.timer = (this.options.setTimer ?? ((run, ms) => setTimeout(run, ms)))(() => this.attempt(entry), delay);
  }

  private clear(timer: unknown): void {
    (this.options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)))(timer);
  }
}
