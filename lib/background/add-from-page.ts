/**
 * Adding a creator from a page rather than from the panel: the page badge's button (a content-script message), the
 * context menu and the keyboard command. Each adds to the last-used list (last-used-shortlist.ts). The badge's
 * message may only name a creator this page's own readings named: a page cannot put another key on a list.
 */
import type { CastlistDatabase } from '../db/castlist-db';
import type { BackgroundMessage } from '../messages/background-messages';
import { lastUsedShortlist } from './last-used-shortlist';
import { creatorReadOnPage } from '../shortlists/page-creator';
import { addToShortlist, ShortlistError } from './shortlists';

type MessageOf<Type extends BackgroundMessage['type']> = Extract<BackgroundMessage, { type: Type }>;

export interface AddedFromPage {
  id: string;
  shortlist: { id: string; name: string };
  /** The badge's add found the creator already on the list: no error for a page's button, only nothing to do. */
  alreadyListed?: true;
}

export async function addToLastUsedShortlist(db: CastlistDatabase, creatorKey: string, now: number): Promise<AddedFromPage> {
  const { shortlist } = await lastUsedShortlist(db, now);
  return addToShortlist(db, { type: 'shortlist.add', shortlistId: shortlist.id, creatorKey }, now);
}

/** The page badge's add: `pageUrl` is the sender's document URL as the browser reports it, never the message's word. */
export async function addFromPage(
  db: CastlistDatabase,
  message: MessageOf<'shortlist.add-from-page'>,
  pageUrl: string | undefined,
  now: number,
): Promise<AddedFromPage> {
  if (!pageUrl) throw new ShortlistError('shortlist.add-from-page is only accepted from a page: the sender has no URL');
  if (!(await creatorReadOnPage(db, pageUrl, message.creatorKey))) {
    throw new ShortlistError(`${message.creatorKey} is not a creator this page showed (${pageUrl}): nothing added`);
  }
  const { shortlist } = await lastUsedShortlist(db, now);
  const listed = await db.shortlistEntries.where('[shortlistId+creatorKey]').equals([shortlist.id, message.creatorKey]).first();
  if (listed) return { id: listed.id, shortlist: { id: shortlist.id, name: shortlist.name }, alreadyListed: true };
  return addToShortlist(db, { type: 'shortlist.add', shortlistId: shortlist.id, creatorKey: message.creatorKey }, now);
}
