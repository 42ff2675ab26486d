/**
 * The last-used shortlist (setting `shortlists.lastUsed`): the list the panel last showed or a creator was last
 * added to. The page badge's button, the context menu and the keyboard command add there, so a team member who
 * picked "Spring launch" in the panel keeps filling it while browsing. When that list is gone, the most recently
 * changed list takes its place; with no list at all, one is made, so that an add from a page is never lost for want
 * of a list.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { ShortlistRow } from '../db/rows';
import { readSetting } from '../db/settings';
import { FIRST_LIST_NAME } from '../shortlists/shortcut-names';

export const LAST_USED_SETTING = 'shortlists.lastUsed';
export { FIRST_LIST_NAME };

/** Call inside a transaction that holds `settings`. */
export async function rememberLastUsed(db: CastlistDatabase, shortlistId: string, now: number): Promise<void> {
  await db.settings.put({ key: LAST_USED_SETTING, value: { shortlistId }, updatedAt: now });
}

/** The list to add to from a page; made (and remembered) when there is none. */
export async function lastUsedShortlist(db: CastlistDatabase, now: number): Promise<{ shortlist: ShortlistRow; created: boolean }> {
  return db.transaction('rw', db.shortlists, db.settings, async () => {
    const remembered = await readSetting(db, LAST_USED_SETTING);
    const chosen = remembered ? await db.shortlists.get(remembered.shortlistId) : undefined;
    if (chosen) return { shortlist: chosen, created: false };
    const lists = await db.shortlists.toArray();
    const newest = lists.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))[0];
    if (newest) return { shortlist: newest, created: false };
    const made: ShortlistRow = { id: crypto.randomUUID(), name: FIRST_LIST_NAME, createdAt: now, updatedAt: now };
    await db.shortlists.add(made);
    await rememberLastUsed(db, made.id, now);
    return { shortlist: made, created: true };
  });
}
