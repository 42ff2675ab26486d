import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/SidePanelApp';
import type { ActiveTabApis, TabLike } from '../../components/use-active-tab-url';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import { PLATFORMS } from '../../lib/reading/reading';
import { fakePermissions } from '../support/fake-permissions';
import { freshDb } from './panel-rows';

/** Every site granted: these tests are about following the tab (site access: site-access-banner.test.tsx). */
const extension = { permissions: fakePermissions([...PLATFORMS]) };

type Listener = (...args: never[]) => void;

/** Just enough of browser.tabs and browser.windows: an active tab whose URL the test changes. */
function fakeTabs(initialUrl: string | undefined) {
  let url = initialUrl;
  const listeners = { activated: new Set<Listener>(), updated: new Set<Listener>(), focus: new Set<Listener>() };
  const event = (set: Set<Listener>) => ({
    addListener: (listener: Listener) => set.add(listener),
    removeListener: (listener: Listener) => set.delete(listener),
  });
  const query = vi.fn(async (): Promise<TabLike[]> => [{ url, active: true }]);
  const apis = {
    tabs: { query, onActivated: event(listeners.activated), onUpdated: event(listeners.updated) },
    windows: { onFocusChanged: event(listeners.focus) },
  } as unknown as ActiveTabApis;
  return {
    apis,
    query,
    listeners,
    /** The user switches to another tab. */
    activate(next: string | undefined) {
      url = next;
      for (const listener of listeners.activated) (listener as (info: { tabId: number; windowId: number }) => void)({ tabId: 2, windowId: 1 });
    },
    /** The active tab navigates; without host permission the browser reports only the status. */
    navigate(next: string | undefined, changeInfo: { url?: string; status?: string }, active = true) {
      if (active) url = next;
      for (const listener of listeners.updated) (listener as (id: number, change: typeof changeInfo, tab: TabLike) => void)(1, changeInfo, { active, url: next });
    },
  };
}

let db: CastlistDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('SidePanelApp', () => {
  it('follows the active tab: switching tabs and navigating', async () => {
    const tabs = fakeTabs('https://www.youtube.com/results?search_query=a');
    render(<SidePanelApp db={db} search="" locale="en-GB" apis={tabs.apis} extension={extension} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'YouTube search page' })).toBeInTheDocument();
    expect(tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });

    await act(async () => tabs.activate('https://www.tiktok.com/@khaby.lame'));
    expect(await screen.findByRole('heading', { level: 1, name: '@khaby.lame on TikTok' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in a tab' })).toHaveAttribute(
      'href',
      `sidepanel.html?url=${encodeURIComponent('https://www.tiktok.com/@khaby.lame')}`,
    );

    await act(async () => tabs.navigate('https://www.tiktok.com/@other', { url: 'https://www.tiktok.com/@other' }));
    expect(await screen.findByRole('heading', { level: 1, name: '@other on TikTok' })).toBeInTheDocument();

    // a site without host permission: the tab has no url
    await act(async () => tabs.navigate(undefined, { status: 'loading' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to read here' })).toBeInTheDocument();
  });

  it('ignores updates of background tabs', async () => {
    const tabs = fakeTabs('https://x.com/home');
    render(<SidePanelApp db={db} search="" locale="en-GB" apis={tabs.apis} extension={extension} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'X feed' })).toBeInTheDocument();
    const calls = tabs.query.mock.calls.length;
    await act(async () => tabs.navigate('https://x.com/other', { url: 'https://x.com/other' }, false));
    expect(tabs.query.mock.calls.length).toBe(calls);
  });

  it('shows the ?url= page and does not follow the tab', async () => {
    const tabs = fakeTabs('https://x.com/home');
    const search = `?url=${encodeURIComponent('https://www.youtube.com/watch?v=GJLlxj_dtq8')}`;
    render(<SidePanelApp db={db} search={search} locale="en-GB" apis={tabs.apis} extension={extension} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'YouTube post' })).toBeInTheDocument();
    expect(tabs.query).not.toHaveBeenCalled();
    expect(tabs.listeners.activated.size).toBe(0);
    expect(screen.queryByRole('link', { name: 'Open in a tab' })).not.toBeInTheDocument();
  });

  it('removes its listeners when closed', async () => {
    const tabs = fakeTabs('https://x.com/home');
    const { unmount } = render(<SidePanelApp db={db} search="" locale="en-GB" apis={tabs.apis} extension={extension} />);
    await screen.findByRole('heading', { level: 1, name: 'X feed' });
    expect(tabs.listeners.activated.size).toBe(1);
    unmount();
    expect(tabs.listeners.activated.size + tabs.listeners.updated.size + tabs.listeners.focus.size).toBe(0);
  });
});
