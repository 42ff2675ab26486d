/**
 * The URL of the active tab of the last focused window, kept current as the user switches tabs, navigates (also
 * within a single-page site) or focuses another window. The URL is known only for the sites Castlist has host
 * permission for; any other page gives null, which the panel shows as "not a supported site".
 *
 * The browser APIs are injectable so the hook can be tested without a browser.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export interface TabLike {
  url?: string;
  active?: boolean;
}

export interface TabsApi {
  query(queryInfo: { active: boolean; lastFocusedWindow: boolean }): Promise<TabLike[]>;
  onActivated: BrowserEvent<(activeInfo: { tabId: number; windowId: number }) => void>;
  onUpdated: BrowserEvent<(tabId: number, changeInfo: { url?: string; status?: string }, tab: TabLike) => void>;
}

export interface WindowsApi {
  onFocusChanged: BrowserEvent<(windowId: number) => void>;
}

export interface ActiveTabApis {
  tabs: TabsApi;
  windows?: WindowsApi;
}

export type ActiveTabUrl = { status: 'loading' } | { status: 'ready'; url: string | null };

/** windows.WINDOW_ID_NONE: every browser window lost focus. */
const NO_WINDOW = -1;

function browserApis(): ActiveTabApis {
  return { tabs: browser.tabs as unknown as TabsApi, windows: browser.windows as unknown as WindowsApi | undefined };
}

/**
 * @param options.enabled false when the panel was given a URL (`?url=`): no queries, no listeners.
 * @param options.apis the browser's `tabs` and `windows` (default: wxt/browser).
 */
export function useActiveTabUrl(options: { enabled?: boolean; apis?: ActiveTabApis } = {}): ActiveTabUrl {
  const { enabled = true, apis } = options;
  const [state, setState] = useState<ActiveTabUrl>({ status: 'loading' });

  useEffect(() => {
    if (!enabled) return;
    const { tabs, windows } = apis ?? browserApis();
    let disposed = false;
    let latest = 0;

    const refresh = () => {
      const request = (latest += 1);
      tabs
        .query({ active: true, lastFocusedWindow: true })
        .then((found) => found[0]?.url ?? null)
        .catch((error: unknown) => {
          // No tab to show (the window closed while asking): the panel shows its empty state.
          console.warn('[Castlist] could not read the active tab', error);
          return null;
        })
        .then((url) => {
          // answers can arrive out of order: only the newest question's answer counts
          if (disposed || request !== latest) return;
          setState((previous) => (previous.status === 'ready' && previous.url === url ? previous : { status: 'ready', url }));
        });
    };

    const onActivated = () => refresh();
    const onUpdated = (_tabId: number, changeInfo: { url?: string; status?: string }, tab: TabLike) => {
      // a navigation to a page without host permission reports no url, only its loading status
      if (tab.active && (changeInfo.url !== undefined || changeInfo.status !== undefined)) refresh();
    };
    const onFocusChanged = (windowId: number) => {
      if (windowId !== NO_WINDOW) refresh();
    };

    tabs.onActivated.addListener(onActivated);
    tabs.onUpdated.addListener(onUpdated);
    windows?.onFocusChanged.addListener(onFocusChanged);
    refresh();
    return () => {
      disposed = true;
      tabs.onActivated.removeListener(onActivated);
      tabs.onUpdated.removeListener(onUpdated);
      windows?.onFocusChanged.removeListener(onFocusChanged);
    };
  }, [enabled, apis]);

  return state;
}
