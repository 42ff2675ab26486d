/**
 * lib/platform on each side: Firefox (sidebar, site access the user may withhold) and Chrome (side panel, site access
 * the user may restrict), with fakes of each browser's APIs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserFamilyOf, type ExtensionApis, type ToolbarButtonApi } from '../../lib/platform/extension-apis';
import { openPanelFromToolbarButton } from '../../lib/platform/panel-surface';
import {
  grantButtonLabel,
  missingAccessHeadline,
  missingAccessReason,
  missingAccessToolbarTitle,
  requestSiteAccess,
  sitesWithoutAccess,
} from '../../lib/platform/site-access';
import { keepToolbarSiteAccessCurrent, MISSING_ACCESS_BADGE, TOOLBAR_DEFAULT_TITLE } from '../../lib/platform/toolbar-site-access';
import { PLATFORMS, type Platform } from '../../lib/reading/reading';
import { SITE_HOST_PATTERNS } from '../../lib/sites/host-patterns';
import { fakePermissions } from '../support/fake-permissions';

function fakeToolbarButton() {
  const clicks = new Set<() => void>();
  const state = { badge: '', title: TOOLBAR_DEFAULT_TITLE, color: '' };
  const button: ToolbarButtonApi & { state: typeof state; click(): void } = {
    state,
    onClicked: { addListener: (listener) => void clicks.add(listener), removeListener: (listener) => void clicks.delete(listener) },
    setBadgeText: async ({ text }) => void (state.badge = text),
    setBadgeBackgroundColor: async ({ color }) => void (state.color = color),
    setTitle: async ({ title }) => void (state.title = title),
    click: () => clicks.forEach((listener) => listener()),
  };
  return button;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('which browser: told by the panel API', () => {
  it.each<[string, ExtensionApis, 'firefox' | 'chromium']>([
    ['Firefox: a sidebar', { sidebarAction: { toggle: async () => undefined } }, 'firefox'],
    ['Chrome: a side panel', { sidePanel: { setPanelBehavior: async () => undefined } }, 'chromium'],
    ['a Firefox that would also offer sidePanel: the sidebar its manifest declares wins', { sidebarAction: { toggle: async () => undefined }, sidePanel: { setPanelBehavior: async () => undefined } }, 'firefox'],
  ])('%s', (_, apis, family) => {
    expect(browserFamilyOf(apis)).toBe(family);
  });
});

describe('the toolbar button opens the panel', () => {
  it('Firefox: each click toggles the sidebar, from the click itself', () => {
    const toggle = vi.fn(async () => undefined);
    const toolbarButton = fakeToolbarButton();
    openPanelFromToolbarButton({ sidebarAction: { toggle }, toolbarButton });
    expect(toggle).not.toHaveBeenCalled();
    toolbarButton.click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('Chrome: the side panel opens on the click by behaviour, no click listener', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    const toolbarButton = fakeToolbarButton();
    const addListener = vi.spyOn(toolbarButton.onClicked, 'addListener');
    openPanelFromToolbarButton({ sidePanel: { setPanelBehavior }, toolbarButton });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(addListener).not.toHaveBeenCalled();
  });

  it('says which API is missing rather than doing nothing silently', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openPanelFromToolbarButton({ toolbarButton: fakeToolbarButton() });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[castlist\] Chrome: no sidePanel API/));
  });
});

describe('site access', () => {
  it.each<[string, Platform[], Platform[]]>([
    ['Firefox, installed without the sites', [], [...PLATFORMS]],
    ['Chrome, site access restricted to YouTube and LinkedIn', ['youtube', 'linkedin'], ['tiktok', 'instagram', 'x']],
    ['every site granted', [...PLATFORMS], []],
  ])('%s', async (_, granted, missing) => {
    expect(await sitesWithoutAccess(fakePermissions(granted))).toEqual(missing);
  });

  it('a site counts as granted only with all of its host patterns (X is x.com, twitter.com and mobile.x.com)', async () => {
    const permissions = fakePermissions([]);
    permissions.granted.add(SITE_HOST_PATTERNS.x[0]);
    expect(await sitesWithoutAccess(permissions)).toContain('x');
    for (const pattern of SITE_HOST_PATTERNS.x) permissions.granted.add(pattern);
    expect(await sitesWithoutAccess(permissions)).not.toContain('x');
  });

  it('asks for exactly the missing sites\' manifest patterns', async () => {
    const permissions = fakePermissions(['youtube']);
    permissions.handlingUserInput = true;
    const asked = requestSiteAccess(permissions, ['tiktok', 'x']);
    permissions.handlingUserInput = false;
    expect(await asked).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...SITE_HOST_PATTERNS.tiktok, ...SITE_HOST_PATTERNS.x] });
    expect(await sitesWithoutAccess(permissions)).toEqual(['instagram', 'linkedin']);
  });

  it.each<[Platform[], string, string, string]>([
    [['tiktok'], 'Castlist cannot read TikTok', 'Allow access to TikTok', 'Castlist cannot read TikTok: click to open Castlist and allow access'],
    [['tiktok', 'x'], 'Castlist cannot read TikTok and X', 'Allow access to TikTok and X', 'Castlist cannot read TikTok and X: click to open Castlist and allow access'],
    [
      [...PLATFORMS],
      'Castlist cannot read YouTube, TikTok, Instagram, X and LinkedIn',
      'Allow access to YouTube, TikTok, Instagram, X and LinkedIn',
      'Castlist cannot read YouTube, TikTok, Instagram, X and LinkedIn: click to open Castlist and allow access',
    ],
  ])('words for %j', (missing, headline, button, title) => {
    expect(missingAccessHeadline(missing)).toBe(headline);
    expect(grantButtonLabel(missing)).toBe(button);
    expect(missingAccessToolbarTitle(missing)).toBe(title);
  });

  it('explains in the words of each browser', () => {
    expect(missingAccessReason('firefox')).toMatch(/^Firefox lets you choose which sites an add-on may read/);
    expect(missingAccessReason('chromium')).toMatch(/site access is restricted in the browser's extension settings/);
  });
});

describe('the toolbar button shows missing access', () => {
  it('Firefox, installed without the sites: "!" and the sites in the tooltip, cleared once granted', async () => {
    const permissions = fakePermissions([]);
    const toolbarButton = fakeToolbarButton();
    await keepToolbarSiteAccessCurrent(permissions, toolbarButton);
    expect(toolbarButton.state).toMatchObject({
      badge: MISSING_ACCESS_BADGE,
      title: 'Castlist cannot read YouTube, TikTok, Instagram, X and LinkedIn: click to open Castlist and allow access',
    });
    expect(toolbarButton.state.color).not.toBe('');

    permissions.handlingUserInput = true;
    const asked = requestSiteAccess(permissions, [...PLATFORMS]);
    permissions.handlingUserInput = false;
    await asked;
    await vi.waitFor(() => expect(toolbarButton.state).toMatchObject({ badge: '', title: TOOLBAR_DEFAULT_TITLE }));
  });

  it('Chrome, the user restricts a site later: the badge appears when the browser says so', async () => {
    const permissions = fakePermissions([...PLATFORMS]);
    const toolbarButton = fakeToolbarButton();
    await keepToolbarSiteAccessCurrent(permissions, toolbarButton);
    expect(toolbarButton.state).toMatchObject({ badge: '', title: TOOLBAR_DEFAULT_TITLE });
    await permissions.remove({ origins: [...SITE_HOST_PATTERNS.instagram] });
    await vi.waitFor(() => expect(toolbarButton.state).toMatchObject({ badge: MISSING_ACCESS_BADGE, title: expect.stringMatching(/^Castlist cannot read Instagram:/) }));
  });

  it('a permissions API that fails is reported with the reason, not swallowed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const permissions = fakePermissions([]);
    permissions.contains = async () => {
      throw new Error('no such API');
    };
    await keepToolbarSiteAccessCurrent(permissions, fakeToolbarButton());
    expect(error).toHaveBeenCalledWith('[castlist] could not show site access on the toolbar button:', expect.objectContaining({ message: 'no such API' }));
  });
});
