/**
 * Readings on their way to the background. A reading stays here until the background acknowledges it: an MV3
 * service worker can be stopped at any moment, and a message to a stopping worker fails. Retries back off; a newer
 * reading of the same visit replaces the older one still waiting. A reply of {ok: false} is final (the background
 * refused the reading as invalid; sending it again would not change that) and is reported.
 */
import type { BackgroundReply, CaptureReadingMessage } from '../messages/background-messages';

export type SendMessage = (message: CaptureReadingMessage) => Promise<BackgroundReply | undefined>;

export interface OutboxOptions {
  send: SendMessage;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  onRejected?: (message: CaptureReadingMessage, error: string) => void;
  onStored?: (message: CaptureReadingMessage) => void;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

export class Outbox {
  private readonly pending = new Map<string, { message: CaptureReadingMessage; attempts: number; timer: unknown }>();
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {}

  get size(): number {
    return this.pending.size;
  }

  send(message: CaptureReadingMessage): void {
    if (this.stopped) return;
    const previous = this.pending.get(message.visitId);
    if (previous?.timer !== undefined) this.clear(previous.timer);
    const entry = { message, attempts: 0, timer: undefined as unknown };
    this.pending.set(message.visitId, entry);
    this.attempt(entry);
  }

  /** Stops retrying (the extension was reloaded or the page is going away). */
  stop(): void {
    this.stopped = true;
    for (const entry of this.pending.values()) if (entry.timer !== undefined) this.clear(entry.timer);
    this.pending.clear();
  }

  private attempt(entry: { message: CaptureReadingMessage; attempts: number; timer: unknown }): void {
    entry.timer = undefined;
    entry.attempts++;
    this.options
      .send(entry.message)
      .then((reply) => {
        if (this.pending.get(entry.message.visitId) !== entry) return; // a newer reading took its place
        if (reply?.ok) {
          this.pending.delete(entry.message.visitId);
          this.options.onStored?.(entry.message);
        } else if (reply && !reply.ok) {
          this.pending.delete(entry.message.visitId);
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
        if (this.pending.get(entry.message.visitId) === entry) this.retry(entry, text);
      });
  }

  private retry(entry: { message: CaptureReadingMessage; attempts: number; timer: unknown }, reason: string): void {
    if (this.stopped) return;
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (entry.attempts - 1));
    console.debug(`[Castlist] reading not stored yet (${reason}); retrying in ${delay} ms`);
    entry.timer = (this.options.setTimer ?? ((run, ms) => setTimeout(run, ms)))(() => this.attempt(entry), delay);
  }

  private clear(timer: unknown): void {
    (this.options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)))(timer);
  }
}
