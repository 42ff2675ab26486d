/**
 * Runs in a plain Chromium page for `npm run bench` (scripts/bench-casting-card.ts): fills the browser's real
 * IndexedDB with one creator of 500 posts × 50 snapshots (and 50 creator snapshots), then times the casting card
 * from IndexedDB to the card model: the panel's reads (lib/panel/casting-queries.ts) and every KPI
 * (lib/kpi/casting-card.ts); and from IndexedDB to the rendered card: the panel's own React component
 * (components/casting/CastingCard.tsx) mounted with its live queries, until every section is in the DOM and none is
 * still loading. Their baseline, timed in the same runs, is the reads alone. The seed's write builds the creator's
 * summary (schema v7) as the background's writes do, in the same transaction (lib/db/summary-middleware.ts).
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CastingCardView } from '../../components/casting/CastingCard';
import { PanelProvider } from '../../lib/panel/panel-context';
import { UNDETERMINED } from '../../lib/comments/language';
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

/** The rendered card is done when its ER and band chart are in the DOM and nothing in it says it is still loading. */
function cardRendered(container: HTMLElement): boolean {
  return container.querySelector('.er-summary .er-headline') !== null && container.querySelector('.band-chart svg') !== null && container.querySelector('[aria-busy="true"]') === null;
}

/** Mounts the panel's casting card and resolves once it is rendered (a MutationObserver: no polling delay). */
function renderCard(db: CastlistDatabase, now: number): Promise<{ unmount(): void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const unmount = () => {
    root.unmount();
    container.remove();
  };
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!cardRendered(container)) return;
      observer.disconnect();
      resolve({ unmount });
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
    const send = () => Promise.resolve({ ok: false as const, error: 'the benchmark page has no background' });
    // The bench creator has no comment rows, so no comment is scored here (comment scoring has its own budget in
    // scripts/bench-comments.ts); a plain page has no browser.i18n to detect languages with.
    const detectLanguage = () => Promise.resolve(UNDETERMINED);
    root.render(createElement(PanelProvider, { db, send, locale: 'en', now: () => now, detectLanguage, children: createElement(CastingCardView, { creatorKey: CREATOR_KEY }) }));
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
  const renderMs: number[] = [];
  const readMs: number[] = [];
  let summary = '';
  for (let index = 0; index < runs + 1; index++) {
    const readStart = performance.now();
    await castingRowsOf(db, CREATOR_KEY);
    const readEnd = performance.now();

    const start = performance.now();
    // As the panel reads (use-creator-casting.ts): the creator row gives the tier, then its rows and its peers at once.
    const creator = (await db.creators.get(CREATOR_KEY))!;
    const [rows, peers] = await Promise.all([castingRowsOf(db, CREATOR_KEY).then((read) => read!), peerKpiRecords(db, creator.platform, tierOf(creator.latest.followers!).tiers, CREATOR_KEY)]);
    const card = castingCard({ ...rows, benchmarks, peers, now });
    const end = performance.now();

    const renderStart = performance.now();
    const rendered = await renderCard(db, now);
    const renderEnd = performance.now();
    rendered.unmount();
    if (index === 0) continue; // the first run warms the JIT and the database's caches
    readMs.push(readEnd - readStart);
    cardMs.push(end - start);
    renderMs.push(renderEnd - renderStart);
    summary = `${rows.posts.length} posts (${rows.fromSummary ? `numbers from the creator summary, ${rows.postRows.size} post rows read` : 'every post row read'}), ${rows.creatorSnapshots.length} creator and ${rows.postSnapshots.length} post snapshots read; ER by followers over ${card.engagement.byFollowers.postsUsed.length} posts; ${card.growth.viewsPerHour.length} views-per-hour figures`;
  }
  const stored = await db.snapshots.count();
  db.close();
  await db.delete();
  return { cardMs, renderMs, readMs, summary, stored };
}

(window as unknown as { castlistCardBench: { run: typeof run } }).castlistCardBench = { run };
