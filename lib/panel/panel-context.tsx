/**
 * What the panel's hooks and components need from outside, injectable so that tests render them without a browser:
 * the database (read only: the panel never writes it), the way to ask the background for a change, the UI locale and
 * time zone, the clock, and the language detector comment scoring uses (the browser's, injected: lib/comments stays
 * free of browser APIs). Components reach the database only through the hooks of lib/panel/.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AsyncLanguageDetector } from '../comments/language';
import type { CastlistDatabase } from '../db/castlist-db';
import type { BackgroundMessage, BackgroundReply } from '../messages/background-messages';
import { createFormatters, type PanelFormatters } from './format';

/** Sends one message to the background (the only writer of the database) and resolves its reply. */
export type BackgroundSender = (message: BackgroundMessage) => Promise<BackgroundReply>;

export interface PanelEnvironment {
  db: CastlistDatabase;
  send: BackgroundSender;
  format: PanelFormatters;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** A comment's language (browser.i18n.detectLanguage in the extension: lib/panel/comment-language.ts). */
  detectLanguage: AsyncLanguageDetector;
}

const PanelContext = createContext<PanelEnvironment | null>(null);

export interface PanelProviderProps {
  db: CastlistDatabase;
  send: BackgroundSender;
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  locale: string;
  /** Tests pin "UTC"; the runtime's own zone otherwise. */
  timeZone?: string;
  now?: () => number;
  detectLanguage: AsyncLanguageDetector;
  children: ReactNode;
}

export function PanelProvider({ db, send, locale, timeZone, now = Date.now, detectLanguage, children }: PanelProviderProps) {
  const value = useMemo<PanelEnvironment>(
    () => ({ db, send, format: createFormatters({ locale, ...(timeZone ? { timeZone } : {}) }), now, detectLanguage }),
    [db, send, locale, timeZone, now, detectLanguage],
  );
  return <PanelContext.Provider value={value}>{children}</PanelContext.Provider>;
}

export function usePanel(): PanelEnvironment {
  const environment = useContext(PanelContext);
  if (!environment) throw new Error('usePanel() outside <PanelProvider>');
  return environment;
}

/**
 * The current time, refreshed every `intervalMs` so that "5 minutes ago" stays true while the panel is open. Read
 * once when the component mounts and then on each tick only: a second read right after mounting would render
 * everything that depends on the time (the casting card's KPIs) twice for nothing.
 */
export function useNow(intervalMs = 30_000): number {
  const { now } = usePanel();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return current;
}
