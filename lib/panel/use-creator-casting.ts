/**
 * A creator's casting card as a React hook: the creator's rows (casting-queries.ts), the benchmarks (shipped, merged
 * with the user's edits from the settings table), the other creators of the same platform and tier read so far
 * (the personal benchmark), all as live queries, and the card model of lib/kpi/casting-card.ts computed from them
 * with the formula chosen in the casting store. The panel recomputes; it never stores a KPI.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CreatorKpiRecord } from '../benchmarks/personal-benchmark';
import type { CastlistDatabase } from '../db/castlist-db';
import { tierOf } from '../benchmarks/tiers';
import { type CastingCard, castingCard } from '../kpi/casting-card';
import type { EngagementOptions } from '../kpi/creator-engagement';
import { benchmarkEditsValue, type PanelBenchmarks, panelBenchmarks } from './benchmark-queries';
import { type CastingRows, castingRowsOf, peerKpiRecords } from './casting-queries';
import { useCastingUi } from './casting-store';
import { useNow, usePanel } from './panel-context';

export type CreatorCasting =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'ready';
      card: CastingCard;
      rows: CastingRows;
      peers: readonly CreatorKpiRecord[] | null;
      /** The other creators are still being read (after a change of formula): the card has no personal benchmark yet. */
      peersLoading: boolean;
      benchmarks: PanelBenchmarks;
    };

/** The card's "days since the newest post" needs a clock; once a minute is often enough for days. */
const CLOCK_MS = 60_000;

/** The benchmarks in use, live: shipped sets merged with the stored edits. Undefined while loading. */
export function useBenchmarks(): PanelBenchmarks | undefined {
  const { db } = usePanel();
  const stored = useLiveQuery(() => benchmarkEditsValue(db), [db]);
  return useMemo(() => (stored === undefined ? undefined : panelBenchmarks(stored)), [stored]);
}

/**
 * The creator's rows and the KPI records of the other creators of the same platform and tier(s). The creator row
 * (one get) gives the tier, so the peers are read beside the creator's own rows rather than after them: the card's
 * reads are one round of the longer of the two, not their sum.
 *
 * All of it in one read transaction (castingRowsOf's and peerKpiRecords' own transactions join it): the two halves
 * see the same database, and the live query's Dexie zone is entered once, by an async transaction scope. Awaiting
 * Dexie from a plain async function in the live query and then starting two top-level transactions side by side
 * unbalanced Dexie's zone echoes (its bookkeeping of native awaits is global): another live query's transaction
 * (AddTabCreator's) then lost its zone in mid-scope, committed early and threw PrematureCommitError into React,
 * which left Firefox's sidebar blank (README: Firefox sidebar).
 */
function castingInputsOf(
  db: CastlistDatabase,
  creatorKey: string,
  options: EngagementOptions,
): Promise<{ rows: CastingRows | null; peers: CreatorKpiRecord[] | null }> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments], async () => {
    const creator = await db.creators.get(creatorKey);
    const followers = creator?.latest.followers;
    const [rows, peers] = await Promise.all([
      castingRowsOf(db, creatorKey, options.windowSize),
      creator && followers ? peerKpiRecords(db, creator.platform, tierOf(followers).tiers, creatorKey, options) : Promise.resolve(null),
    ]);
    return { rows, peers: rows && followers ? peers : null };
  });
}

export function useCreatorCasting(creatorKey: string): CreatorCasting {
  const { db } = usePanel();
  const now = useNow(CLOCK_MS);
  const windowSize = useCastingUi((state) => state.windowSize);
  const interactions = useCastingUi((state) => state.interactions);
  const options = useMemo<EngagementOptions>(() => ({ windowSize, interactions }), [windowSize, interactions]);

  // One live query for the creator's rows and the other creators they are ranked among: one round of reads and one
  // render instead of a second query waiting on the first. A live query keeps its last result while a new one runs;
  // the result names what it was asked, so after a formula switch the rows (which do not depend on it) are used at
  // once, and the ranking, which does, only once it is read again: meanwhile the card says it is being worked out.
  const asked = `${creatorKey}|${windowSize}|${interactions}`;
  const inputs = useLiveQuery(() => castingInputsOf(db, creatorKey, options).then((read) => ({ asked, ...read })), [db, asked]);
  const benchmarks = useBenchmarks();
  const rows = inputs?.rows;
  const peers = inputs?.asked === asked ? inputs.peers : undefined;

  return useMemo<CreatorCasting>(() => {
    if (rows === undefined || benchmarks === undefined) return { status: 'loading' };
    if (rows === null) return { status: 'missing' };
    const card = castingCard({ ...rows, benchmarks: benchmarks.merged.sets, peers: peers ?? null, options, now });
    return { status: 'ready', card, rows, peers: peers ?? null, peersLoading: peers === undefined, benchmarks };
  }, [rows, benchmarks, peers, options, now]);
}
