/**
 * The panel as the extension runs it: the page is `?url=` when given (end-to-end tests, "open in a tab"), otherwise
 * the active tab's; the database is the extension's; numbers and times are in the browser's UI language.
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { castlistDb, type CastlistDatabase } from '../lib/db/castlist-db';
import { usePanelNavigation, viewFromSearch } from '../lib/panel/navigation-store';
import { openInTabHref, overrideUrlFrom } from '../lib/panel/page-target';
import { useSiteAccess } from '../lib/panel/use-site-access';
import { browserFamilyOf, extensionApis, type ExtensionApis } from '../lib/platform/extension-apis';
import { CastlistPanel } from './CastlistPanel';
import { SiteAccessBanner } from './SiteAccessBanner';
import { useActiveTabUrl, type ActiveTabApis } from './use-active-tab-url';

export interface SidePanelAppProps {
  db?: CastlistDatabase;
  /** The panel page's own query string (default: location.search). */
  search?: string;
  locale?: string;
  apis?: ActiveTabApis;
  /** The browser-specific APIs (default: the running browser's, lib/platform/extension-apis.ts). */
  extension?: ExtensionApis;
}

const runningBrowserApis = extensionApis();

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

export function SidePanelApp({ db, search = location.search, locale, apis, extension = runningBrowserApis }: SidePanelAppProps) {
  const override = overrideUrlFrom(search);
  const requestedView = viewFromSearch(search);
  useEffect(() => {
    if (requestedView) usePanelNavigation.getState().show(requestedView);
  }, [requestedView]);
  const active = useActiveTabUrl({ enabled: override === null, ...(apis ? { apis } : {}) });
  const siteAccess = useSiteAccess(extension.permissions);
  const accessBanner = <SiteAccessBanner siteAccess={siteAccess} family={browserFamilyOf(extension)} />;
  const database = db ?? castlistDb();
  const language = locale ?? uiLocale();

  if (override === null && active.status === 'loading') {
    return (
      <>
        {accessBanner}
        <main className="panel">
          <p className="muted" aria-busy="true">Looking at the active tab…</p>
        </main>
      </>
    );
  }
  const url = override ?? (active.status === 'ready' ? active.url : null);
  return (
    <>
      {accessBanner}
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
