/**
 * The KPIs frozen on a shortlist entry when it is added (`kpisAtAdd`): the creator's casting card from the rows the
 * background holds at that moment (lib/panel/casting-queries.ts reads them, lib/kpi/casting-card.ts computes), in
 * the shortlist's shape (lib/shortlists/shortlist-kpis.ts). Null when the creator has not been read yet: there is
 * nothing to freeze, and the entry says so rather than showing zeros.
 */
import { mergeBenchmarks } from '../benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../benchmarks/shipped-benchmarks';
import type { CastlistDatabase } from '../db/castlist-db';
import { summarizeCreatorComments } from '../comments';
import { castingCard } from '../kpi/casting-card';
import { castingRowsOf } from '../panel/casting-queries';
import { commentQualityOfRows } from '../shortlists/comment-quality';
import { type ShortlistKpis, shortlistKpisOf } from '../shortlists/shortlist-kpis';

export async function kpisAtAddOf(db: CastlistDatabase, creatorKey: string, now: number): Promise<ShortlistKpis | null> {
  const rows = await castingRowsOf(db, creatorKey);
  if (!rows) return null;
  const card = castingCard({ ...rows, benchmarks: mergeBenchmarks(BENCHMARK_DATA).sets, now });
  return shortlistKpisOf(card, { read: card.comments.read, quality: commentQualityOfRows(creatorKey, rows.comments, summarizeCreatorComments) }, now);
}
