/**
 * The shortlist views' data as React hooks: live queries of the lists, a list's entries and every entry (for the
 * compare view), and the creators' KPIs now. KPIs are computed in slices of a few milliseconds between frames, so
 * that thousands of creators never freeze the panel, and only again for a creator whose rows changed (a live query
 * re-runs on every stored reading).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { mergeBenchmarks } from '../benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../benchmarks/shipped-benchmarks';
import type { CastlistDatabase } from '../db/castlist-db';
import { compareRowsOf, type CompareRow } from '../shortlists/compare-rows';
import { type CreatorKpiInput, kpiInputSignature, kpisNowOf } from '../shortlists/kpis-now';
import type { CommentSummarizer } from '../shortlists/comment-quality';
import type { ShortlistKpis } from '../shortlists/shortlist-kpis';
import { useCommentScorer } from './comment-scorer';
import { allEntries, entriesOf, type EntryWithCreator, kpiInputsOf, shortlistsState, type ShortlistsState } from './shortlist-queries';

/** The shipped benchmarks, as the casting card compares with them. */
const BENCHMARKS = mergeBenchmarks(BENCHMARK_DATA).sets;
/** Work per slice before yielding to the browser (a frame is 16 ms; the rest is for rendering and input). */
const SLICE_MS = 8;
/** How often finished KPIs are handed to React while a long computation runs. */
const PUBLISH_EVERY_MS = 200;

export function useShortlists(db: CastlistDatabase): ShortlistsState | undefined {
  return useLiveQuery(() => shortlistsState(db), [db]);
}

export function useShortlistEntries(db: CastlistDatabase, shortlistId: string | null): EntryWithCreator[] | undefined {
  return useLiveQuery(() => (shortlistId ? entriesOf(db, shortlistId) : Promise.resolve([])), [db, shortlistId]);
}

/**
 * Stands for lib/comments' summarizer when it is not loaded: no creator has comments (commentQualityOfRows asks for it
 * only with some), or it failed to load, which KpisNow's `error` says; the figures then show no comment quality.
 */
const withoutSummaries: CommentSummarizer = () => null;

export interface KpisNow {
  /** By creator key; a creator not in it yet is still being computed (or was never read: see `inputs`). */
  kpis: ReadonlyMap<string, ShortlistKpis>;
  /** Creators whose KPIs are still to be computed. */
  pending: number;
  /** False until the rows they are computed from have been read. */
  loaded: boolean;
  /** The creators that have rows (the others were never read). */
  readKeys: ReadonlySet<string>;
  /** Why comment quality is missing from the figures (lib/comments failed to load), else null. */
  error: string | null;
}

