/**
 * The panel as the extension runs it: the page is `?url=` when given (end-to-end tests, "open in a tab"), otherwise
 * the active tab's; the database is the extension's; numbers and times are in the browser's UI language.
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { castlistDb, type CastlistDatabase } from '../lib/db/castlist-db';
import { usePanelNavigation, viewFromSearch } from '../lib/panel/navigation-store';
import { openInTabHref, overrideUrlFrom } from '../lib/panel/page-target';
import { CastlistPanel } from './CastlistPanel';
import { useActiveTabUrl, type ActiveTabApis } from './use-active-tab-url';

export interface SidePanelAppProps {
  db?: CastlistDatabase;
  /** The panel page's own query string (default: location.search). */
  search?: string;
  locale?: string;
  apis?: ActiveTabApis;
}

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

export function SidePanelApp({ db, search = location.search, locale, apis }: SidePanelAppProps) {
  const override = overrideUrlFrom(search);
  const requestedView = viewFromSearch(search);
  useEffect(() => {
    if (requestedView) usePanelNavigation.getState().show(requestedView);
  }, [requestedView]);
  const active = useActiveTabUrl({ enabled: override === null, ...(apis ? { apis } : {}) });
  const database = db ?? castlistDb();
  const language = locale ?? uiLocale();

  if (override === null && active.status === 'loading') {
    return (
      <main className="panel">
        <p className="muted" aria-busy="true">Looking at the active tab…</p>
      </main>
    );
  }
  const url = override ?? (active.status === 'ready' ? active.url : null);
  return (
    <>
      <CastlistPanel db={database} url={url} locale={language} />
      {url && override === null && (
        <footer className="panel-footer">
          <a href={openInTabHref(url)} target="_blank" rel="noreferrer">
            Open in a tab
          </a>
        </footer>
      )}
    </>
  );
}
