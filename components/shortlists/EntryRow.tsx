/**
 * One entry of a list: who (a link to the profile), the status (changed in place), the headline KPIs now and the
 * tags; "Details" opens notes, tags, the team's fields, the KPIs when added beside now, and removal.
 */
import { useState } from 'react';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../lib/db/rows';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import type { EntryWithCreator } from '../../lib/panel/shortlist-queries';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { creatorLabelOf } from '../../lib/shortlists/creator-label';
import { followersText, rateText } from '../../lib/shortlists/format-kpis';
import type { ShortlistKpis } from '../../lib/shortlists/shortlist-kpis';
import { usePanel } from '../../lib/panel/panel-context';
import { EntryDetails } from './EntryDetails';
import { STATUS_WORDS } from './status-words';

export function EntryRow({ item, kpisNow }: { item: EntryWithCreator; kpisNow: ShortlistKpis | undefined }) {
  const { format } = usePanel();
  const send = useSendToBackground();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { entry, creator } = item;
  const label = creatorLabelOf(entry.creatorKey, creator);
  const detailsId = `entry-details-${entry.id}`;
  const now = creator ? kpisNow : null;
  const followers = followersText(now ?? null, format);
  // Video platforms are judged by views; the rest by followers: the headline shows whichever the creator has.
  const rate = now?.erByViews ?? now?.erByFollowers ?? null;
  const basis = now?.erByViews ? 'by views' : 'by followers';

  const setStatus = async (status: ShortlistStatus) => {
    setError(null);
    const reply = await send({ type: 'shortlist.update-entry', entryId: entry.id, status });
    if (!reply.ok) setError(replyError(reply));
  };

  return (
    <li className="entry" aria-label={label.name}>
      <div className="entry-head">
        <div className="entry-who">
          {creator?.url ? (
            <a href={creator.url} target="_blank" rel="noreferrer" className="entry-name">
              {label.name}
            </a>
          ) : (
            <span className="entry-name">{label.name}</span>
          )}
          <span className="muted">
            {label.handle && label.handle !== label.name ? ` @${label.handle}` : ''} · {label.platform ? PLATFORM_NAMES[label.platform] : entry.creatorKey}
            {label.kind === 'company' ? ' · company' : ''}
          </span>
        </div>
        <label className="entry-status">
          <span className="visually-hidden">Status of {label.name}</span>
          <select value={entry.status} onChange={(event) => void setStatus(event.target.value as ShortlistStatus)} data-status={entry.status}>
            {SHORTLIST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="entry-figures">
        {!creator ? (
          <span className="muted">Not read yet: open their profile to get numbers.</span>
        ) : now === undefined ? (
          <span className="muted">Computing…</span>
        ) : (
          <>
            <span title={followers.range ? `read as ${followers.range}` : undefined}>
              {followers.value}
              {followers.range ? '≈' : ''} followers
            </span>
            {' · '}
            <span>
              ER {rateText(rate, format.locale)}
              {rate ? ` ${basis}` : ''}
            </span>
          </>
        )}
        {(entry.tags ?? []).length > 0 && (
          <span className="entry-tags">
            {(entry.tags ?? []).map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </p>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((value) => !value)}>
        {open ? 'Hide details' : 'Details'}
      </button>
      {error && (
        <p className="banner banner-warning" role="alert">
          {error}
        </p>
      )}
      {open && <EntryDetails id={detailsId} item={item} kpisNow={now ?? null} />}
    </li>
  );
}
