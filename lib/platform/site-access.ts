/**
 * Which of the five sites Castlist may read. In Firefox, MV3 host permissions are the user's choice: an install may
 * come without them, and the user can revoke them per site at any time. In Chrome and Edge they are granted at install,
 * but the user can restrict the extension's site access ("on click", "on specific sites"). Either way a content script
 * does not start on a site without access, so Castlist would read nothing there, silently: the panel and the
 * toolbar button say so instead, and the panel offers the grant in one click.
 *
 * Content scripts declared in the manifest start on the next page load once access is granted: no reload of the
 * extension is needed.
 */
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '../reading/reading';
import { SITE_HOST_PATTERNS } from '../sites/host-patterns';
import type { BrowserFamily, PermissionsApi } from './extension-apis';

/** The sites Castlist has no access to, in PLATFORMS order (empty: it may read all five). */
export async function sitesWithoutAccess(permissions: PermissionsApi): Promise<Platform[]> {
  // async: a synchronous throw of the API becomes this promise's rejection
  const granted = await Promise.all(PLATFORMS.map(async (site) => permissions.contains({ origins: [...SITE_HOST_PATTERNS[site]] })));
  return PLATFORMS.filter((_, index) => !granted[index]);
}

/**
 * Asks the browser for access to these sites (the manifest's own host patterns, nothing more). Must be called
 * synchronously from a click handler: Firefox only shows the prompt in response to a user action, and any `await`
 * before the call loses it. Resolves true when the user granted it.
 */
export function requestSiteAccess(permissions: PermissionsApi, sites: readonly Platform[]): Promise<boolean> {
  return permissions.request({ origins: sites.flatMap((site) => [...SITE_HOST_PATTERNS[site]]) });
}

/** Calls back whenever the user grants or revokes a site (in the browser's add-on settings or through our prompt). */
export function onSiteAccessChange(permissions: PermissionsApi, listener: () => void): () => void {
  const onChange = () => listener();
  permissions.onAdded.addListener(onChange);
  permissions.onRemoved.addListener(onChange);
  return () => {
    permissions.onAdded.removeListener(onChange);
    permissions.onRemoved.removeListener(onChange);
  };
}

/** "YouTube", "TikTok and X", "YouTube, TikTok, Instagram, X and LinkedIn". */
export function siteList(sites: readonly Platform[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(sites.map((site) => PLATFORM_NAMES[site]));
}

/** The panel's and the toolbar button's words for missing access. */
export function missingAccessHeadline(missing: readonly Platform[]): string {
  return `Castlist cannot read ${siteList(missing)}`;
}

/** Why, in the words of the browser the user has in front of them. */
export function missingAccessReason(family: BrowserFamily): string {
  return family === 'firefox'
    ? 'Firefox lets you choose which sites an add-on may read, and has not given Castlist access to these. Nothing there is read or stored until you allow it.'
    : "Castlist's site access is restricted in the browser's extension settings. Nothing there is read or stored until you allow it.";
}

export function grantButtonLabel(missing: readonly Platform[]): string {
  return `Allow access to ${siteList(missing)}`;
}

/** The toolbar button's tooltip while access is missing (its click opens the panel, which offers the grant). */
export function missingAccessToolbarTitle(missing: readonly Platform[]): string {
  return `${missingAccessHeadline(missing)}: click to open Castlist and allow access`;
}
