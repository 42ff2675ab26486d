/**
 * The "Compare" view: one row per creator on any shortlist, a column per casting-card KPI, sortable (click or
 * Enter on a header; again to reverse) and filterable (search with "/", site, list, status, tier, benchmark band).
 * Only the rows in sight are in the page (@tanstack/react-virtual), so 5,000 creators scroll as smoothly as 50.
 */
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { BAND_LABELS, type BandLabel } from '../../lib/benchmarks/benchmark-schema';
import { TIERS, type Tier } from '../../lib/benchmarks/tiers';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../lib/db/rows';
import { useShortlistsUi } from '../../lib/panel/shortlists-store';
import { useCompareRows } from '../../lib/panel/use-shortlists';
import { PLATFORMS, PLATFORM_NAMES, type Platform } from '../../lib/reading/reading';
import type { CompareRow } from '../../lib/shortlists/compare-rows';
import { BAND_WORDS } from '../../lib/shortlists/format-kpis';
import { usePanel } from '../../lib/panel/panel-context';
import { useSlashToFocus } from '../../lib/panel/use-slash-to-focus';
import { COMPARE_GRID_COLUMNS, type CompareColumnMeta, compareColumns, compareFeatures, matchesSearch, type MembershipFilter } from './compare-columns';
import { STATUS_WORDS } from './status-words';
import './shortlists.css';

/** Every row is one line high: fixed heights let the virtualizer place rows without measuring them. */
export const COMPARE_ROW_HEIGHT = 44;
/** Rows rendered beyond the visible ones on each side, so a fast scroll never shows a blank. */
export const COMPARE_OVERSCAN = 10;

type CompareTable = ReturnType<typeof useCompareTable>;

function useCompareTable(rows: CompareRow[]) {
  const { format } = usePanel();
  const columns = useMemo(() => compareColumns(format), [format]);
  const sorting = useShortlistsUi((ui) => ui.compareSorting);
  const columnFilters = useShortlistsUi((ui) => ui.compareFilters);
  const globalFilter = useShortlistsUi((ui) => ui.compareSearch);
  const { setCompareSorting, setCompareFilters, setCompareSearch } = useShortlistsUi.getState();
  return useTable({
    features: compareFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.creatorKey,
    state: { sorting, columnFilters, globalFilter },
    onSortingChange: setCompareSorting,
    onColumnFiltersChange: setCompareFilters,
    onGlobalFilterChange: setCompareSearch,
    globalFilterFn: matchesSearch,
    getColumnCanGlobalFilter: (column) => column.id === 'creator',
    enableMultiSort: true,
    // New rows (a creator added while the view is open) must not reset what the user chose.
    autoResetSorting: false,
  });
}

const NO_ROWS: CompareRow[] = [];

export function CompareView() {
  const { db, format, now } = usePanel();
  const { rows, pending, lists } = useCompareRows(db, now);
  const table = useCompareTable(rows ?? NO_ROWS);
  const shownRows = table.getRowModel().rows;

  return (
    <main className="panel compare" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      {rows === undefined ? (
        <p className="muted" aria-busy="true">Loading creators…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No creator is on a shortlist yet. Add creators in the Shortlists view, then compare them here.</p>
      ) : (
        <>
          <CompareFilters table={table} lists={lists?.map((summary) => summary.list) ?? []} />
          <p className="muted compare-count" aria-live="polite">
            {shownRows.length === rows.length ? `${format.number(rows.length)} creators` : `${format.number(shownRows.length)} of ${format.number(rows.length)} creators`}
            {pending > 0 ? ` · computing KPIs: ${format.number(pending)} to go` : ''}
          </p>
          {shownRows.length === 0 ? <p className="muted">No creator matches these filters.</p> : <CompareGrid table={table} />}
        </>
      )}
    </main>
  );
}