/** The KPIs now of these creators (stable order not needed: the key set is what counts). */
export function useKpisNow(db: CastlistDatabase, creatorKeys: readonly string[], now: () => number): KpisNow {
  const keysText = useMemo(() => [...new Set(creatorKeys)].sort().join('\n'), [creatorKeys]);
  const inputs = useLiveQuery(() => (keysText ? kpiInputsOf(db, keysText.split('\n')) : Promise.resolve(new Map<string, CreatorKpiInput>())), [db, keysText]);
  const cache = useRef(new Map<string, { signature: string; kpis: ShortlistKpis }>());
  const [published, setPublished] = useState<{ kpis: ReadonlyMap<string, ShortlistKpis>; pending: number }>({ kpis: new Map(), pending: 0 });
  // Comment quality needs lib/comments, loaded on demand: only when some creator has comments read.
  const needsScorer = useMemo(() => [...(inputs?.values() ?? [])].some((input) => input.comments.length > 0), [inputs]);
  const scorer = useCommentScorer(needsScorer);
  const summarize = scorer.status === 'ready' ? scorer.scorer.summarizeCreatorComments : null;
  const scorerError = scorer.status === 'error' ? `Comment quality is not shown: ${scorer.error}` : null;

  useEffect(() => {
    if (!inputs) return;
    // Until the scorer is here the creators stay pending (none is computed without its comment quality).
    if (needsScorer && !summarize && !scorerError) {
      setPublished({ kpis: new Map(), pending: inputs.size });
      return;
    }
    const work: Array<[string, CreatorKpiInput, string]> = [];
    for (const [key, input] of inputs) {
      const signature = kpiInputSignature(input);
      if (cache.current.get(key)?.signature !== signature) work.push([key, input, signature]);
    }
    const snapshot = () => {
      const kpis = new Map<string, ShortlistKpis>();
      for (const key of inputs.keys()) {
        const cached = cache.current.get(key);
        if (cached) kpis.set(key, cached.kpis);
      }
      return kpis;
    };
    let index = 0;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPublished = performance.now();
    // Unchanged KPIs keep the published map, so a live query re-run that changed nothing does not re-sort the table.
    const publish = () => {
      const kpis = snapshot();
      const pending = work.length - index;
      setPublished((previous) => (previous.pending === pending && sameEntries(previous.kpis, kpis) ? previous : { kpis, pending }));
    };
    const slice = () => {
      const started = performance.now();
      while (index < work.length && performance.now() - started < SLICE_MS) {
        const [key, input, signature] = work[index]!;
        cache.current.set(key, { signature, kpis: kpisNowOf(input, BENCHMARKS, now(), summarize ?? withoutSummaries) });
        index += 1;
      }
      if (cancelled) return;
      if (index >= work.length || performance.now() - lastPublished >= PUBLISH_EVERY_MS) {
        publish();
        lastPublished = performance.now();
      }
      if (index < work.length) timer = setTimeout(slice, 0);
    };
    publish();
    if (work.length) timer = setTimeout(slice, 0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [inputs, now, needsScorer, summarize, scorerError]);

  const readKeys = useMemo(() => new Set(inputs?.keys() ?? []), [inputs]);
  return { kpis: published.kpis, pending: inputs ? published.pending : 0, loaded: inputs !== undefined, readKeys, error: scorerError };
}

export interface CompareData {
  /** undefined while loading. */
  rows: CompareRow[] | undefined;
  /** Creators whose KPIs are still being computed. */
  pending: number;
  lists: ShortlistsState['lists'] | undefined;
}

/** One row per creator on any list, with the KPIs now as they are computed. */
export function useCompareRows(db: CastlistDatabase, now: () => number): CompareData {
  const everything = useLiveQuery(() => allEntries(db), [db]);
  const baseRows = useMemo(() => (everything ? compareRowsOf(everything.lists, everything.entries, everything.creators) : undefined), [everything]);
  const keys = useMemo(() => baseRows?.filter((row) => row.stored).map((row) => row.creatorKey) ?? [], [baseRows]);
  const { kpis } = useKpisNow(db, keys, now);
  // A stored creator without KPIs yet is being computed (undefined); an unread one has none (null, from compareRowsOf).
  // A row keeps its object while its base row and KPIs are the same: the view's memoised rows then re-render only for
  // creators whose KPIs changed, not all of them each time a slice of KPIs is published.
  const withKpis = useRef(new WeakMap<CompareRow, CompareRow>());
  const rows = useMemo(
    () =>
      baseRows?.map((row) => {
        if (!row.stored) return row;
        const rowKpis = kpis.get(row.creatorKey);
        const kept = withKpis.current.get(row);
        if (kept && kept.kpis === rowKpis) return kept;
        const next = { ...row, kpis: rowKpis };
        withKpis.current.set(row, next);
        return next;
      }),
    [baseRows, kpis],
  );
  // Counted from the rows themselves: useKpisNow says 0 to go while it is still reading what KPIs are computed from,
  // and the view must not look finished (every cell "…") during that read.
  const pending = useMemo(() => rows?.reduce((count, row) => count + (row.kpis === undefined ? 1 : 0), 0) ?? 0, [rows]);
  const lists = useMemo(() => {
    if (!everything) return undefined;
    const counts = new Map<string, number>();
    for (const entry of everything.entries) counts.set(entry.shortlistId, (counts.get(entry.shortlistId) ?? 0) + 1);
    return everything.lists
      .slice()
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map((list) => ({ list, entries: counts.get(list.id) ?? 0 }));
  }, [everything]);
  return { rows, pending, lists };
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
