/**
 * Which shortlist the panel shows, and choosing one. Choosing a list in the panel also makes it the last-used list,
 * where the page badge, the context menu and the keyboard shortcut add creators.
 */
import { useCallback } from 'react';
import { useSendToBackground } from './background-client';
import type { ShortlistsState } from './shortlist-queries';
import { useShortlistsUi } from './shortlists-store';

/** The list shown: the one picked in this panel, else the last-used one, else the first. */
export function shownListId(state: ShortlistsState, picked: string | null): string | null {
  const exists = (id: string | null) => id !== null && state.lists.some((summary) => summary.list.id === id);
  if (exists(picked)) return picked;
  if (exists(state.lastUsedId)) return state.lastUsedId;
  return state.lists[0]?.list.id ?? null;
}

export function useChooseList(): (id: string) => void {
  const send = useSendToBackground();
  const selectList = useShortlistsUi((ui) => ui.selectList);
  return useCallback(
    (id: string) => {
      selectList(id);
      void send({ type: 'settings.set', key: 'shortlists.lastUsed', value: { shortlistId: id } }).then((reply) => {
        // The panel shows the list either way; only where the badge adds stays as it was, and the console says so.
        if (!reply.ok) console.warn('[castlist] could not remember the last-used shortlist:', reply.error);
      });
    },
    [send, selectList],
  );
}
