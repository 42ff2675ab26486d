/**
 * The panel with site access withheld (Firefox) or restricted (Chrome): it says which sites it cannot read and why,
 * and the grant button asks the browser in one click, from the click itself.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/SidePanelApp';
import type { CastlistDatabase } from '../../lib/db/castlist-db';
import type { ExtensionApis } from '../../lib/platform/extension-apis';
import { PLATFORMS } from '../../lib/reading/reading';
import { SITE_HOST_PATTERNS } from '../../lib/sites/host-patterns';
import { type FakePermissions, fakePermissions } from '../support/fake-permissions';
import { freshDb } from './panel-rows';

const WATCH_URL = `?url=${encodeURIComponent('https://www.youtube.com/watch?v=GJLlxj_dtq8')}`;
const firefox = (permissions: FakePermissions): ExtensionApis => ({ permissions, sidebarAction: { toggle: async () => undefined } });
const chrome = (permissions: FakePermissions): ExtensionApis => ({ permissions, sidePanel: { setPanelBehavior: async () => undefined } });

/** A click as the browser delivers it: the permissions fake sees it as a user action only while it is handled. */
function userClicks(permissions: FakePermissions, button: HTMLElement) {
  permissions.handlingUserInput = true;
  try {
    fireEvent.click(button);
  } finally {
    permissions.handlingUserInput = false;
  }
}

let db: CastlistDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

describe('site access in the panel', () => {
  it('Firefox without the five sites: says so, and one click grants them all', async () => {
    const permissions = fakePermissions([]);
    render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={firefox(permissions)} />);
    const banner = await screen.findByRole('alert', { name: 'Site access' });
    expect(banner).toHaveTextContent('Castlist cannot read YouTube, TikTok, Instagram, X and LinkedIn.');
    expect(banner).toHaveTextContent('Firefox lets you choose which sites an add-on may read');
    // The page itself still shows below the banner.
    expect(await screen.findByRole('heading', { level: 1, name: 'YouTube post' })).toBeInTheDocument();

    await act(async () => userClicks(permissions, screen.getByRole('button', { name: 'Allow access to YouTube, TikTok, Instagram, X and LinkedIn' })));
    expect(permissions.requestsOutsideUserInput).toBe(0);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: PLATFORMS.flatMap((site) => [...SITE_HOST_PATTERNS[site]]) });

    const granted = await screen.findByRole('status', { name: 'Site access' });
    expect(granted).toHaveTextContent('Castlist may now read YouTube, TikTok, Instagram, X and LinkedIn. Tabs already open start being read on their next load');
    expect(screen.queryByRole('alert', { name: 'Site access' })).not.toBeInTheDocument();
  });

  it('Chrome with site access restricted to YouTube: names the other four in Chrome\'s terms, asks only for them', async () => {
    const permissions = fakePermissions(['youtube']);
    render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={chrome(permissions)} />);
    const banner = await screen.findByRole('alert', { name: 'Site access' });
    expect(banner).toHaveTextContent('Castlist cannot read TikTok, Instagram, X and LinkedIn.');
    expect(banner).toHaveTextContent("Castlist's site access is restricted in the browser's extension settings.");
    expect(banner).not.toHaveTextContent('Firefox');

    await act(async () => userClicks(permissions, screen.getByRole('button', { name: 'Allow access to TikTok, Instagram, X and LinkedIn' })));
    expect(permissions.request).toHaveBeenCalledWith({
      origins: (['tiktok', 'instagram', 'x', 'linkedin'] as const).flatMap((site) => [...SITE_HOST_PATTERNS[site]]),
    });
    expect(await screen.findByRole('status', { name: 'Site access' })).toHaveTextContent('Castlist may now read TikTok, Instagram, X and LinkedIn.');
  });

  it('a refused prompt keeps the banner and says nothing will be read', async () => {
    const permissions = fakePermissions([]);
    permissions.answer = 'deny';
    render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={firefox(permissions)} />);
    const button = await screen.findByRole('button', { name: /^Allow access to / });
    await act(async () => userClicks(permissions, button));
    expect(await screen.findByText('Access was not allowed. Castlist reads nothing on these sites.')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Site access' })).toBeInTheDocument();
  });

  it('follows grants and revocations made elsewhere (the browser\'s add-on settings)', async () => {
    const permissions = fakePermissions([...PLATFORMS]);
    const { unmount } = render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={firefox(permissions)} />);
    await screen.findByRole('heading', { level: 1, name: 'YouTube post' });
    expect(screen.queryByRole('alert', { name: 'Site access' })).not.toBeInTheDocument();

    await act(async () => void (await permissions.remove({ origins: [...SITE_HOST_PATTERNS.linkedin] })));
    expect(await screen.findByRole('alert', { name: 'Site access' })).toHaveTextContent('Castlist cannot read LinkedIn.');

    await act(async () => void (await permissions.grantInSettings({ origins: [...SITE_HOST_PATTERNS.linkedin] })));
    await vi.waitFor(() => expect(screen.queryByRole('alert', { name: 'Site access' })).not.toBeInTheDocument());
    expect(screen.queryByRole('status', { name: 'Site access' })).not.toBeInTheDocument();
    unmount();
  });

  it('says why when the browser refuses the request itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const permissions = fakePermissions([]);
    render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={firefox(permissions)} />);
    // Not a user action: Firefox refuses, and the panel shows Firefox's reason.
    const button = await screen.findByRole('button', { name: /^Allow access to / });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText('The browser refused the request: permissions.request may only be called from a user input handler')).toBeInTheDocument();
  });

  it('removes its listeners when closed', async () => {
    const permissions = fakePermissions([]);
    const { unmount } = render(<SidePanelApp db={db} search={WATCH_URL} locale="en-GB" extension={firefox(permissions)} />);
    await screen.findByRole('alert', { name: 'Site access' });
    expect(permissions.listenerCount()).toBe(2);
    unmount();
    expect(permissions.listenerCount()).toBe(0);
  });
});
