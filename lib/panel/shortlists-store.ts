/**
 * The shortlist views' UI state (zustand, never the database): which list the Shortlists view shows, and how the
 * compare view is sorted and filtered. It outlives switching views, so a team member comes back to the same list,
 * order and filters.
 */
import type { ColumnFiltersState, SortingState, Updater } from '@tanstack/react-table';
import { functionalUpdate } from '@tanstack/react-table';
import { create } from 'zustand';

export interface ShortlistsUiState {
  /** null: none chosen yet (the view then shows the last-used list, else the first). */
  selectedListId: string | null;
  selectList(id: string | null): void;
  compareSorting: SortingState;
  compareFilters: ColumnFiltersState;
  compareSearch: string;
  setCompareSorting(updater: Updater<SortingState>): void;
  setCompareFilters(updater: Updater<ColumnFiltersState>): void;
  setCompareSearch(updater: Updater<string>): void;
}

export const useShortlistsUi = create<ShortlistsUiState>()((set) => ({
  selectedListId: null,
  selectList: (id) => set({ selectedListId: id }),
  compareSorting: [],
  compareFilters: [],
  compareSearch: '',
  setCompareSorting: (updater) => set((state) => ({ compareSorting: functionalUpdate(updater, state.compareSorting) })),
  setCompareFilters: (updater) => set((state) => ({ compareFilters: functionalUpdate(updater, state.compareFilters) })),
  setCompareSearch: (updater) => set((state) => ({ compareSearch: functionalUpdate(updater, state.compareSearch) })),
}));

/** The state a fresh panel starts with (tests reset to it). */
export const INITIAL_SHORTLISTS_UI = {
  selectedListId: null,
  compareSorting: [],
  compareFilters: [],
  compareSearch: '',
} satisfies Partial<ShortlistsUiState>;
