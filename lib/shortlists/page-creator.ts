/**
 * Which creator a page shows, as known from the readings stored (plain Dexie reads: the panel's "add this tab's
 * creator" and the background's adds from pages share them): the profile's creator on a
 * profile page, the author of the post on a post page. The context menu and the keyboard command add this creator;
 * the page badge's button may ask only for a creator this page's own readings named (`creatorReadOnPage`), so a
 * page that drives our content script cannot put an arbitrary key on the user's lists.
 */
import Dexie from 'dexie';
import type { CastlistDatabase } from '../db/castlist-db';
import { panelTargetOf } from '../panel/page-target';
import { findPost, findProfileCreator } from '../panel/queries';
import { creatorKeyOf, entityKeyOf } from '../reading/keys';
import { PLATFORM_NAMES } from '../reading/reading';
import { identifyPage } from '../sites/identify-page';

export type PageCreator = { ok: true; creatorKey: string; stored: boolean } | { ok: false; error: string };

/** Snapshots per post looked at for "read on this page": a tile is re-read a few times per visit at most. */
const RECENT_POST_SNAPSHOTS = 10;

/** The creator the page at `url` shows, from the stored rows (a post's author from its post row), or why none. */
export async function creatorOfPage(db: CastlistDatabase, url: string | null | undefined): Promise<PageCreator> {
  const target = panelTargetOf(url);
  if (target.kind === 'none') return { ok: false, error: 'this tab is not a page of a site Castlist reads' };
  const site = PLATFORM_NAMES[target.platform];
  if (target.kind === 'other-page') return { ok: false, error: `this ${site} page shows no single creator: open a profile or a post` };
  if (target.kind === 'profile') {
    const creator = await findProfileCreator(db, target);
    if (creator) return { ok: true, creatorKey: creator.key, stored: true };
    if (target.creatorKey) return { ok: true, creatorKey: target.creatorKey, stored: false };
    return { ok: false, error: `Castlist has not read this ${site} profile yet: wait for its numbers, then try again` };
  }
  const post = await findPost(db, target.postKey);
  const creatorKey = post?.creatorKey ?? target.creatorKey;
  if (!creatorKey) return { ok: false, error: `Castlist has not read who posted this ${site} post yet: wait for its numbers, then try again` };
  return { ok: true, creatorKey, stored: (await db.creators.get(creatorKey)) !== undefined };
}

/** The creator a link points at (a profile or, where the URL names its author, a post), from the URL alone. */
export function creatorOfLink(url: string): PageCreator {
  const identity = identifyPage(url);
  if (!identity || (identity.surface !== 'profile' && identity.surface !== 'post')) {
    return { ok: false, error: 'the link does not lead to a creator of a site Castlist reads' };
  }
  const creatorKey = creatorKeyOf(identity.platform, { handle: identity.handle ?? null, id: identity.creatorId ?? null, kind: identity.creatorKind ?? null });
  if (!creatorKey) return { ok: false, error: `the ${PLATFORM_NAMES[identity.platform]} link does not name its creator` };
  return { ok: true, creatorKey, stored: false };
}

/**
 * Whether the readings of the page at `url` named this creator: the page's own creator, a creator snapshot read on
 * it, or a post of the creator read on it (a feed tile's author). Only the newest snapshots are looked at: a page
 * names the creators it shows now.
 */
export async function creatorReadOnPage(db: CastlistDatabase, url: string, creatorKey: string): Promise<boolean> {
  const own = await creatorOfPage(db, url);
  if (own.ok && own.creatorKey === creatorKey) return true;
  const readOn = (entityKey: string) =>
    db.snapshots
      .where('[entityKey+readAt]')
      .between([entityKey, Dexie.minKey], [entityKey, Dexie.maxKey])
      .reverse()
      .limit(RECENT_POST_SNAPSHOTS)
      .toArray()
      // filtered after the limit: a Dexie filter before it would walk the entity's whole history for a match
      .then((snapshots) => snapshots.some((snapshot) => snapshot.pageUrl === url));
  if (await readOn(entityKeyOf('creator', creatorKey))) return true;
  const posts = await db.posts.where('creatorKey').equals(creatorKey).toArray();
  const found = await Promise.all(posts.map((post) => readOn(entityKeyOf('post', post.key))));
  return found.some(Boolean);
}
