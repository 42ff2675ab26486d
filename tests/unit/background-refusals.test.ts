/**
 * Refused or not stored: the background tells a reading it refuses (final, and a reader event says why) from one it
 * could not store this time (retry: true, nothing written), and a full disk from everything else (compaction starts,
 * and reader health says the storage is full until a reading of that reader is stored again).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { StorageMaintenance } from '../../lib/background/storage-maintenance';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { degradedReaders, describeDegradation } from '../../lib/health/reader-health';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import type { PostReading } from '../../lib/reading/reading';
import { captureMessage, uniqueDatabaseName, watchReading } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const NOW = Date.parse('2026-11-30T12:00:00Z');
let db: CastlistDatabase;

beforeEach(async () => {
  db = await openTestDatabase('refusals', ['warn', 'info']);
});

afterEach(() => removeTestDatabase(db));

const badCount = () => {
  const message = captureMessage('visit-1');
  const [post] = message.reading.posts as [PostReading];
  return { ...message, reading: { ...message.reading, posts: [{ ...post, metrics: { views: { value: 5, min: 10, max: 20, exact: false, text: '5' } } }] } };
};

describe('a refused reading is dropped, and a reader event says so', () => {
  it('a reading that fails the schema: one "rejected" event of its reader, with the reason, and nothing else', async () => {
    const reply = await handleBackgroundMessage(badCount(), db, NOW);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: reading\.posts\.0\.metrics\.views: a count must lie within its own range/) });
    const events = await db.readerEvents.toArray();
    expect(events).toEqual([
      {
        id: expect.any(Number),
        platform: 'youtube',
        surface: 'post',
        reader: 'youtube.watch',
        field: 'reading',
        outcome: 'missed',
        code: 'rejected',
        detail: (reply as { error: string }).error,
        at: Date.parse(watchReading().readAt), // the reading's time: the same reading sent again is recorded once
        pageUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      },
    ]);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
  });

  it('a reading the ingest refuses (dated in the future): the same kind of event', async () => {
    const reply = await handleBackgroundMessage(captureMessage('visit-1', watchReading({ readAt: '2027-01-01T00:00:00Z' })), db, NOW);
    expect(reply.ok).toBe(false);
    expect(await db.readerEvents.toArray()).toEqual([
      expect.objectContaining({ reader: 'youtube.watch', field: 'reading', code: 'rejected', detail: expect.stringContaining('dated 2027-01-01T00:00:00Z') }),
    ]);
  });

  it('reader health shows the refusal until a reading of that reader is stored again', async () => {
    await handleBackgroundMessage(badCount(), db, NOW);
    const [health] = degradedReaders(await db.readerEvents.toArray());
    expect(health).toMatchObject({ reader: 'youtube.watch', degradedSince: Date.parse(watchReading().readAt) });
    expect(describeDegradation(health!)).toBe('reading rejected as invalid');

    // A later valid reading of the same reader is stored: healed.
    expect(await handleBackgroundMessage(captureMessage('visit-2', watchReading({ readAt: '2026-11-30T12:05:00.000Z' })), db, NOW + 600_000)).toMatchObject({ ok: true });
    expect(degradedReaders(await db.readerEvents.toArray()).filter((reader) => reader.fields.some((field) => field.field === 'reading'))).toEqual([]);
    // The record of the refusal stays (a new visit's events never replace it).
    expect(await db.readerEvents.where('[platform+outcome+at]').equals(['youtube', 'missed', Date.parse(watchReading().readAt)]).count()).toBe(1);
  });

  it('the same refused reading sent again (its reply was lost) is recorded once', async () => {
    await handleBackgroundMessage(badCount(), db, NOW);
    await handleBackgroundMessage(badCount(), db, NOW + 1_000);
    expect(await db.readerEvents.count()).toBe(1);
  });

  it.each([
    ['a message that is not a reading', { type: 'shortlist.create', name: '' }],
    ['a reading of no known platform', { type: 'reading.capture', visitId: 'v', reading: { platform: 'myspace', url: 'https://myspace.com/' } }],
    ['garbage', 42],
  ])('%s: refused, logged, no event (nothing to attribute it to)', async (_name, message) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleBackgroundMessage(message, db, NOW);
    expect(reply).toMatchObject({ ok: false });
    expect('retry' in reply).toBe(false);
    expect(await db.readerEvents.count()).toBe(0);
    if (typeof message === 'object' && message.type === 'reading.capture') expect(logged).toHaveBeenCalled();
  });

  it('a refused reading keeps its hostile URL and reason as inert, bounded text', async () => {
    const message = badCount();
    const url = `https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=${'<script>'.repeat(400)}`;
    await handleBackgroundMessage({ ...message, reading: { ...message.reading, url } }, db, NOW);
    const [event] = await db.readerEvents.toArray();
    expect(event!.pageUrl.length).toBeLessThanOrEqual(2_000);
    expect(event!.detail!.length).toBeLessThanOrEqual(2_000);
  });
});

describe('a reading that could not be stored this time is no refusal: retry, and nothing half-written', () => {
  it.each(['DatabaseClosedError', 'AbortError', 'UnknownError', 'InvalidStateError', 'TimeoutError'])('%s → retry: true', async (name) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(Object.assign(new Error('the write failed'), { name }));
    const reply = await handleBackgroundMessage(captureMessage('visit-1'), db, NOW);
    expect(reply).toMatchObject({ ok: false, retry: true });
    expect(await db.readerEvents.count()).toBe(0); // not a refusal: no event
    // Sent again, it is stored, once.
    expect(await handleBackgroundMessage(captureMessage('visit-1'), db, NOW)).toMatchObject({ ok: true });
    expect(await db.snapshots.count()).toBe(2);
  });

  it('a database closed under the background: retry, and stored once it is open again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db.close();
    const reply = await handleBackgroundMessage(captureMessage('visit-1'), db, NOW);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('DatabaseClosedError'), retry: true });
    await db.open();
    expect(await handleBackgroundMessage(captureMessage('visit-1'), db, NOW)).toMatchObject({ ok: true });
  });
});

describe('a full disk', () => {
  it.each([
    ['thrown as is', () => new DOMException('Quota exceeded', 'QuotaExceededError')],
    ['as the cause of an aborted transaction', () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('Quota exceeded', 'QuotaExceededError') })],
    ['as the failure of a bulk write', () => Object.assign(new Error('1 of 3 operations failed'), { name: 'BulkError', failures: [new DOMException('Quota exceeded', 'QuotaExceededError')] })],
  ])('is recognised %s: retry, and compaction is asked for', async (_name, failure) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storageFull = vi.fn(async () => undefined);
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(failure());
    const reply = await handleBackgroundMessage(captureMessage('visit-1'), db, NOW, { maintenance: { storageFull } as unknown as StorageMaintenance });
    expect(reply).toMatchObject({ ok: false, retry: true });
    expect(storageFull).toHaveBeenCalledWith(expect.objectContaining({ field: 'storage', code: 'storage-full', reader: 'youtube.watch' }));
  });

  it('another failure asks for no compaction', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storageFull = vi.fn(async () => undefined);
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(Object.assign(new Error('Transaction aborted'), { name: 'AbortError' }));
    await handleBackgroundMessage(captureMessage('visit-1'), db, NOW, { maintenance: { storageFull } as unknown as StorageMaintenance });
    expect(storageFull).not.toHaveBeenCalled();
  });

  /** A database whose writes of readings fail with QuotaExceededError while `full` is true, as a browser at its quota does. */
  function fullWhile(target: CastlistDatabase, full: () => boolean) {
    target.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              full() && request.type !== 'delete' && name === 'snapshots'
                ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
                : table.mutate(request),
          };
        },
      }),
    });
  }

  it('retries the reading, compacts at once, and says "storage full" in reader health until a reading is stored', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let full = true;
    const name = uniqueDatabaseName('quota');
    const quotaDb = new CastlistDatabase(name);
    fullWhile(quotaDb, () => full);
    await quotaDb.open();
    const maintenance = new StorageMaintenance(quotaDb, { now: () => NOW });
    const compact = vi.spyOn(quotaDb.maintenance, 'put');
    try {
      const reply: BackgroundReply = await handleBackgroundMessage(captureMessage('visit-1'), quotaDb, NOW, { maintenance });
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^reading\.capture failed: the browser's storage for Castlist is full/), retry: true });
      // One transaction per reading: nothing of it was written.
      expect(await quotaDb.posts.count()).toBe(0);
      expect(await quotaDb.comments.count()).toBe(0);
      await maintenance.idle();
      expect(compact).toHaveBeenCalled(); // compaction ran and recorded its run
      const events = await quotaDb.readerEvents.toArray();
      expect(events).toEqual([expect.objectContaining({ reader: 'youtube.watch', field: 'storage', code: 'storage-full', at: Date.parse(watchReading().readAt) })]);
      expect(describeDegradation(degradedReaders(events)[0]!)).toBe('storage full');

      // Room again: the retried reading is stored, and reader health heals.
      full = false;
      expect(await handleBackgroundMessage(captureMessage('visit-1'), quotaDb, NOW, { maintenance })).toMatchObject({ ok: true });
      expect(degradedReaders(await quotaDb.readerEvents.toArray()).filter((reader) => reader.fields.some((field) => field.field === 'storage'))).toEqual([]);
    } finally {
      await maintenance.idle();
      await quotaDb.delete();
    }
  });
});
