/**
 * The side panel for one page URL. Everything it needs from outside comes in as props (database, the sender of
 * messages to the background, URL, locale, time zone, clock, comments' language detector), so tests render it against a fake-indexeddb database
 * without a browser; <SidePanelApp> supplies the real ones.
 */
import type { AsyncLanguageDetector } from '../lib/comments/language';
import type { CastlistDatabase } from '../lib/db/castlist-db';
import { sendToBackground } from '../lib/panel/background-sender';
import { browserCommentLanguage } from '../lib/panel/comment-language';
import { type BackgroundSender, PanelProvider } from '../lib/panel/panel-context';
import { PanelViews } from './PanelViews';

export interface CastlistPanelProps {
  db: CastlistDatabase;
  /** The page to show; null when the active tab's URL is unknown (a site Castlist has no access to). */
  url: string | null;
  locale: string;
  /** How the panel asks the background to store a change (default: the extension's runtime messaging). */
  send?: BackgroundSender;
  timeZone?: string;
  now?: () => number;
  /** The language of a comment, for comment scoring (default: the browser's, browser.i18n.detectLanguage). */
  detectLanguage?: AsyncLanguageDetector;
}

export function CastlistPanel({ db, url, locale, send = sendToBackground, timeZone, now, detectLanguage = browserCommentLanguage }: CastlistPanelProps) {
  return (
    <PanelProvider db={db} send={send} locale={locale} detectLanguage={detectLanguage} {...(timeZone ? { timeZone } : {})} {...(now ? { now } : {})}>
      <PanelViews url={url} />
    </PanelProvider>
  );
}
