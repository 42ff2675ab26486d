import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import type { PostReading } from '../../lib/reading/reading';
import { captureMessage, watchReading } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const NOW = Date.parse('2026-11-30T12:00:00Z');
let db: CastlistDatabase;

beforeEach(async () => {
  db = await openTestDatabase('messages');
});

afterEach(() => removeTestDatabase(db));

function send(message: unknown): Promise<BackgroundReply> {
  return handleBackgroundMessage(message, db, NOW);
}

async function rowCount(): Promise<number> {
  const counts = await Promise.all(db.tables.map((table) => table.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Rows of every table but reader events: a refused reading leaves one event that says so, and nothing else. */
async function storedRowCount(): Promise<number> {
  return (await rowCount()) - (await db.readerEvents.count());
}

function withPost(change: (post: PostReading) => Record<string, unknown>) {
  const message = captureMessage('visit-1');
  const [post] = message.reading.posts as [PostReading];
  return { ...message, reading: { ...message.reading, posts: [change(post)] } };
}

function expectOk(reply: BackgroundReply): asserts reply is Extract<BackgroundReply, { ok: true }> {
  expect(reply).toMatchObject({ ok: true });
}

function idOf(reply: BackgroundReply): string {
  expectOk(reply);
  if (!reply.id) throw new Error(`reply has no id: ${JSON.stringify(reply)}`);
  return reply.id;
}

describe('handleBackgroundMessage: malformed messages are rejected and store nothing of theirs', () => {
  const valid = captureMessage('visit-1');
  const cases: { name: string; message: unknown; error: RegExp }[] = [
    { name: 'missing type', message: { visitId: 'visit-1', reading: valid.reading }, error: /^invalid message: type: Invalid discriminator value/ },
    { name: 'unknown type', message: { type: 'reading.delete-all' }, error: /^invalid message: type: Invalid discriminator value/ },
    { name: 'not an object', message: 'reading.capture', error: /^invalid message: \(message\): .*expected object, received string/ },
    { name: 'nothing at all', message: undefined, error: /^invalid message: \(message\): .*expected object/ },
    {
      name: 'a count whose min is above its value',
      message: withPost((post) => ({ ...post, metrics: { views: { value: 5, min: 10, max: 20, exact: false, text: '5' } } })),
      error: /reading\.posts\.0\.metrics\.views: a count must lie within its own range/,
    },
    {
      name: 'an exact count with a range',
      message: withPost((post) => ({ ...post, metrics: { likes: { value: 5, min: 4, max: 6, exact: true, text: '5' } } })),
      error: /reading\.posts\.0\.metrics\.likes: an exact count has no range/,
    },
    {
      name: 'a negative count',
      message: withPost((post) => ({ ...post, metrics: { likes: { value: -1, min: -1, max: -1, exact: true, text: '-1' } } })),
      error: /reading\.posts\.0\.metrics\.likes\.value: Too small/,
    },
    {
      name: 'a javascript: page URL',
      message: { ...valid, reading: { ...valid.reading, url: 'javascript:alert(document.cookie)' } },
      error: /reading\.url: Invalid URL/,
    },
    {
      name: 'a javascript: post URL',
      message: withPost((post) => ({ ...post, url: 'javascript:alert(1)' })),
      error: /reading\.posts\.0\.url: Invalid URL/,
    },
    {
      name: 'a 50,000-character caption',
      message: withPost((post) => ({ ...post, caption: 'spam '.repeat(10_000) })),
      error: /reading\.posts\.0\.caption: Too big: expected string to have <=10000 characters/,
    },
    {
      name: 'an unknown platform',
      message: { ...valid, reading: { ...valid.reading, platform: 'myspace' } },
      error: /reading\.platform: Invalid option: expected one of "youtube"\|"tiktok"\|"instagram"\|"x"\|"linkedin"/,
    },
    {
      name: 'a readAt that is not an ISO date',
      message: { ...valid, reading: { ...valid.reading, readAt: 'yesterday' } },
      error: /reading\.readAt: Invalid ISO datetime/,
    },
    { name: 'a capture without visitId', message: { type: 'reading.capture', reading: valid.reading }, error: /visitId: / },
    { name: 'a blank shortlist name', message: { type: 'shortlist.create', name: '   ' }, error: /^invalid message: name: Too small/ },
    {
      name: 'an unknown shortlist status',
      message: { type: 'shortlist.update-entry', entryId: 'e1', status: 'hired' },
      error: /^invalid message: status: Invalid option/,
    },
  ];

  it.each(cases)('$name', async ({ message, error }) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await send(message);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    // Final: no retry flag, so the outbox drops it instead of sending it again.
    expect('retry' in reply).toBe(false);
    expect(await storedRowCount()).toBe(0);
  });

  it('rejects a reading dated in the future with a reason, and stores nothing of it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reply = await send(captureMessage('visit-1', watchReading({ readAt: '2027-01-01T00:00:00Z' })));
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^reading\.capture failed: the reading is dated 2027-01-01T00:00:00Z, after the background's clock/),
    });
    expect(await storedRowCount()).toBe(0);
  });
});

