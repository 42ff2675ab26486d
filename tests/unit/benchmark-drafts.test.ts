/**
 * Editing benchmarks (lib/panel/benchmark-drafts.ts): a set to the form and back unchanged, what the user types
 * turned into rates and counts or refused with the field named, and the edits that saving, hiding and resetting make.
 */
import { describe, expect, test } from 'vitest';
import { benchmarkEditsSchema, mergeBenchmarks, NO_BENCHMARK_EDITS } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import {
  draftOf,
  editsWithHidden,
  editsWithoutSet,
  editsWithSet,
  newSetDraft,
  type SetDraft,
  setOfDraft,
} from '../../lib/panel/benchmark-drafts';

describe('a set to the form and back', () => {
  test.each(BENCHMARK_DATA.sets.map((set) => [set.id, set] as const))('%s comes back unchanged', (_id, set) => {
    expect(setOfDraft(draftOf(set))).toEqual({ ok: true, set });
  });

  test('percentages show as typed numbers, without float noise', () => {
    const set = BENCHMARK_DATA.sets.find((candidate) => candidate.id === 'hypeauditor-laterfohr-2021-instagram')!;
    expect(draftOf(set).tiers[0]!.bands).toEqual([{ label: 'average', min: '1.9', max: '2.2' }]);
  });
});

describe('what the user types', () => {
  const base = (): SetDraft => {
    const draft = newSetDraft('instagram', []);
    draft.sourceName = 'Our agency, 2026 roster';
    draft.citation = 'internal report';
    draft.year = '2026';
    draft.note = 'median ER of the 40 creators we booked in 2026';
    draft.tiers[0]!.bands = [
      { label: 'below', min: '', max: '1,5' },
      { label: 'average', min: '1.5', max: '3 %' },
      { label: 'good', min: '3', max: '' },
    ];
    return draft;
  };

  test('decimal commas, percent signs and thousands separators are understood', () => {
    const draft = base();
    draft.tiers[0]!.followersMin = '10,000';
    draft.tiers[0]!.followersMax = '100 000';
    draft.tiers[0]!.typical = '2,25';
    const result = setOfDraft(draft);
    expect(result.ok).toBe(true);
    const tier = result.ok ? result.set.tiers[0]! : null;
    expect(tier).toEqual({
      name: 'all sizes',
      followers: { min: 10_000, max: 100_000 },
      typical: 0.0225,
      bands: [
        { label: 'below', min: null, max: 0.015 },
        { label: 'average', min: 0.015, max: 0.03 },
        { label: 'good', min: 0.03, max: null },
      ],
    });
  });

  test.each([
    ['no source name', (draft: SetDraft) => (draft.sourceName = ' '), 'Source, name: Too small: expected string to have >=1 characters'],
    ['a year that is not a number', (draft: SetDraft) => (draft.year = 'last year'), 'Year: "last year" is not a number'],
    ['a band that is not a number', (draft: SetDraft) => (draft.tiers[0]!.bands[1]!.max = 'three'), 'Tier 1 (all sizes), average band up to: "three" is not a number'],
    ['half a follower', (draft: SetDraft) => (draft.tiers[0]!.followersMax = '1.5'), 'Tier 1 (all sizes), followers up to: "1.5" is not a whole number'],
    ['a band upside down', (draft: SetDraft) => (draft.tiers[0]!.bands[1] = { label: 'average', min: '3', max: '1' }), 'Tier 1, band 2: a band needs min < max'],
    ['a tier with neither figure nor bands', (draft: SetDraft) => (draft.tiers[0]!.bands = []), 'Tier 1: a tier needs a typical figure or bands'],
  ])('refused: %s', (_case, change, error) => {
    const draft = base();
    change(draft);
    expect(setOfDraft(draft)).toEqual({ ok: false, error });
  });
});

describe('the stored edits', () => {
  const shipped = BENCHMARK_DATA.sets.find((set) => set.id === 'untapper-instagram')!;
  const own = (() => {
    const draft = newSetDraft('instagram', ['own-instagram-1']);
    Object.assign(draft, { sourceName: 'Ours', citation: 'internal', year: '2026', note: 'our bookings' });
    draft.tiers[0]!.typical = '2';
    const result = setOfDraft(draft);
    if (!result.ok) throw new Error(result.error);
    return result.set;
  })();

  test('a new set gets the next free id of its platform', () => {
    expect(own.id).toBe('own-instagram-2');
  });

  test('saving a shipped set replaces it, made from its version; saving again replaces the edit', () => {
    const changed = { ...shipped, source: { ...shipped.source, note: 'our own bands' } };
    const once = editsWithSet(NO_BENCHMARK_EDITS, changed, shipped.version, 1_000.7);
    const twice = editsWithSet(once, changed, shipped.version, 2_000);
    expect(once.sets).toEqual([{ set: changed, basedOnVersion: shipped.version, editedAt: 1_000 }]);
    expect(twice.sets).toHaveLength(1);
    expect(mergeBenchmarks(BENCHMARK_DATA, twice).sets.find((set) => set.id === shipped.id)).toMatchObject({ origin: 'edited', source: { note: 'our own bands' } });
  });

  test('an own set is added, then removed; a shipped set is hidden and shown again', () => {
    const added = editsWithSet(NO_BENCHMARK_EDITS, own, null, 5);
    expect(mergeBenchmarks(BENCHMARK_DATA, added).sets.at(-1)).toMatchObject({ id: 'own-instagram-2', origin: 'added' });
    expect(editsWithoutSet(added, own.id)).toEqual(NO_BENCHMARK_EDITS);
    const hidden = editsWithHidden(added, shipped.id, true);
    expect(mergeBenchmarks(BENCHMARK_DATA, hidden).hidden).toEqual([shipped.id]);
    expect(editsWithHidden(editsWithHidden(hidden, shipped.id, true), shipped.id, false).hidden).toEqual([]);
    for (const edits of [added, hidden]) expect(benchmarkEditsSchema.safeParse(edits).success).toBe(true);
  });
});
