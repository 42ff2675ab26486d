/**
 * The v4 shortlist and settings messages: entries carry tags, the user's own fields and the KPIs frozen when added;
 * a LinkedIn company is added by its own key; settings are stored only when their value passes its key's schema.
 * Every refusal says what is wrong and changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { DEFAULT_RETENTION } from '../../lib/db/retention-policy';
import { readSetting, retentionSettings } from '../../lib/db/settings';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import { idOf } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

let db: CastlistDatabase;
const send = (message: unknown, now = 1_000): Promise<BackgroundReply> => handleBackgroundMessage(message, db, now);

beforeEach(async () => {
  db = await openTestDatabase('shortlist-v4', ['warn', 'error']);
});

afterEach(() => removeTestDatabase(db));

async function newEntry(creatorKey = 'linkedin:company:acme-sample', extra: Record<string, unknown> = {}): Promise<string> {
  const listId = idOf(await send({ type: 'shortlist.create', name: 'B2B' }));
  return idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey, ...extra }));
}

describe('shortlist entries (v4)', () => {
  it('adds a LinkedIn company by its company key, beside the person with the same slug', async () => {
    const listId = idOf(await send({ type: 'shortlist.create', name: 'B2B' }));
    idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: 'linkedin:company:acme-sample' }));
    idOf(await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: 'linkedin:acme-sample' }));
    expect((await db.shortlistEntries.toArray()).map((entry) => entry.creatorKey).sort()).toEqual(['linkedin:acme-sample', 'linkedin:company:acme-sample']);
  });

  it('stores the KPIs given when adding as they were given, frozen', async () => {
    const kpis = { er: { value: 0.041, min: 0.04, max: 0.042 }, tier: 'mid', posts: 12, note: null };
    const entryId = await newEntry('youtube:castlistsamples', { kpisAtAdd: kpis });
    expect((await db.shortlistEntries.get(entryId))?.kpisAtAdd).toEqual(kpis);
  });

  it.each([
    ['a number that JSON cannot hold', { er: Number.NaN }, /kpisAtAdd/],
    ['a value that is no JSON', { when: new Date(0) }, /kpisAtAdd/],
    ['more than 50,000 characters', { blob: 'x'.repeat(50_001) }, /kpisAtAdd: too big/],
  ])('refuses kpisAtAdd with %s, adding nothing', async (_name, kpisAtAdd, error) => {
    const listId = idOf(await send({ type: 'shortlist.create', name: 'B2B' }));
    const reply = await send({ type: 'shortlist.add', shortlistId: listId, creatorKey: 'x:mkbhd', kpisAtAdd });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it('the new statuses; the old ones are refused', async () => {
    const entryId = await newEntry();
    for (const status of ['contacted', 'negotiating', 'approved', 'rejected', 'candidate']) {
      expect(await send({ type: 'shortlist.update-entry', entryId, status })).toMatchObject({ ok: true });
      expect((await db.shortlistEntries.get(entryId))?.status).toBe(status);
    }
    for (const status of ['booked', 'declined']) {
      expect(await send({ type: 'shortlist.update-entry', entryId, status })).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: status: Invalid option/) });
    }
  });

  it('tags replace the entry\'s tags: trimmed, each once whatever its case, in the order given', async () => {
    const entryId = await newEntry();
    await send({ type: 'shortlist.update-entry', entryId, tags: [' travel ', 'B2B', 'b2b', 'Travel', 'fr'] }, 2_000);
    expect(await db.shortlistEntries.get(entryId)).toMatchObject({ tags: ['travel', 'B2B', 'fr'], updatedAt: 2_000 });
    await send({ type: 'shortlist.update-entry', entryId, tags: [] });
    expect((await db.shortlistEntries.get(entryId))?.tags).toEqual([]);
  });

  it('fields change only those given; an empty text or null clears one; the others stay', async () => {
    const entryId = await newEntry();
    await send({ type: 'shortlist.update-entry', entryId, fields: { rate: ' 1,200 EUR per reel ', email: 'press@acme.example', agency: 'Acme Talent' } });
    expect((await db.shortlistEntries.get(entryId))?.fields).toEqual({ rate: '1,200 EUR per reel', email: 'press@acme.example', agency: 'Acme Talent' });
    await send({ type: 'shortlist.update-entry', entryId, fields: { rate: '', agency: null } });
    expect((await db.shortlistEntries.get(entryId))?.fields).toEqual({ rate: null, email: 'press@acme.example', agency: null });
    // Status and notes are left as they were.
    expect(await db.shortlistEntries.get(entryId)).toMatchObject({ status: 'candidate', notes: '' });
  });

  it.each([
    ['an email that is not one', { fields: { email: 'not an address' } }, /fields\.email: not an email address/],
    ['a 301-character rate', { fields: { rate: 'x'.repeat(301) } }, /fields\.rate: Too big/],
    ['an empty tag', { tags: [''] }, /tags\.0: Too small/],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, index) => `t${index}`) }, /tags: Too big/],
  ])('refuses %s with a reason, changing nothing', async (_name, change, error) => {
    const entryId = await newEntry();
    const before = await db.shortlistEntries.get(entryId);
    expect(await send({ type: 'shortlist.update-entry', entryId, ...change })).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await db.shortlistEntries.get(entryId)).toEqual(before);
  });
});

describe('settings', () => {
  const retention = { fullDetailDays: 14, dailyDays: 180, readerEventDays: 60, commentDays: 730 };

  it('stores a valid setting, and reads it back', async () => {
    expect(await send({ type: 'settings.set', key: 'retention', value: retention }, 5_000)).toEqual({ ok: true, id: 'retention' });
    expect(await db.settings.get('retention')).toEqual({ key: 'retention', value: retention, updatedAt: 5_000 });
    expect(await retentionSettings(db)).toEqual(retention);
  });

  it('without a stored value, the default applies; reset goes back to it', async () => {
    expect(await retentionSettings(db)).toEqual(DEFAULT_RETENTION);
    await send({ type: 'settings.set', key: 'retention', value: retention });
    expect(await send({ type: 'settings.reset', key: 'retention' })).toEqual({ ok: true, id: 'retention' });
    expect(await db.settings.count()).toBe(0);
    expect(await retentionSettings(db)).toEqual(DEFAULT_RETENTION);
  });

  it.each([
    [{ ...retention, dailyDays: 7 }, 'setting not saved: retention.dailyDays: dailyDays must be at least fullDetailDays'],
    [{ ...retention, readerEventDays: 3 }, 'setting not saved: retention.readerEventDays: Too small'],
    [{ ...retention, fullDetailDays: 1.5 }, 'setting not saved: retention.fullDetailDays: '],
    [{ fullDetailDays: 7 }, 'setting not saved: retention.dailyDays: '],
  ])('refuses %j with the key, the field and the problem, storing nothing', async (value, error) => {
    const reply = await send({ type: 'settings.set', key: 'retention', value });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.startsWith(`settings.set failed: ${error}`)).toBe(true);
    expect(!reply.ok && 'retry' in reply).toBe(false);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses an unknown key', async () => {
    expect(await send({ type: 'settings.set', key: 'theme', value: 'dark' })).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: key: Invalid option: expected one of "retention"\|"campaigns.reminderDays"\|"benchmarks.edits"\|"shortlists.lastUsed"$/) });
  });

  it('a stored value that no longer passes its schema is not trusted: the default applies, and it is logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await db.settings.put({ key: 'retention', value: { fullDetailDays: 'seven' }, updatedAt: 1 });
    expect(await readSetting(db, 'retention')).toBeNull();
    expect(await retentionSettings(db)).toEqual(DEFAULT_RETENTION);
    expect(logged).toHaveBeenCalled();
  });
});
