/**
 * Runs in a plain Chromium page for `npm run bench` (scripts/bench-casting-card.ts): fills the browser's real
 * IndexedDB with one creator of 500 posts × 50 snapshots (and 50 creator snapshots), then times the casting card
 * from IndexedDB to the card model: the panel's reads (lib/panel/casting-queries.ts) and every KPI
 * (lib/kpi/casting-card.ts). Its baseline, timed in the same runs, is the reads alone.
 */
import { mergeBenchmarks } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import { tierOf } from '../../lib/benchmarks/tiers';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import { castingCard } from '../../lib/kpi/casting-card';
import { castingRowsOf, peerKpiRecords } from '../../lib/panel/casting-queries';
import { CREATOR_KEY, benchRows } from './casting-card-bench-rows';

async function seed(db: CastlistDatabase, postCount: number, snapshotsPerPost: number, now: number): Promise<void> {
  const { creator, posts, snapshots } = benchRows(postCount, snapshotsPerPost, now);
  await db.transaction('rw', [db.creators, db.posts, db.snapshots], async () => {
    await db.creators.put(creator);
    await db.posts.bulkPut(posts);
    await db.snapshots.bulkPut(snapshots);
  });
}

async function run(runs: number) {
  const db = new CastlistDatabase('castlist-card-bench');
  const now = Date.now();
  await db.delete();
  await db.open();
  await seed(db, 500, 50, now);
  const benchmarks = mergeBenchmarks(BENCHMARK_DATA).sets;
  const cardMs: number[] = [];
  const readMs: number[] = [];
  let summary = '';
  for (let index = 0; index < runs + 1; index++) {
    const readStart = performance.now();
    await castingRowsOf(db, CREATOR_KEY);
    const readEnd = performance.now();

    const start = performance.now();
    const rows = (await castingRowsOf(db, CREATOR_KEY))!;
    const peers = await peerKpiRecords(db, 'tiktok', tierOf(rows.creator.latest.followers!).tiers, CREATOR_KEY);
    const card = castingCard({ ...rows, benchmarks, peers, now });
    const end = performance.now();
    if (index === 0) continue; // the first run warms the JIT and the database's caches
    readMs.push(readEnd - readStart);
    cardMs.push(end - start);
    summary = `${rows.posts.length} posts, ${rows.creatorSnapshots.length} creator and ${rows.postSnapshots.length} post snapshots read; ER by followers over ${card.engagement.byFollowers.postsUsed.length} posts; ${card.growth.viewsPerHour.length} views-per-hour figures`;
  }
  const stored = await db.snapshots.count();
  db.close();
  await db.delete();
  return { cardMs, readMs, summary, stored };
}

(window as unknown as { castlistCardBench: { run: typeof run } }).castlistCardBench = { run };
