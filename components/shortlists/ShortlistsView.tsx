/**
 * The "Shortlists" view: pick, make, rename or delete a list; add the creator of the active tab; work through the
 * list's entries (status, notes, tags, the team's own fields, KPIs when added and now). Every change goes to the
 * background as a message; what is shown comes back through live queries.
 */
import { useShortlistsUi } from '../../lib/panel/shortlists-store';
import { shownListId } from '../../lib/panel/use-shortlist-choice';
import { useShortlists } from '../../lib/panel/use-shortlists';
import { ADD_COMMAND_KEY } from '../../lib/shortlists/shortcut-names';
import { usePanel } from '../../lib/panel/panel-context';
import { AddTabCreator } from './AddTabCreator';
import { EntryList } from './EntryList';
import { ShortlistFiles } from './ShortlistFiles';
import { ShortlistPicker } from './ShortlistPicker';
import './shortlists.css';

export function ShortlistsView({ url }: { url: string | null }) {
  const { db } = usePanel();
  const state = useShortlists(db);
  const picked = useShortlistsUi((ui) => ui.selectedListId);
  const shownId = state ? shownListId(state, picked) : null;
  const shown = state?.lists.find((summary) => summary.list.id === shownId) ?? null;

  return (
    <main className="panel shortlists" aria-labelledby="shortlists-title">
      <h1 id="shortlists-title">Shortlists</h1>
      {state === undefined ? (
        <p className="muted" aria-busy="true">Loading lists…</p>
      ) : (
        <>
          <ShortlistPicker lists={state.lists} shown={shown} />
          <AddTabCreator url={url} />
          {shown ? (
            <EntryList key={shown.list.id} list={shown.list} />
          ) : (
            <p className="muted">
              Make a list, then add creators here, with the + on a page's Castlist badge, from the right-click menu
              ("Add creator to Castlist shortlist") or with {ADD_COMMAND_KEY}.
            </p>
          )}
          <ShortlistFiles list={shown?.list ?? null} />
        </>
      )}
    </main>
  );
}
