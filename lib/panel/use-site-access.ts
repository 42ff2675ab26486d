/**
 * The panel's view of site access (lib/platform/site-access.ts): which of the five sites Castlist may not read, kept
 * current as the user grants or revokes them, and the one-click grant.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PermissionsApi } from '../platform/extension-apis';
import { onSiteAccessChange, requestSiteAccess, sitesWithoutAccess } from '../platform/site-access';
import type { Platform } from '../reading/reading';

export type SiteAccessState =
  | { status: 'checking' }
  /** The browser could not be asked (no permissions API): nothing is claimed either way. */
  | { status: 'unknown' }
  | { status: 'ready'; missing: Platform[] };

/** What the last click on the grant button came to. */
export type GrantOutcome = { result: 'granted'; sites: Platform[] } | { result: 'declined' } | { result: 'failed'; error: string };

export interface SiteAccess {
  access: SiteAccessState;
  outcome: GrantOutcome | null;
  /** Call it straight from the click handler: the browser's prompt needs the user action. */
  grant(): void;
}

export function useSiteAccess(permissions: PermissionsApi | undefined): SiteAccess {
  const [access, setAccess] = useState<SiteAccessState>({ status: permissions ? 'checking' : 'unknown' });
  const [outcome, setOutcome] = useState<GrantOutcome | null>(null);
  // Asked again after each answer to the prompt, in case the browser's change event is late or missing.
  const [askAgain, setAskAgain] = useState(0);

  useEffect(() => {
    if (!permissions) {
      setAccess({ status: 'unknown' });
      return;
    }
    let disposed = false;
    let latest = 0;
    const refresh = () => {
      const request = (latest += 1);
      sitesWithoutAccess(permissions).then(
        (missing) => {
          // answers can arrive out of order: only the newest question's answer counts
          if (!disposed && request === latest) setAccess({ status: 'ready', missing });
        },
        (error: unknown) => {
          console.error('[Castlist] could not read which sites Castlist may read:', error);
          if (!disposed && request === latest) setAccess({ status: 'unknown' });
        },
      );
    };
    let stopWatching = () => {};
    try {
      stopWatching = onSiteAccessChange(permissions, refresh);
    } catch (error) {
      // Without change events the state is still read once, now; it just does not follow later changes.
      console.error('[Castlist] cannot follow changes of site access:', error);
    }
    refresh();
    return () => {
      disposed = true;
      stopWatching();
    };
  }, [permissions, askAgain]);

  const grant = useCallback(() => {
    if (!permissions || access.status !== 'ready' || access.missing.length === 0) return;
    const sites = access.missing;
    let asked: Promise<boolean>;
    try {
      asked = requestSiteAccess(permissions, sites);
    } catch (error) {
      asked = Promise.reject(error);
    }
    asked
      .then(
        (granted) => setOutcome(granted ? { result: 'granted', sites } : { result: 'declined' }),
        (error: unknown) => {
          console.error('[Castlist] the request for site access failed:', error);
          setOutcome({ result: 'failed', error: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => setAskAgain((count) => count + 1));
  }, [permissions, access]);

  return { access, outcome, grant };
}
