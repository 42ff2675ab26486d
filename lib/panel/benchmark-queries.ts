/**
 * The benchmarks the panel compares with: the shipped sets merged with the user's edits from the settings table
 * (lib/benchmarks/benchmark-edits.ts). Stored edits are checked again when read (they may come from another
 * version of Castlist); edits that fail their schema are not used, and the panel says why instead of guessing.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import { BENCHMARK_EDITS_KEY, type BenchmarkEdits, type MergedBenchmarks, mergeBenchmarks, NO_BENCHMARK_EDITS, parseBenchmarkEdits } from '../benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../benchmarks/shipped-benchmarks';

export interface PanelBenchmarks {
  merged: MergedBenchmarks;
  /** The edits as stored (what an edit in the panel starts from). */
  edits: BenchmarkEdits;
  /** Why the stored edits were not used; null when they were (or there are none). */
  problem: string | null;
}

export function panelBenchmarks(stored: unknown): PanelBenchmarks {
  const parsed = parseBenchmarkEdits(stored);
  if (!parsed.ok) return { merged: mergeBenchmarks(BENCHMARK_DATA), edits: NO_BENCHMARK_EDITS, problem: parsed.error };
  return { merged: mergeBenchmarks(BENCHMARK_DATA, parsed.edits), edits: parsed.edits, problem: null };
}

/**
 * The stored edits as they are (null when none). A plain promise chain, not an async function: the casting card reads
 * it inside its one read transaction (use-creator-casting.ts), where native awaits in nested functions are avoided.
 */
export function benchmarkEditsValue(db: CastlistDatabase): Promise<unknown> {
  return db.settings.get(BENCHMARK_EDITS_KEY).then((row) => row?.value ?? null);
}