describe('handleBackgroundMessage: reading.capture', () => {
  it('stores a valid reading and replies with what it stored', async () => {
    const reply = await send(captureMessage('visit-1'));
    // The page's badges come with the reply: the content script renders them, it does not compute them.
    expect(reply).toEqual({ ok: true, stored: { creators: 1, posts: 1, snapshots: 2, comments: 2 }, badges: { 'post:dQw4w9WgXcQ': expect.objectContaining({ kind: 'post', text: 'ER 1.3% by views' }) } });
    expect(await db.snapshots.count()).toBe(2);
  });

  it.each([
    { name: 'QuotaExceededError', meaning: "the browser's storage for Castlist is full" },
    { name: 'DatabaseClosedError', meaning: 'the database is closed' },
    { name: 'SomethingNewError', meaning: null },
  ])('replies to a $name with a specific error and logs it with the message type', async ({ name, meaning }) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = Object.assign(new Error('the write failed'), { name });
    vi.spyOn(db, 'transaction').mockRejectedValue(failure);

    const reply = await send(captureMessage('visit-1'));
    const expected = meaning
      ? `reading.capture failed: ${meaning} (${name}: the write failed)`
      : `reading.capture failed: ${name}: the write failed`;
    // Not the reading's fault: the sender keeps it and sends it again.
    expect(reply).toEqual({ ok: false, error: expected, retry: true });
    expect(logged).toHaveBeenCalledWith('[castlist] reading.capture failed; the sender may send it again:', failure);
  });
});

