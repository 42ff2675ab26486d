/**
 * The compare view's rows: one per creator on any shortlist (a creator on three lists is one row naming the three,
 * each with its status), with the creator's KPIs now. Plain data for the table: every sortable column has a number
 * or text to sort by here, and every filter a value to match, so the table never sorts by what it rendered.
 */
import type { BandLabel } from '../benchmarks/benchmark-schema';
import { TIERS, type Tier } from '../benchmarks/tiers';
import type { CreatorRow, ShortlistEntryRow, ShortlistRow, ShortlistStatus } from '../db/rows';
import type { CreatorKind, Platform } from '../reading/reading';
import { creatorLabelOf } from './creator-label';
import type { ShortlistKpis } from './shortlist-kpis';

export interface CompareMembership {
  shortlistId: string;
  shortlistName: string;
  status: ShortlistStatus;
  tags: readonly string[];
}

export interface CompareRow {
  creatorKey: string;
  platform: Platform | null;
  kind: CreatorKind;
  /** The name to show (the creator's name, else the handle, else the key). */
  label: string;
  handle: string | null;
  url: string | null;
  /** False for a creator on a list whom Castlist has not read yet (added from a link or a file). */
  stored: boolean;
  memberships: CompareMembership[];
  /** undefined while being computed; null when the creator has not been read. */
  kpis: ShortlistKpis | null | undefined;
  /** Name, handle, key, list names and tags, lower case: what the search box matches. */
  searchText: string;
}

/** The rows without KPIs: lists in the order they were made, creators in the order they were first added. */
export function compareRowsOf(
  lists: readonly ShortlistRow[],
  entries: readonly ShortlistEntryRow[],
  creators: ReadonlyMap<string, CreatorRow>,
): CompareRow[] {
  const listsById = new Map(lists.map((list) => [list.id, list]));
  const listOrder = new Map([...lists].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map((list, index) => [list.id, index]));
  const ordered = [...entries].sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  const rows = new Map<string, CompareRow>();
  for (const entry of ordered) {
    const list = listsById.get(entry.shortlistId);
    if (!list) continue; // an entry of a list being deleted in the same moment
    let row = rows.get(entry.creatorKey);
    if (!row) {
      const creator = creators.get(entry.creatorKey) ?? null;
      const label = creatorLabelOf(entry.creatorKey, creator);
      row = {
        creatorKey: entry.creatorKey,
        platform: label.platform,
        kind: label.kind,
        label: label.name,
        handle: label.handle,
        url: creator?.url ?? null,
        stored: creator !== null,
        memberships: [],
        kpis: creator ? undefined : null,
        searchText: '',
      };
      rows.set(entry.creatorKey, row);
    }
    row.memberships.push({ shortlistId: list.id, shortlistName: list.name, status: entry.status, tags: entry.tags ?? [] });
  }
  for (const row of rows.values()) {
    row.memberships.sort((a, b) => listOrder.get(a.shortlistId)! - listOrder.get(b.shortlistId)!);
    row.searchText = [row.label, row.handle ?? '', row.creatorKey, ...row.memberships.flatMap((member) => [member.shortlistName, ...member.tags])]
      .join('\n')
      .toLocaleLowerCase();
  }
  return [...rows.values()];
}

/** Sort positions: tiers by size, bands from below to good (null sorts last, whichever the direction). */
export const TIER_RANK: Record<Tier, number> = Object.fromEntries(TIERS.map((tier, index) => [tier, index])) as Record<Tier, number>;
export const BAND_RANK: Record<BandLabel, number> = { below: 0, average: 1, good: 2 };

export function bandOf(kpis: ShortlistKpis | null | undefined): BandLabel | null {
  return kpis?.benchmark?.band ?? null;
}
