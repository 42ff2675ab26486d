/**
 * A creator's casting card as a React hook: the creator's rows (casting-queries.ts), the benchmarks (shipped, merged
 * with the user's edits from the settings table), the other creators of the same platform and tier read so far
 * (the personal benchmark), all in one live query, and the card model of lib/kpi/casting-card.ts computed from them
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

/** What the card reads, in one read transaction: the creator's rows, the other creators ranked with them, the stored benchmark edits. */
interface CastingInputs {
  rows: CastingRows | null;
  peers: CreatorKpiRecord[] | null;
  /** The benchmark edits as stored (panelBenchmarks reads them), null when there are none. */
  benchmarkEdits: unknown;
}

/**
 * The creator's rows, the KPI records of the other creators of the same platform and tier(s), and the stored
 * benchmark edits, all read at once: the rows need only the creator's key, the peers wait only for the creator row
 * (one get, which gives the tier), the edits for nothing. The card's reads are one round of the longest of them, and
 * the card gets its data in one result, so one data commit (the benchmarks were a live query of their own, and their
 * commit came between the loading one and the rows').
 *
 * All of it in one read transaction (castingRowsOf's and peerKpiRecords' own transactions join it): they see the same
 * database, and the live query's Dexie zone is entered once, by an async transaction scope; the reads beside each
 * other inside it are plain promise chains. Awaiting Dexie from a plain async function in the live query and then
 * starting two top-level transactions side by side unbalanced Dexie's zone echoes (its bookkeeping of native awaits
 * is global): another live query's transaction (AddTabCreator's) then lost its zone in mid-scope, committed early and
 * threw PrematureCommitError into React, which left Firefox's sidebar blank (README: Firefox sidebar).
 */
function castingInputsOf(db: CastlistDatabase, creatorKey: string, options: EngagementOptions): Promise<CastingInputs> {
  return db.transaction('r', [db.creators, db.posts, db.snapshots, db.comments, db.settings, db.creatorSummaries], async () => {
    const peersRead = db.creators.get(creatorKey).then((creator) => {
      const followers = creator?.latest.followers;
      return creator && followers ? peerKpiRecords(db, creator.platform, tierOf(followers).tiers, creatorKey, options) : null;
    });
    const [rows, peers, benchmarkEdits] = await Promise.all([castingRowsOf(db, creatorKey, options.windowSize), peersRead, benchmarkEditsValue(db)]);
    return { rows, peers: rows?.creator.latest.followers ? peers : null, benchmarkEdits };
  });
}

export function useCreatorCasting(creatorKey: string): CreatorCasting {
  const { db } = usePanel();
  const now = useNow(CLOCK_MS);
  const windowSize = useCastingUi((state) => state.windowSize);
  const interactions = useCastingUi((state) => state.interactions);
  const options = useMemo<EngagementOptions>(() => ({ windowSize, interactions }), [windowSize, interactions]);

  // One live query for the creator's rows, the other creators they are ranked among and the benchmark edits: one round
  // of reads and one data commit instead of one per query. A live query keeps its last result while a new one runs;
  // the result names what it was asked, so after a formula switch the rows and edits (which do not depend on it) are used at
  // once, and the ranking, which does, only once it is read again: meanwhile the card says it is being worked out.
  const asked = `${creatorKey}|${windowSize}|${interactions}`;
  const inputs = useLiveQuery(() => castingInputsOf(db, creatorKey, options).then((read) => ({ asked, ...read })), [db, asked]);
  // The query runs again on any change to the creator's rows, and each run reads the edits as a new object: they are
  // merged again (and the benchmark editor given new benchmarks) only when their stored value changed.
  const edits = inputs?.benchmarkEdits;
  const editsText = inputs === undefined ? undefined : JSON.stringify(edits ?? null);
  // (Keyed by editsText alone on purpose: `edits` is a new object on every run of the query.)
  const benchmarks = useMemo<PanelBenchmarks | undefined>(() => (editsText === undefined ? undefined : panelBenchmarks(edits)), [editsText]);
  const rows = inputs?.rows;
  const peers = inputs?.asked === asked ? inputs.peers : undefined;

  return useMemo<CreatorCasting>(() => {
    if (rows === undefined || benchmarks === undefined) return { status: 'loading' };
    if (rows === null) return { status: 'missing' };
    // After a change of N the rows of the old N are shown until the new ones are read: with the N they were read for,
    // whose listed posts have their rows (a card of the new N could list a post the rows hold only numbers of).
    const cardOptions = rows.windowSize === options.windowSize ? options : { ...options, windowSize: rows.windowSize };
    const card = castingCard({ ...rows, benchmarks: benchmarks.merged.sets, peers: peers ?? null, options: cardOptions, now });
    return { status: 'ready', card, rows, peers: peers ?? null, peersLoading: peers === undefined, benchmarks };
  }, [rows, benchmarks, peers, options, now]);
}
