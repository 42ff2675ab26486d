/**
 * Editing benchmarks in the panel, as plain data: a benchmark set as the form shows it (percentages and counts as
 * the user types them), back to a set checked by the benchmark schema, and the changes to the stored edits (settings
 * key `benchmarks.edits`) that saving, hiding and resetting make. The panel sends the result to the background,
 * which checks it again before it stores anything.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { BenchmarkEdits } from '../benchmarks/benchmark-edits';
import { benchmarkEditsSchema } from '../benchmarks/benchmark-edits';
import { type BandLabel, type BenchmarkFormula, type BenchmarkSet, benchmarkSetSchema } from '../benchmarks/benchmark-schema';
import type { Platform } from '../reading/reading';

// zod/mini ships no messages ("Invalid input" for everything): the English ones tell the user what to fix.
z.config(en());

export interface BandDraft {
  label: BandLabel;
  /** Percentages as typed ("1.5"); empty for no bound. */
  min: string;
  max: string;
}

export interface TierDraft {
  name: string;
  followersMin: string;
  /** Empty for no upper bound. */
  followersMax: string;
  /** A percentage as typed; empty when the source gives none. */
  typical: string;
  bands: BandDraft[];
}

export interface SetDraft {
  id: string;
  version: number;
  platform: Platform;
  sourceName: string;
  citation: string;
  /** Empty for an undated source (the note must then say so). */
  year: string;
  note: string;
  formula: BenchmarkFormula;
  tiers: TierDraft[];
}

/** Percent shown with up to 4 decimals and no float noise: 0.0178 → "1.78". */
function percentField(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '' : String(Number((rate * 100).toFixed(4)));
}

export function draftOf(set: BenchmarkSet): SetDraft {
  return {
    id: set.id,
    version: set.version,
    platform: set.platform,
    sourceName: set.source.name,
    citation: set.source.citation,
    year: set.source.year === null ? '' : String(set.source.year),
    note: set.source.note,
    formula: { ...set.formula },
    tiers: set.tiers.map((tier) => ({
      name: tier.name,
      followersMin: String(tier.followers.min),
      followersMax: tier.followers.max === null ? '' : String(tier.followers.max),
      typical: percentField(tier.typical),
      bands: (tier.bands ?? []).map((band) => ({ label: band.label, min: percentField(band.min), max: percentField(band.max) })),
    })),
  };
}

/** A new set of the user's own for a platform: one tier for every size, three bands to fill in. */
export function newSetDraft(platform: Platform, takenIds: readonly string[]): SetDraft {
  let index = 1;
  while (takenIds.includes(`own-${platform}-${index}`)) index += 1;
  return {
    id: `own-${platform}-${index}`,
    version: 1,
    platform,
    sourceName: '',
    citation: '',
    year: '',
    note: '',
    formula: { basis: 'followers', statistic: 'median', interactions: 'all', population: 'creators', content: 'all' },
    tiers: [
      {
        name: 'all sizes',
        followersMin: '0',
        followersMax: '',
        typical: '',
        bands: [
          { label: 'below', min: '', max: '' },
          { label: 'average', min: '', max: '' },
          { label: 'good', min: '', max: '' },
        ],
      },
    ],
  };
}

class DraftError extends Error {}

function parseNumber(text: string, what: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace(/%$/, '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new DraftError(`${what}: "${text}" is not a number`);
  return value;
}

function percentOf(text: string, what: string): number | null {
  const value = parseNumber(text, what);
  return value === null ? null : Number((value / 100).toPrecision(12));
}

function countOf(text: string, what: string): number | null {
  const value = parseNumber(text.replace(/[\s,._'](?=\d{3}\b)/g, ''), what);
  if (value !== null && !Number.isInteger(value)) throw new DraftError(`${what}: "${text}" is not a whole number`);
  return value;
}

/** The set the draft describes, checked by the benchmark schema; or what is wrong, in words. */
export function setOfDraft(draft: SetDraft): { ok: true; set: BenchmarkSet } | { ok: false; error: string } {
  let candidate: unknown;
  try {
    const year = parseNumber(draft.year, 'Year');
    candidate = {
      id: draft.id,
      version: draft.version,
      platform: draft.platform,
      source: { name: draft.sourceName, citation: draft.citation, year, note: draft.note },
      formula: draft.formula,
      tiers: draft.tiers.map((tier, index) => {
        const where = `Tier ${index + 1} (${tier.name || 'unnamed'})`;
        const typical = percentOf(tier.typical, `${where}, typical figure`);
        return {
          name: tier.name,
          followers: { min: countOf(tier.followersMin, `${where}, followers from`) ?? 0, max: countOf(tier.followersMax, `${where}, followers up to`) },
          ...(typical === null ? {} : { typical }),
          ...(tier.bands.length
            ? {
                bands: tier.bands.map((band) => ({
                  label: band.label,
                  min: percentOf(band.min, `${where}, ${band.label} band from`),
                  max: percentOf(band.max, `${where}, ${band.label} band up to`),
                })),
              }
            : {}),
        };
      }),
    };
  } catch (error) {
    if (error instanceof DraftError) return { ok: false, error: error.message };
    throw error;
  }
  const parsed = benchmarkSetSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, set: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${describePath(issue.path)}: ${issue.message}` };
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  citation: 'citation',
  year: 'year',
  note: 'note',
  typical: 'typical figure',
  bands: 'bands',
  min: 'from',
  max: 'up to',
  followers: 'followers',
};

/** "source.name" → "Source: name"; "tiers.0.bands.1.min" → "Tier 1, band 2: from". */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const key = path[index];
    const next = path[index + 1];
    if ((key === 'tiers' || key === 'bands') && typeof next === 'number') {
      parts.push(`${key === 'tiers' ? 'Tier' : 'band'} ${next + 1}`);
      index += 1;
    } else if (key === 'source') parts.push('Source');
    else if (key === 'formula') parts.push('Formula');
    else parts.push(FIELD_WORDS[String(key)] ?? String(key));
  }
  return parts.join(', ') || 'Benchmark';
}

function checked(edits: BenchmarkEdits): BenchmarkEdits {
  return benchmarkEditsSchema.parse(edits);
}

/** The edits with `set` saved: replacing a shipped set (basedOnVersion: its version) or adding one of the user's own. */
export function editsWithSet(edits: BenchmarkEdits, set: BenchmarkSet, basedOnVersion: number | null, now: number): BenchmarkEdits {
  const others = edits.sets.filter((entry) => entry.set.id !== set.id);
  return checked({ ...edits, sets: [...others, { set, basedOnVersion, editedAt: Math.floor(now) }] });
}

/** The edits without the user's version of a set: a shipped set goes back to its shipped figures, an own set goes. */
export function editsWithoutSet(edits: BenchmarkEdits, setId: string): BenchmarkEdits {
  return checked({ ...edits, sets: edits.sets.filter((entry) => entry.set.id !== setId) });
}

export function editsWithHidden(edits: BenchmarkEdits, setId: string, hidden: boolean): BenchmarkEdits {
  const rest = edits.hidden.filter((id) => id !== setId);
  return checked({ ...edits, hidden: hidden ? [...rest, setId] : rest });
}
