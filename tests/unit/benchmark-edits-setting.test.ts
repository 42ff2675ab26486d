/**
 * The settings key `benchmarks.edits` through the background's own message handler: the panel's benchmark editor
 * sends `settings.set`, and the background stores the value only when it passes benchmarkEditsSchema (SETTING_SCHEMAS
 * in lib/db/settings.ts); a refused value names the key and the field, and the edits stored before stay as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { BENCHMARK_EDITS_KEY, type BenchmarkEdits } from '../../lib/benchmarks/benchmark-edits';
import type { BenchmarkSet } from '../../lib/benchmarks/benchmark-schema';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { SETTING_SCHEMAS, readSetting } from '../../lib/db/settings';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import { openTestDatabase, removeTestDatabase } from './test-database';

let db: CastlistDatabase;
const send = (message: unknown, now = 1_000): Promise<BackgroundReply> => handleBackgroundMessage(message, db, now);

beforeEach(async () => {
  db = await openTestDatabase('benchmark-edits-setting', ['error']);
});

afterEach(() => removeTestDatabase(db));

const own: BenchmarkSet = {
  id: 'agency-2026-instagram',
  version: 1,
  platform: 'instagram',
  source: { name: 'Our agency, 2026 campaigns', citation: 'internal report Q3 2026', year: 2026, note: 'median of our 40 campaigns' },
  formula: { basis: 'followers', statistic: 'median', interactions: 'all', population: 'creators', content: 'sponsored' },
  tiers: [{ name: 'micro', followers: { min: 10_000, max: 100_000 }, typical: 0.021 }],
};
const { source: _source, ...ownWithoutSource } = own;
const edits: BenchmarkEdits = { format: 1, sets: [{ set: own, basedOnVersion: null, editedAt: 900 }], hidden: ['untapper-instagram'] };

describe(`the settings key "${BENCHMARK_EDITS_KEY}"`, () => {
  it('has its schema in SETTING_SCHEMAS', () => {
    expect(Object.keys(SETTING_SCHEMAS)).toContain(BENCHMARK_EDITS_KEY);
  });

  it('stores valid edits through settings.set, and reads them back', async () => {
    expect(await send({ type: 'settings.set', key: BENCHMARK_EDITS_KEY, value: edits }, 5_000)).toEqual({ ok: true, id: BENCHMARK_EDITS_KEY });
    expect(await db.settings.get(BENCHMARK_EDITS_KEY)).toEqual({ key: BENCHMARK_EDITS_KEY, value: edits, updatedAt: 5_000 });
    expect(await readSetting(db, BENCHMARK_EDITS_KEY)).toEqual(edits);
  });

  it.each<[string, unknown, string]>([
    ['a set without a source', { ...edits, sets: [{ set: ownWithoutSource, basedOnVersion: null, editedAt: 1 }] }, 'benchmarks.edits.sets.0.set.source'],
    ['a rate given as a percent string', { ...edits, sets: [{ set: { ...own, tiers: [{ ...own.tiers[0]!, typical: '2.1%' }] }, basedOnVersion: null, editedAt: 1 }] }, 'benchmarks.edits.sets.0.set.tiers.0.typical'],
    ['the same set edited twice', { ...edits, sets: [edits.sets[0], edits.sets[0]] }, 'each benchmark set id may be edited once'],
    ['an unknown format', { ...edits, format: 2 }, 'benchmarks.edits.format'],
  ])('refuses %s, naming the key and the field, and keeps the edits stored before', async (_name, value, named) => {
    await send({ type: 'settings.set', key: BENCHMARK_EDITS_KEY, value: edits }, 5_000);
    const reply = await send({ type: 'settings.set', key: BENCHMARK_EDITS_KEY, value }, 6_000);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain('setting not saved: ');
    expect(reply.ok ? '' : reply.error).toContain(named);
    expect(await db.settings.get(BENCHMARK_EDITS_KEY)).toEqual({ key: BENCHMARK_EDITS_KEY, value: edits, updatedAt: 5_000 });
  });

  it('a stored value that no longer passes the schema is not trusted (the panel shows the published benchmarks)', async () => {
    await db.settings.put({ key: BENCHMARK_EDITS_KEY, value: { format: 1, sets: 'all of them', hidden: [] }, updatedAt: 1 });
    expect(await readSetting(db, BENCHMARK_EDITS_KEY)).toBeNull();
  });
});
