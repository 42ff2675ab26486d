/**
 * A list's entries: a search box ("/" focuses it) and a status filter over the whole list, then the entries in the
 * order they were added, a page at a time so that a list of thousands opens at once.
 */
import { useMemo, useRef, useState } from 'react';
import { SHORTLIST_STATUSES, type ShortlistRow, type ShortlistStatus } from '../../lib/db/rows';
import type { EntryWithCreator } from '../../lib/panel/shortlist-queries';
import { useKpisNow, useShortlistEntries } from '../../lib/panel/use-shortlists';
import { creatorLabelOf } from '../../lib/shortlists/creator-label';
import { usePanel } from '../../lib/panel/panel-context';
import { useSlashToFocus } from '../../lib/panel/use-slash-to-focus';
import { EntryRow } from './EntryRow';
import { STATUS_WORDS } from './status-words';

export const ENTRIES_PER_PAGE = 100;

function searchTextOf({ entry, creator }: EntryWithCreator): string {
  const label = creatorLabelOf(entry.creatorKey, creator);
  const fields = entry.fields ? [entry.fields.rate, entry.fields.email, entry.fields.agency] : [];
  return [label.name, label.handle, entry.creatorKey, entry.notes, ...(entry.tags ?? []), ...fields].filter(Boolean).join('\n').toLocaleLowerCase();
}

export function EntryList({ list }: { list: ShortlistRow }) {
  const { db, format, now } = usePanel();
  const entries = useShortlistEntries(db, list.id);
  const keys = useMemo(() => entries?.filter((item) => item.creator).map((item) => item.entry.creatorKey) ?? [], [entries]);
  const kpisNow = useKpisNow(db, keys, now);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ShortlistStatus | ''>('');
  const [limit, setLimit] = useState(ENTRIES_PER_PAGE);
  const searchBox = useRef<HTMLInputElement>(null);

  useSlashToFocus(searchBox);

  const filtered = useMemo(() => {
    if (!entries) return undefined;
    const words = search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return entries.filter((item) => {
      if (status && item.entry.status !== status) return false;
      if (!words.length) return true;
      const text = searchTextOf(item);
      return words.every((word) => text.includes(word));
    });
  }, [entries, search, status]);

  if (!entries || !filtered) return <p className="muted" aria-busy="true">Loading entries…</p>;
  if (entries.length === 0) {
    return <p className="muted">“{list.name}” has no creators yet. Open a creator's profile or post and add them.</p>;
  }
  const shown = filtered.slice(0, limit);
  return (
    <section className="entry-list" aria-labelledby="entries-title">
      <h2 id="entries-title">
        {list.name} <span className="muted">({format.number(entries.length)})</span>
      </h2>
      <div className="entry-filters" role="search">
        <label>
          <span className="visually-hidden">Search this list</span>
          <input
            ref={searchBox}
            type="search"
            placeholder="Search names, notes, tags (/)"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setLimit(ENTRIES_PER_PAGE);
            }}
          />
        </label>
        <label>
          <span className="visually-hidden">Status</span>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as ShortlistStatus | '');
              setLimit(ENTRIES_PER_PAGE);
            }}
          >
            <option value="">Every status</option>
            {SHORTLIST_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kpisNow.pending > 0 && (
        <p className="muted" aria-live="polite">
          Computing KPIs now: {format.number(kpisNow.pending)} to go…
        </p>
      )}
      {kpisNow.error && <p role="alert">{kpisNow.error}</p>}
      {filtered.length !== entries.length && (
        <p className="muted" aria-live="polite">
          {format.number(filtered.length)} of {format.number(entries.length)} shown
        </p>
      )}
      <ol className="entries">
        {shown.map((item) => (
          <EntryRow key={item.entry.id} item={item} kpisNow={kpisNow.kpis.get(item.entry.creatorKey)} />
        ))}
      </ol>
      {filtered.length > shown.length && (
        <button type="button" onClick={() => setLimit((current) => current + ENTRIES_PER_PAGE)}>
          Show {format.number(Math.min(ENTRIES_PER_PAGE, filtered.length - shown.length))} more of {format.number(filtered.length - shown.length)}
        </button>
      )}
    </section>
  );
}
