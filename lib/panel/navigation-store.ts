/**
 * Which view of the side panel is open: panel UI state, so it lives in a zustand store (never in the database).
 * `?view=<id>` in the panel's URL opens a view directly (end-to-end tests, "open in a tab").
 */
import { create } from 'zustand';

export const PANEL_VIEW_IDS = ['page', 'shortlists', 'compare', 'campaigns', 'data'] as const;
export type PanelViewId = (typeof PANEL_VIEW_IDS)[number];

interface NavigationState {
  view: PanelViewId;
  show(view: PanelViewId): void;
}

export const usePanelNavigation = create<NavigationState>()((set) => ({
  view: 'page',
  show: (view) => set({ view }),
}));

/** The view named by `?view=` in a panel URL's query string, or null when it names none we have. */
export function viewFromSearch(search: string): PanelViewId | null {
  const view = new URLSearchParams(search).get('view');
  return (PANEL_VIEW_IDS as readonly string[]).includes(view ?? '') ? (view as PanelViewId) : null;
}
