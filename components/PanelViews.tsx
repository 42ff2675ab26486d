/**
 * The side panel's views and the tab bar between them. A view is one entry of PANEL_VIEWS (its id is declared in
 * lib/panel/navigation-store.ts); the open one is UI state in the navigation store.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import { type PanelViewId, usePanelNavigation } from '../lib/panel/navigation-store';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { PanelForUrl } from './PageView';

// The page view opens with the panel; the others load when first shown, each a chunk of its own (tables, CSV,
// backup, campaigns), so the panel's start carries only what the page view needs. A chunk that fails to load is an
// error inside the view's boundary below, which names the view that failed.
const ShortlistsView = lazy(() => import('./shortlists/ShortlistsView').then((module) => ({ default: module.ShortlistsView })));
const CompareView = lazy(() => import('./shortlists/CompareView').then((module) => ({ default: module.CompareView })));
const CampaignsView = lazy(() => import('./campaigns/CampaignsView').then((module) => ({ default: module.CampaignsView })));
const DataView = lazy(() => import('./DataView').then((module) => ({ default: module.DataView })));

export interface PanelViewContext {
  /** The page the panel follows (the active tab, or `?url=`); null when unknown or not a supported site. */
  url: string | null;
}

interface PanelView {
  id: PanelViewId;
  label: string;
  render(context: PanelViewContext): ReactNode;
}

export const PANEL_VIEWS: readonly PanelView[] = [
  { id: 'page', label: 'This page', render: ({ url }) => <PanelForUrl url={url} /> },
  { id: 'shortlists', label: 'Shortlists', render: ({ url }) => <ShortlistsView url={url} /> },
  { id: 'compare', label: 'Compare', render: () => <CompareView /> },
  { id: 'campaigns', label: 'Campaigns', render: () => <CampaignsView /> },
  { id: 'data', label: 'Data', render: () => <DataView /> },
];

export function PanelViews(context: PanelViewContext) {
  const view = usePanelNavigation((state) => state.view);
  const show = usePanelNavigation((state) => state.show);
  const current = PANEL_VIEWS.find((candidate) => candidate.id === view) ?? PANEL_VIEWS[0]!;
  return (
    <>
      {PANEL_VIEWS.length > 1 && (
        <nav className="panel-tabs" aria-label="Castlist views">
          {PANEL_VIEWS.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              className="panel-tab"
              aria-current={candidate.id === current.id ? 'page' : undefined}
              onClick={() => show(candidate.id)}
            >
              {candidate.label}
            </button>
          ))}
        </nav>
      )}
      {/* A view that fails says so and can be tried again; the tabs stay, so the other views still work. */}
      <PanelErrorBoundary key={current.id} part={`the ${current.label} view`} resetKey={context.url}>
        <Suspense
          fallback={
            <p className="muted" aria-busy="true">
              Loading {current.label}…
            </p>
          }
        >
          {current.render(context)}
        </Suspense>
      </PanelErrorBoundary>
    </>
  );
}
