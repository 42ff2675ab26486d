/**
 * The compare view's table (@tanstack/react-table v9): its features (sorting, column filters, a search over names,
 * lists and tags), and one column per casting-card KPI. Every column sorts by a number or text taken from the row's
 * data (lib/shortlists/compare-rows.ts), never by what a cell rendered; a missing figure sorts last either way.
 */
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  type Row,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { BandLabel } from '../../lib/benchmarks/benchmark-schema';
import type { Tier } from '../../lib/benchmarks/tiers';
import type { ShortlistStatus } from '../../lib/db/rows';
import type { PanelFormatters } from '../../lib/panel/format';
import { PLATFORM_NAMES, type Platform } from '../../lib/reading/reading';
import { BAND_RANK, bandOf, type CompareRow, TIER_RANK } from '../../lib/shortlists/compare-rows';
import { benchmarkSourceText, benchmarkText, commentsText, followersText, growthText, NO_FIGURE, rateText, tierText } from '../../lib/shortlists/format-kpis';
import { STATUS_WORDS } from './status-words';

/** What each column says of a row, for the renderer (and tests): see compareColumns. */
export interface CompareColumnMeta {
  cell(row: CompareRow): CellText;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export const compareFeatures = tableFeatures({
  columnMeta: metaHelper<CompareColumnMeta>(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});

type Features = typeof compareFeatures;
type CompareTableRow = Row<Features, CompareRow>;

/** The lists filter: on a list (and with a status there), or with a status on any list. */
export interface MembershipFilter {
  shortlistId: string | null;
  status: ShortlistStatus | null;
}

const helper = createColumnHelper<Features, CompareRow>();
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byNumber = (a: CompareTableRow, b: CompareTableRow, columnId: string) => (a.getValue<number>(columnId) ?? 0) - (b.getValue<number>(columnId) ?? 0);
const byText = (a: CompareTableRow, b: CompareTableRow, columnId: string) => collator.compare(a.getValue<string>(columnId) ?? '', b.getValue<string>(columnId) ?? '');

/** How a cell is written: text and, for ranges and sources, a title. Components render it; tests read it. */
export interface CellText {
  text: string;
  detail?: string | null;
}

/** The cell texts need the panel's formatters: the columns are made per locale. */
export function compareColumns(format: PanelFormatters) {
  const kpisOf = (row: CompareRow) => (row.kpis === undefined ? null : row.kpis);
  const pending = (row: CompareRow) => row.kpis === undefined;
  const text = (row: CompareRow, write: () => CellText): CellText => (pending(row) ? { text: '…', detail: 'computing' } : write());
  return helper.columns([
    helper.accessor((row) => row.label, {
      id: 'creator',
      header: 'Creator',
      sortFn: byText,
      enableGlobalFilter: true,
      meta: { cell: (row: CompareRow): CellText => ({ text: row.label, detail: row.handle && row.handle !== row.label ? `@${row.handle}` : null }) },
    }),
    helper.accessor((row) => (row.platform ? PLATFORM_NAMES[row.platform] : ''), {
      id: 'platform',
      header: 'Site',
      sortFn: byText,
      filterFn: (row: CompareTableRow, _id: string, value: Platform) => row.original.platform === value,
      meta: { cell: (row: CompareRow): CellText => ({ text: row.platform ? PLATFORM_NAMES[row.platform] : NO_FIGURE, detail: row.kind === 'company' ? 'company page' : null }) },
    }),
    helper.accessor((row) => row.memberships.map((member) => member.shortlistName).join(', '), {
      id: 'lists',
      header: 'Lists',
      sortFn: byText,
      filterFn: (row: CompareTableRow, _id: string, value: MembershipFilter) =>
        row.original.memberships.some(
          (member) => (value.shortlistId === null || member.shortlistId === value.shortlistId) && (value.status === null || member.status === value.status),
        ),
      meta: {
        cell: (row: CompareRow): CellText => ({
          text: row.memberships.map((member) => `${member.shortlistName}: ${STATUS_WORDS[member.status]}`).join(' · '),
          detail: [...new Set(row.memberships.flatMap((member) => member.tags))].join(', ') || null,
        }),
      },
    }),
    helper.accessor((row) => kpisOf(row)?.followers?.value ?? undefined, {
      id: 'followers',
      header: 'Followers',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: {
        numeric: true,
        cell: (row: CompareRow): CellText =>
          text(row, () => {
            const { value, range } = followersText(kpisOf(row), format);
            return { text: range ? `${value}≈` : value, detail: range ? `read as ${range}` : null };
          }),
      },
    }),
    helper.accessor((row) => (kpisOf(row)?.tier ? TIER_RANK[kpisOf(row)!.tier!] : undefined), {
      id: 'tier',
      header: 'Tier',
      sortFn: byNumber,
      sortUndefined: 'last',
      filterFn: (row: CompareTableRow, _id: string, value: Tier) => kpisOf(row.original)?.tiers.includes(value) ?? false,
      meta: { cell: (row: CompareRow): CellText => text(row, () => ({ text: tierText(kpisOf(row)) })) },
    }),
    helper.accessor((row) => kpisOf(row)?.erByFollowers?.value ?? undefined, {
      id: 'erByFollowers',
      header: 'ER by followers',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { numeric: true, cell: (row: CompareRow): CellText => text(row, () => rateCell(kpisOf(row)?.erByFollowers ?? null, format)) },
    }),
    helper.accessor((row) => kpisOf(row)?.erByViews?.value ?? undefined, {
      id: 'erByViews',
      header: 'ER by views',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { numeric: true, cell: (row: CompareRow): CellText => text(row, () => rateCell(kpisOf(row)?.erByViews ?? null, format)) },
    }),
    helper.accessor((row) => bandRank(bandOf(kpisOf(row))), {
      id: 'band',
      header: 'Benchmark',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      filterFn: (row: CompareTableRow, _id: string, value: BandLabel) => bandOf(kpisOf(row.original)) === value,
      meta: { cell: (row: CompareRow): CellText => text(row, () => ({ text: benchmarkText(kpisOf(row)), detail: benchmarkSourceText(kpisOf(row)) })) },
    }),
    helper.accessor((row) => kpisOf(row)?.followerGrowthPerDay?.value ?? undefined, {
      id: 'growth',
      header: 'Growth',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { numeric: true, cell: (row: CompareRow): CellText => text(row, () => ({ text: growthText(kpisOf(row), format) })) },
    }),
    helper.accessor((row) => commentSortValue(row), {
      id: 'comments',
      header: 'Comments',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { cell: (row: CompareRow): CellText => text(row, () => ({ text: commentsText(kpisOf(row), format) })) },
    }),
    helper.accessor((row) => kpisOf(row)?.postsRead ?? undefined, {
      id: 'posts',
      header: 'Posts read',
      sortFn: byNumber,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { numeric: true, cell: (row: CompareRow): CellText => text(row, () => ({ text: kpisOf(row) ? format.number(kpisOf(row)!.postsRead) : NO_FIGURE })) },
    }),
  ]);
}

function rateCell(rate: Parameters<typeof rateText>[0], format: PanelFormatters): CellText {
  return { text: rateText(rate, format.locale), detail: rate ? `over ${rate.posts} post${rate.posts === 1 ? '' : 's'}${rate.exact ? '' : '; a range: the page rounded some counts'}` : null };
}

function bandRank(band: BandLabel | null): number | undefined {
  return band === null ? undefined : BAND_RANK[band];
}

/** Comment quality (substantive share) when it was computed, else how many comments were read, below any quality. */
function commentSortValue(row: CompareRow): number | undefined {
  const kpis = row.kpis;
  if (!kpis) return undefined;
  return kpis.comments.quality ? 1_000_000_000 + kpis.comments.quality.substantive : kpis.comments.read;
}

/** The search box: every word must be in the row's name, handle, key, list names or tags. */
export function matchesSearch(row: CompareTableRow, _columnId: string, search: string): boolean {
  const words = search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.original.searchText.includes(word));
}

/** Column widths, in the order of the columns: one CSS grid template for the header and every row. */
export const COMPARE_GRID_COLUMNS = 'minmax(170px, 2fr) 84px minmax(150px, 1.5fr) 110px 70px 110px 110px 100px 120px 150px 70px';
