/**
 * The user's own benchmarks, kept in the `settings` table (schema v4) under BENCHMARK_EDITS_KEY, and their merge
 * with the shipped ones. An edit replaces a shipped set of the same id (e.g. the agency's own bands for Instagram),
 * adds a set of its own, or hides a shipped set; it never changes the shipped data, so a later release that fixes a
 * figure still reaches the user, and an edit made against an older version of a set is marked as such.
 *
 * Edited sets pass the same schema as shipped ones: a benchmark without a source, a year (or null, said in the note)
 * and a formula is refused with the schema's message, and whatever was stored before stays as it was.
 */
import * as z from 'zod/mini';
import { type BenchmarkData, type BenchmarkSet, benchmarkSetSchema } from './benchmark-schema';

export const BENCHMARK_EDITS_KEY = 'benchmarks.edits';

export const benchmarkEditsSchema = z
  .object({
    /** The shape of this value; a future shape gets a new number and an upgrade. */
    format: z.literal(1),
    /** User sets: an id of a shipped set replaces it, any other id adds a set. */
    sets: z.array(
      z.object({
        set: benchmarkSetSchema,
        /** The version of the shipped set this edit was made from; null for a set of the user's own. */
        basedOnVersion: z.nullable(z.number().check(z.int(), z.gte(1))),
        editedAt: z.number().check(z.int(), z.nonnegative()),
      }),
    ),
    /** Ids of shipped sets the user does not want to see. */
    hidden: z.array(z.string().check(z.maxLength(100))),
  })
  .check(
    z.refine((edits) => new Set(edits.sets.map((entry) => entry.set.id)).size === edits.sets.length, {
      message: 'each benchmark set id may be edited once',
    }),
  );
export type BenchmarkEdits = z.infer<typeof benchmarkEditsSchema>;

export const NO_BENCHMARK_EDITS: BenchmarkEdits = { format: 1, sets: [], hidden: [] };

export type BenchmarkOrigin = 'shipped' | 'edited' | 'added';

export interface MergedBenchmarkSet extends BenchmarkSet {
  origin: BenchmarkOrigin;
  /** An edit made against an older version of the shipped set: the shipped figures have changed since. */
  shippedChangedSinceEdit: boolean;
}

export interface MergedBenchmarks {
  dataVersion: number;
  sets: MergedBenchmarkSet[];
  /** Shipped sets the user hid, by id. */
  hidden: string[];
}

/** Validates a stored settings value; an error names what is wrong (the caller shows it and keeps shipped data). */
export function parseBenchmarkEdits(value: unknown): { ok: true; edits: BenchmarkEdits } | { ok: false; error: string } {
  if (value === undefined || value === null) return { ok: true, edits: NO_BENCHMARK_EDITS };
  const parsed = benchmarkEditsSchema.safeParse(value);
  if (parsed.success) return { ok: true, edits: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `benchmark edits in settings "${BENCHMARK_EDITS_KEY}" are not valid: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}` };
}

/** Shipped sets in their order, each replaced by its edit where there is one, then the user's own; hidden ones left out. */
export function mergeBenchmarks(shipped: BenchmarkData, edits: BenchmarkEdits = NO_BENCHMARK_EDITS): MergedBenchmarks {
  const editsById = new Map(edits.sets.map((entry) => [entry.set.id, entry]));
  const hidden = new Set(edits.hidden);
  const sets: MergedBenchmarkSet[] = [];
  for (const set of shipped.sets) {
    if (hidden.has(set.id)) continue;
    const edit = editsById.get(set.id);
    sets.push(
      edit
        ? { ...edit.set, origin: 'edited', shippedChangedSinceEdit: edit.basedOnVersion !== set.version }
        : { ...set, origin: 'shipped', shippedChangedSinceEdit: false },
    );
  }
  const shippedIds = new Set(shipped.sets.map((set) => set.id));
  for (const entry of edits.sets) {
    if (!shippedIds.has(entry.set.id)) sets.push({ ...entry.set, origin: 'added', shippedChangedSinceEdit: false });
  }
  return { dataVersion: shipped.version, sets, hidden: shipped.sets.filter((set) => hidden.has(set.id)).map((set) => set.id) };
}
