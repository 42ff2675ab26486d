/**
 * The newest value of each count of a creator or a post. A count replaces the stored one only when it was read at
 * the same time or later: a reading that arrives late (a retried message, a slow tab) must not roll a creator or a
 * post back to older numbers.
 */
import type { SourcedCount } from '../count';
import type { StoredCount } from '../db/rows';

export type LatestCounts<Metric extends string> = Partial<Record<Metric, StoredCount & { readAt: number }>>;

export function mergeLatestCounts<Metric extends string>(
  stored: LatestCounts<Metric>,
  incoming: Partial<Record<Metric, SourcedCount>>,
  readAt: number,
): LatestCounts<Metric> {
  const merged: LatestCounts<Metric> = { ...stored };
  for (const [metric, count] of Object.entries(incoming) as [Metric, SourcedCount | undefined][]) {
    if (!count) continue;
    const current = merged[metric];
    if (!current || readAt >= current.readAt) merged[metric] = { ...storedCountOf(count), readAt };
  }
  return merged;
}

/** Exactly the fields of a count we keep: the number, its range and its evidence (text, source). */
export function storedCountOf(count: SourcedCount): StoredCount {
  const { value, min, max, exact, text, source } = count;
  return source ? { value, min, max, exact, text, source } : { value, min, max, exact, text };
}

/** The counts of a reading's entity, in the order given, leaving out the ones it did not read. */
export function countsPresent<Metric extends string>(
  entity: Partial<Record<Metric, SourcedCount>>,
  metrics: readonly Metric[],
): Partial<Record<Metric, SourcedCount>> {
  const counts: Partial<Record<Metric, SourcedCount>> = {};
  for (const metric of metrics) {
    const count = entity[metric];
    if (count) counts[metric] = count;
  }
  return counts;
}
