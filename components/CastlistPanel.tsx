/**
 * The side panel for one page URL. Everything it needs from outside comes in as props (database, URL, locale, time
 * zone, clock), so tests render it against a fake-indexeddb database without a browser; <SidePanelApp> supplies
 * the real ones.
 */
import type { CastlistDatabase } from '../lib/db/castlist-db';
import { PanelProvider } from './panel-context';
import { PanelViews } from './PanelViews';

export interface CastlistPanelProps {
  db: CastlistDatabase;
  /** The page to show; null when the active tab's URL is unknown (a site Castlist has no access to). */
  url: string | null;
  locale: string;
  timeZone?: string;
  now?: () => number;
}

export function CastlistPanel({ db, url, locale, timeZone, now }: CastlistPanelProps) {
  return (
    <PanelProvider db={db} locale={locale} {...(timeZone ? { timeZone } : {})} {...(now ? { now } : {})}>
      <PanelViews url={url} />
    </PanelProvider>
  );
}
