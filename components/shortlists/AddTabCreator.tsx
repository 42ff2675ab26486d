/**
 * "Add this tab's creator": the creator the active tab shows (a profile, or a post's author), and a button that adds
 * them to the list the panel shows (the last-used list). Already on it: says so. No list yet: makes one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import { tabCreatorOf } from '../../lib/panel/shortlist-queries';
import { useShortlistsUi } from '../../lib/panel/shortlists-store';
import { shownListId, useChooseList } from '../../lib/panel/use-shortlist-choice';
import { useShortlists } from '../../lib/panel/use-shortlists';
import { creatorLabelOf } from '../../lib/shortlists/creator-label';
import { FIRST_LIST_NAME } from '../../lib/shortlists/shortcut-names';
import { usePanel } from '../../lib/panel/panel-context';
import './shortlists.css';

/** `named`: say who the tab's creator is (the This page view names them already, above). */
export function AddTabCreator({ url, named = true }: { url: string | null; named?: boolean }) {
  const { db } = usePanel();
  const send = useSendToBackground();
  const chooseList = useChooseList();
  const state = useShortlists(db);
  const picked = useShortlistsUi((ui) => ui.selectedListId);
  const tab = useLiveQuery(() => (url ? tabCreatorOf(db, url) : Promise.resolve(null)), [db, url]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!state || !tab || !tab.ok) return null;
  const listId = shownListId(state, picked);
  const list = state.lists.find((summary) => summary.list.id === listId)?.list ?? null;
  const label = creatorLabelOf(tab.creatorKey, tab.creator);
  const site = label.platform ? PLATFORM_NAMES[label.platform] : 'unknown site';
  const onList = list !== null && tab.entries.some((entry) => entry.shortlistId === list.id);

  const add = async () => {
    setBusy(true);
    setError(null);
    let shortlistId = list?.id ?? null;
    if (!shortlistId) {
      const made = await send({ type: 'shortlist.create', name: FIRST_LIST_NAME });
      if (!made.ok || !made.id) {
        setBusy(false);
        return setError(made.ok ? 'the list was not made' : replyError(made));
      }
      shortlistId = made.id;
      chooseList(shortlistId);
    }
    const reply = await send({ type: 'shortlist.add', shortlistId, creatorKey: tab.creatorKey });
    setBusy(false);
    if (!reply.ok) setError(replyError(reply));
  };

  return (
    <section className="tab-creator" aria-label="Creator of this tab">
      {named && (
        <p className="tab-creator-name">
          <span className="muted">This tab: </span>
          <strong>{label.name}</strong>
          {label.handle && label.handle !== label.name ? <span className="muted"> @{label.handle}</span> : null}
          <span className="muted"> · {site}</span>
        </p>
      )}
      {onList ? (
        <p className="tab-creator-state" role="status">
          ✓ On “{list.name}”
        </p>
      ) : (
        <button type="button" className="primary" onClick={add} disabled={busy}>
          {list ? `Add to “${list.name}”` : `Add to a new list “${FIRST_LIST_NAME}”`}
        </button>
      )}
      {error && (
        <p className="banner banner-warning" role="alert">
          Not added: {error}
        </p>
      )}
    </section>
  );
}
