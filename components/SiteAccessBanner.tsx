/**
 * "Castlist cannot read TikTok and X" with the reason in the browser's words and the grant in one click, instead of
 * a panel that silently reads nothing (lib/platform/site-access.ts). After the grant it says that open tabs of those
 * sites start being read on their next load.
 */
import type { BrowserFamily } from '../lib/platform/extension-apis';
import { grantButtonLabel, missingAccessHeadline, missingAccessReason, siteList } from '../lib/platform/site-access';
import type { SiteAccess } from '../lib/panel/use-site-access';

export function SiteAccessBanner({ siteAccess, family }: { siteAccess: SiteAccess; family: BrowserFamily }) {
  const { access, outcome, grant } = siteAccess;
  const missing = access.status === 'ready' ? access.missing : [];
  if (missing.length === 0) {
    if (outcome?.result !== 'granted') return null;
    return (
      <section className="site-access banner" role="status" aria-label="Site access">
        <p>
          <strong>Castlist may now read {siteList(outcome.sites)}.</strong> Tabs already open start being read on their
          next load: reload them.
        </p>
      </section>
    );
  }
  return (
    <section className="site-access banner banner-warning" role="alert" aria-label="Site access">
      <p>
        <strong>{missingAccessHeadline(missing)}.</strong> {missingAccessReason(family)}
      </p>
      <button type="button" className="site-access-grant" onClick={grant}>
        {grantButtonLabel(missing)}
      </button>
      {outcome?.result === 'declined' && <p className="muted">Access was not allowed. Castlist reads nothing on these sites.</p>}
      {outcome?.result === 'failed' && <p className="muted">The browser refused the request: {outcome.error}</p>}
    </section>
  );
}