describe('handleBackgroundMessage: shortlists', () => {
  it('creates, renames, fills, edits and empties a shortlist, bumping updatedAt at each change', async () => {
    const listId = idOf(await handleBackgroundMessage({ type: 'shortlist.create', name: '  Outdoor Q3  ' }, db, 1_000));
    expect(await db.shortlists.get(listId)).toEqual({ id: listId, name: 'Outdoor Q3', createdAt: 1_000, updatedAt: 1_000 });

    expectOk(await handleBackgroundMessage({ type: 'shortlist.rename', shortlistId: listId, name: 'Outdoor Q4' }, db, 2_000));
    expect(await db.shortlists.get(listId)).toMatchObject({ name: 'Outdoor Q4', createdAt: 1_000, updatedAt: 2_000 });

    const add = { type: 'shortlist.add', shortlistId: listId, creatorKey: 'youtube:rickastleyyt' };
    const entryId = idOf(await handleBackgroundMessage(add, db, 3_000));
    expect(await db.shortlistEntries.get(entryId)).toEqual({
      id: entryId,
      shortlistId: listId,
      creatorKey: 'youtube:rickastleyyt',
      status: 'candidate',
      notes: '',
      tags: [],
      fields: { rate: null, email: null, agency: null },
      kpisAtAdd: null,
      addedAt: 3_000,
      updatedAt: 3_000,
    });
    expect((await db.shortlists.get(listId))?.updatedAt).toBe(3_000);

    const update = { type: 'shortlist.update-entry', entryId, status: 'contacted', notes: 'Asked for rates' };
    expectOk(await handleBackgroundMessage(update, db, 4_000));
    expect(await db.shortlistEntries.get(entryId)).toMatchObject({ status: 'contacted', notes: 'Asked for rates', addedAt: 3_000, updatedAt: 4_000 });
    expect((await db.shortlists.get(listId))?.updatedAt).toBe(4_000);

    // Notes alone leave the status as it was.
    expectOk(await handleBackgroundMessage({ type: 'shortlist.update-entry', entryId, notes: '' }, db, 4_500));
    expect(await db.shortlistEntries.get(entryId)).toMatchObject({ status: 'contacted', notes: '', updatedAt: 4_500 });

    expectOk(await handleBackgroundMessage({ type: 'shortlist.remove-entry', entryId }, db, 5_000));
    expect(await db.shortlistEntries.count()).toBe(0);
    expect((await db.shortlists.get(listId))?.updatedAt).toBe(5_000);
  });

  it('refuses to add the same creator to a list twice, with an error that says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listId = idOf(await send({ type: 'shortlist.create', name: 'Tech' }));
    const add = { type: 'shortlist.add', shortlistId: listId, creatorKey: 'x:mkbhd' };
    expectOk(await send(add));
    expect(await send(add)).toEqual({ ok: false, error: 'shortlist.add failed: x:mkbhd is already on the shortlist "Tech"' });
    expect(await db.shortlistEntries.count()).toBe(1);
  });

  it('lets one creator be on two different lists', async () => {
    const first = idOf(await send({ type: 'shortlist.create', name: 'A' }));
    const second = idOf(await send({ type: 'shortlist.create', name: 'B' }));
    expectOk(await send({ type: 'shortlist.add', shortlistId: first, creatorKey: 'x:mkbhd' }));
    expectOk(await send({ type: 'shortlist.add', shortlistId: second, creatorKey: 'x:mkbhd' }));
    expect(await db.shortlistEntries.count()).toBe(2);
  });

  it('deletes a list together with its entries, and only its own', async () => {
    const doomed = idOf(await send({ type: 'shortlist.create', name: 'Doomed' }));
    const kept = idOf(await send({ type: 'shortlist.create', name: 'Kept' }));
    for (const creatorKey of ['x:one', 'x:two']) expectOk(await send({ type: 'shortlist.add', shortlistId: doomed, creatorKey }));
    expectOk(await send({ type: 'shortlist.add', shortlistId: kept, creatorKey: 'x:one' }));

    expect(await send({ type: 'shortlist.delete', shortlistId: doomed })).toEqual({ ok: true, id: doomed });
    expect(await db.shortlists.toArray()).toHaveLength(1);
    expect((await db.shortlistEntries.toArray()).map((entry) => entry.shortlistId)).toEqual([kept]);
  });

  it.each([
    { message: { type: 'shortlist.rename', shortlistId: 'nope', name: 'X' }, error: 'shortlist.rename failed: no shortlist with id nope' },
    { message: { type: 'shortlist.delete', shortlistId: 'nope' }, error: 'shortlist.delete failed: no shortlist with id nope' },
    { message: { type: 'shortlist.add', shortlistId: 'nope', creatorKey: 'x:one' }, error: 'shortlist.add failed: no shortlist with id nope' },
    { message: { type: 'shortlist.update-entry', entryId: 'nope', status: 'approved' }, error: 'shortlist.update-entry failed: no shortlist entry with id nope' },
    { message: { type: 'shortlist.remove-entry', entryId: 'nope' }, error: 'shortlist.remove-entry failed: no shortlist entry with id nope' },
    { message: { type: 'shortlist.update-entry', entryId: 'nope' }, error: 'shortlist.update-entry failed: nothing to update: give a status, notes, tags or fields' },
    { message: { type: 'shortlist.update-entry', entryId: 'nope', fields: {} }, error: 'shortlist.update-entry failed: nothing to update: give a status, notes, tags or fields' },
  ])('replies "$error"', async ({ message, error }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await send(message)).toEqual({ ok: false, error });
    expect(await rowCount()).toBe(0);
  });

  it.each(['rickastleyyt', 'myspace:tom', 'youtube:'])('refuses "%s", which is not a creator key', async (creatorKey) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listId = idOf(await send({ type: 'shortlist.create', name: 'Keys' }));
    const reply = await send({ type: 'shortlist.add', shortlistId: listId, creatorKey });
    expect(reply).toEqual({ ok: false, error: `shortlist.add failed: not a creator key: "${creatorKey}" (expected "<platform>:<handle>")` });
    expect(await db.shortlistEntries.count()).toBe(0);
  });
});
