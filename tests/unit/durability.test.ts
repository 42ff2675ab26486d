/**
 * A burst of readings through the real outbox into the real background handler and database (fake-indexeddb),
 * while the service worker is stopped — once right after storing a reading and before replying — and the database
 * is closed under it, twice: every valid reading is stored exactly once, the invalid one is dropped with a reader
 * event that says why, and the outbox ends empty.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { Outbox } from '../../lib/content/outbox';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundReply, CaptureReadingMessage } from '../../lib/messages/background-messages';
import type { Reading } from '../../lib/reading/reading';
import { captureMessage, exact, uniqueDatabaseName, watchReading } from './background-fixtures';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const VISITS = 24;

/**
 * The MV3 service worker as the content script sees it. A message to a stopped worker fails ("Receiving end does not
 * exist") and wakes it, as Chrome does when the listener is not registered yet; a worker stopped while a message is
 * handled never replies ("message port closed"), even when the handler had already stored the reading.
 */
class FakeServiceWorker {
  db: CastlistDatabase | null = null;
  private generation = 0;
  private stopAfterNextStore = false;
  private closeBeforeNextReading = false;
  readonly handled: string[] = [];

  constructor(private readonly name: string) {}

  send = async (message: CaptureReadingMessage): Promise<BackgroundReply | undefined> => {
    await pause();
    if (!this.db) {
      this.wake();
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    const generation = this.generation;
    if (this.closeBeforeNextReading) {
      this.closeBeforeNextReading = false;
      this.db.close(); // closed under the running worker: DatabaseClosedError, which the outbox must retry
    }
    const reply = await handleBackgroundMessage(message, this.db, NOW);
    this.handled.push(`${message.visitId}:${reply.ok ? 'ok' : reply.retry ? 'retry' : 'refused'}`);
    if (reply.ok && this.stopAfterNextStore) {
      this.stopAfterNextStore = false;
      this.stop();
    }
    if (generation !== this.generation) throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    return reply;
  };

  /** A new worker, with its own connection to the database. */
  wake(): CastlistDatabase {
    if (!this.db) {
      this.db = new CastlistDatabase(this.name);
      void this.db.open();
    }
    return this.db;
  }

  /** Chrome stops an idle worker (or DevTools does): the database connection goes with it. */
  stop(): void {
    this.generation++;
    this.db?.close();
    this.db = null;
  }

  /**
   * The database closes under the running worker just as the next reading reaches it — whichever worker that is:
   * on a loaded machine a worker may be stopped or replaced before any reading meets a database closed at a set time.
   */
  closeTheDatabaseUnderTheNextReading(): void {
    this.closeBeforeNextReading = true;
  }

  /** The next reading is stored, and then the worker stops before its reply leaves. */
  stopRightAfterTheNextStore(): void {
    this.stopAfterNextStore = true;
  }
}

const pause = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function visitReading(visit: number, reread: boolean): Reading {
  const base = watchReading();
  const [post] = base.posts;
  const id = `burst${String(visit).padStart(6, '0')}`;
  return {
    ...base,
    url: `https://www.youtube.com/watch?v=${id}`,
    // A re-read of the visit, a second later, as the page fills in: its point replaces the first one's.
    readAt: new Date(NOW - 60_000 + visit * 2_000 + (reread ? 1_000 : 0)).toISOString(),
    posts: [{ ...post!, id, url: `https://www.youtube.com/watch?v=${id}`, metrics: { views: exact(1_000 + visit), ...(reread ? { likes: exact(visit) } : {}) } }],
    comments: [{ id: `comment-${visit}`, postId: id, author: `viewer${visit}`, text: `Comment on ${id}` }],
  };
}

let worker: FakeServiceWorker | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  const name = (worker as unknown as { name: string } | null)?.name;
  worker?.stop();
  if (name) await Dexie.delete(name);
});

