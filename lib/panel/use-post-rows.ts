/**
 * The stored rows of some posts, for the casting card's parts that show a post's details (title, link, the page's
 * text of a count) beyond the posts the card read rows of (CastingRows.postRows): the views table of every post, the
 * posts of the comment examples. Those already read are used as they are; the others are read once asked for, in a
 * live query of their own, so the card's mount never waits for them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PostRow } from '../db/rows';
import { usePanel } from './panel-context';

export function usePostRows(keys: readonly string[], known: ReadonlyMap<string, PostRow>): ReadonlyMap<string, PostRow> {
  const { db } = usePanel();
  const missing = useMemo(() => [...new Set(keys)].filter((key) => !known.has(key)), [keys, known]);
  const asked = missing.join('\n');
  const read = useLiveQuery((): Promise<Array<PostRow | undefined>> => (missing.length ? db.posts.bulkGet(missing) : Promise.resolve([])), [db, asked]);
  return useMemo(() => {
    if (!read?.length) return known;
    const all = new Map(known);
    for (const row of read) if (row) all.set(row.key, row);
    return all;
  }, [known, read]);
}