function CompareFilters({ table, lists }: { table: CompareTable; lists: ReadonlyArray<{ id: string; name: string }> }) {
  const search = useShortlistsUi((ui) => ui.compareSearch);
  const filters = useShortlistsUi((ui) => ui.compareFilters);
  const box = useRef<HTMLInputElement>(null);
  const valueOf = <T,>(id: string): T | undefined => filters.find((filter) => filter.id === id)?.value as T | undefined;
  const membership = valueOf<MembershipFilter>('lists') ?? { shortlistId: null, status: null };
  const setFilter = (id: string, value: unknown) => table.getColumn(id)?.setFilterValue(value === '' || value === null ? undefined : value);
  const setMembership = (next: MembershipFilter) => setFilter('lists', next.shortlistId === null && next.status === null ? undefined : next);

  useSlashToFocus(box);

  return (
    <div className="compare-filters" role="search">
      <label className="compare-search">
        <span className="visually-hidden">Search creators, lists and tags</span>
        <input ref={box} type="search" placeholder="Search creators, lists, tags (/)" value={search} onChange={(event) => table.setGlobalFilter(event.target.value)} />
      </label>
      <label>
        <span className="visually-hidden">Site</span>
        <select value={valueOf<Platform>('platform') ?? ''} onChange={(event) => setFilter('platform', event.target.value)}>
          <option value="">Every site</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_NAMES[platform]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">List</span>
        <select value={membership.shortlistId ?? ''} onChange={(event) => setMembership({ ...membership, shortlistId: event.target.value || null })}>
          <option value="">Every list</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Status</span>
        <select value={membership.status ?? ''} onChange={(event) => setMembership({ ...membership, status: (event.target.value || null) as ShortlistStatus | null })}>
          <option value="">Every status</option>
          {SHORTLIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_WORDS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Tier</span>
        <select value={valueOf<Tier>('tier') ?? ''} onChange={(event) => setFilter('tier', event.target.value)}>
          <option value="">Every tier</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {tier}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Benchmark band</span>
        <select value={valueOf<BandLabel>('band') ?? ''} onChange={(event) => setFilter('band', event.target.value)}>
          <option value="">Every band</option>
          {BAND_LABELS.map((band) => (
            <option key={band} value={band}>
              {BAND_WORDS[band]}
            </option>
          ))}
        </select>
      </label>
      {(search || filters.length > 0) && (
        <button
          type="button"
          onClick={() => {
            table.setGlobalFilter('');
            table.setColumnFilters([]);
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}

/**
 * The table, as a grid of divs with the table roles: every frame of a scroll adds and removes ten rows, and Chromium
 * styles and lays out <tr>/<th>/<td> rows 2-3x slower than the same rows as divs (a trace of the compare bench,
 * scripts/bench/compare-profile.ts: style recalculation of <tr>/<td> rows was most of each scrolled frame). The header stays in the scroller (sticky) so that it
 * scrolls sideways with the columns.
 */
function CompareGrid({ table }: { table: CompareTable }) {
  const rows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]!.headers;
  // One array for every row, so that memoised rows re-render only when their own data changes.
  const columnMetas = useMemo(() => headers.map((header) => header.column.columnDef.meta!), [headers]);
  // Made here and handed down as one element: the scroller re-renders on every scroll, the header only when this does.
  const header = <CompareHeader table={table} />;
  return <CompareScroller header={header} rows={rows} columns={columnMetas} columnCount={headers.length} />;
}

function CompareHeader({ table }: { table: CompareTable }) {
  const headers = table.getHeaderGroups()[0]!.headers;
  return (
    <div role="rowgroup" className="compare-head">
      <div role="row" className="compare-row" style={{ gridTemplateColumns: COMPARE_GRID_COLUMNS }} aria-rowindex={1}>
        {headers.map((header) => {
          const sorted = header.column.getIsSorted();
          const order = header.column.getSortIndex();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              className={header.column.columnDef.meta?.numeric ? 'compare-cell numeric' : 'compare-cell'}
            >
              <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()} title="Sort (Shift: add to the sort)">
                <table.FlexRender header={header} />
                <span aria-hidden="true" className="sort-mark">
                  {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  {sorted && table.state.sorting.length > 1 ? order + 1 : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

type CompareTableRows = ReturnType<CompareTable['getRowModel']>['rows'];

/**
 * The scroller and the rows in sight (and the overscan), placed by the virtualizer at fixed heights: nothing is
 * measured. The virtualizer renders this component on every scroll event; the header is the same element each time
 * (React skips it), and rows that stay in sight keep their props (memo).
 */
function CompareScroller({ header, rows, columns, columnCount }: { header: ReactNode; rows: CompareTableRows; columns: readonly CompareColumnMeta[]; columnCount: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  // Stable between renders: the virtualizer re-measures every row (all 5,000) whenever getItemKey is a new function.
  const getItemKey = useCallback((index: number) => rows[index]!.id, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    getItemKey,
    overscan: COMPARE_OVERSCAN,
  });
  return (
    <div ref={scroller} className="compare-scroll" tabIndex={0} aria-label="Creators compared (scroll with the arrow keys)">
      <div role="table" className="compare-table" aria-rowcount={rows.length + 1} aria-colcount={columnCount}>
        {header}
        <div role="rowgroup" className="compare-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return <CompareTableRow key={row.id} row={row.original} index={item.index} start={item.start} columns={columns} />;
          })}
        </div>
      </div>
    </div>
  );
}

const rowHeight = () => COMPARE_ROW_HEIGHT;

/** One creator's row; memoised, so scrolling renders only the rows that come into view. */
const CompareTableRow = memo(function CompareTableRow({
  row,
  index,
  start,
  columns,
}: {
  row: CompareRow;
  index: number;
  start: number;
  columns: readonly CompareColumnMeta[];
}) {
  return (
    <div
      role="row"
      className="compare-row"
      aria-rowindex={index + 2}
      data-creator={row.creatorKey}
      style={{ gridTemplateColumns: COMPARE_GRID_COLUMNS, transform: `translateY(${start}px)`, height: COMPARE_ROW_HEIGHT }}
    >
      {columns.map((column, position) => {
        const { text, detail } = column.cell(row);
        if (position === 0) {
          return (
            <div key={position} role="rowheader" className="compare-cell compare-creator">
              {row.url ? (
                <a href={row.url} target="_blank" rel="noreferrer">
                  {text}
                </a>
              ) : (
                <span>{text}</span>
              )}
              {detail ? <span className="muted"> {detail}</span> : null}
            </div>
          );
        }
        return (
          <div key={position} role="cell" className={column.numeric ? 'compare-cell numeric' : 'compare-cell'} title={detail ?? undefined}>
            {text}
          </div>
        );
      })}
    </div>
  );
});