describe('a burst of readings while the worker stops and the database closes', () => {
  test('every valid reading stored exactly once, the invalid one dropped and recorded, nothing left waiting', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const name = uniqueDatabaseName('durability');
    worker = new FakeServiceWorker(name);
    const running = worker;
    const rejected: string[] = [];
    // The outbox's real rounds, 10 times faster (ten rounds still span six seconds: a slow machine is no outage).
    const outbox = new Outbox({
      send: running.send,
      setTimer: (run, ms) => setTimeout(run, ms / 10),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      onRejected: (message, error) => rejected.push(`${message.visitId}: ${error}`),
    });

    const invalid = captureMessage('visit-invalid', watchReading({ url: 'https://www.youtube.com/watch?v=invalid0001' }));
    (invalid.reading.posts[0]!.metrics.views as { min: number }).min = 10_000_000_000; // min above value

    for (let visit = 0; visit < VISITS; visit++) {
      const visitId = `visit-${visit}`;
      outbox.send(`${visitId}:0`, captureMessage(visitId, visitReading(visit, false)));
      if (visit % 3 === 0) outbox.send(`${visitId}:1`, captureMessage(visitId, visitReading(visit, true)));
      if (visit === 4) running.stopRightAfterTheNextStore();
      if (visit === 9) running.stop(); // with readings in flight
      if (visit === 12) outbox.send('visit-invalid:0', invalid);
      if (visit === 14) running.closeTheDatabaseUnderTheNextReading();
      if (visit === 16) running.stop();
      if (visit === 18) running.db?.close({ disableAutoOpen: false }); // the browser closed the connection: Dexie reopens
      await pause(visit % 4);
      if (visit === 15) running.stop(); // the worker of the closed database is replaced by a new one
    }
    for (let waited = 0; outbox.size() > 0 && waited < 2_000; waited++) await pause(10);
    expect(outbox.size()).toBe(0);

    // The failures did happen: refusals of the moment and lost replies, then retries.
    expect(running.handled.some((entry) => entry.endsWith(':retry'))).toBe(true);

    const db = new CastlistDatabase(name);
    await db.open();
    try {
      for (let visit = 0; visit < VISITS; visit++) {
        const postEntity = `post:youtube:burst${String(visit).padStart(6, '0')}`;
        const points = await db.snapshots.where('[entityKey+readAt]').between([postEntity, Dexie.minKey], [postEntity, Dexie.maxKey]).toArray();
        // Exactly one point per visit, and it is the visit's newest read.
        expect(points, postEntity).toHaveLength(1);
        expect(points[0]!.counts.likes?.value, postEntity).toBe(visit % 3 === 0 ? visit : undefined);
      }
      const channelPoints = await db.snapshots.where('entityKey').equals('creator:youtube:rickastleyyt').count();
      expect(channelPoints).toBe(VISITS);
      expect(await db.snapshots.count()).toBe(2 * VISITS);
      expect(await db.posts.count()).toBe(VISITS);
      // One comment per visit, however often its reading was sent.
      expect(await db.comments.count()).toBe(VISITS);
      // Each visit's events once: its "found" summary and the fixture's one problem — no duplicates from retries.
      const events = await db.readerEvents.toArray();
      const perVisit = new Map<string, number>();
      for (const event of events) if (event.visitId) perVisit.set(event.visitId, (perVisit.get(event.visitId) ?? 0) + 1);
      expect([...perVisit.values()]).toEqual(Array.from({ length: VISITS }, () => 2));

      // The invalid reading: dropped, reported to the page's script, recorded once for reader health.
      expect(await db.posts.get('youtube:invalid0001')).toBeUndefined();
      expect(rejected).toEqual([expect.stringMatching(/^visit-invalid: invalid message: reading\.posts\.0\.metrics\.views: a count must lie within its own range/)]);
      expect(events.filter((event) => event.code === 'rejected')).toEqual([
        expect.objectContaining({ field: 'reading', reader: 'youtube.watch', pageUrl: 'https://www.youtube.com/watch?v=invalid0001' }),
      ]);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('a refused reading whose reader event cannot be stored yet', () => {
  test('is asked for again (retry), then refused and recorded once when the database is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const name = uniqueDatabaseName('refused-unrecorded');
    const db = new CastlistDatabase(name);
    await db.open();
    const invalid = captureMessage('visit-invalid', watchReading({ url: 'https://www.youtube.com/watch?v=invalid0002' }));
    (invalid.reading.posts[0]!.metrics.views as { min: number }).min = 10_000_000_000; // min above value
    try {
      db.close(); // the worker's database closing under it: the event cannot be written
      const first = await handleBackgroundMessage(invalid, db, Date.now());
      expect(first).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: .*\(not recorded yet\)$/), retry: true });

      await db.open();
      const second = await handleBackgroundMessage(invalid, db, Date.now());
      expect(second).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: reading\.posts\.0\.metrics\.views: a count must lie within its own range/) });
      expect(second).not.toHaveProperty('retry');
      const third = await handleBackgroundMessage(invalid, db, Date.now());
      expect(third).toEqual(second);
      expect((await db.readerEvents.toArray()).filter((event) => event.code === 'rejected')).toEqual([
        expect.objectContaining({ field: 'reading', reader: 'youtube.watch', pageUrl: 'https://www.youtube.com/watch?v=invalid0002' }),
      ]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
