/**
 * Whose video a tile is, from the tile itself: the channel its own data or markup links to.
 *   data: every browseEndpoint inside the tile to a channel (UC…): the byline (shortBylineText, longBylineText,
 *     ownerText runs), the avatar (channelThumbnailSupportedRenderers), a lockup's avatar and metadata commands.
 *     One channel is the owner; two or more (a collaboration listed in a dialog) name no single owner.
 *   markup: links inside the tile to a channel (/@handle, /channel/UC…), the same way.
 *   a shelf: the channel its title or endpoint opens, when it opens a channel (a channel home tab's "Videos" shelf
 *     opens the channel itself; a featured shelf of another channel opens that one; a playlist names no channel).
 * A /c/ or /user/ link names a channel without a handle or id: it is not an identity the database can key.
 */
import type { PostAuthor } from '../post-attribution';
import { type Json, asString, at, findAllUnderKey } from '../json-path';
import { handleFromPath } from './innertube-text';
import * as selectors from './selectors';

const CHANNEL_ID = /^UC[\w-]{22}$/;
const CHANNEL_PATH = /^(?:https:\/\/(?:www\.|m\.)?youtube\.com)?\/(?:@([^/?#]+)|channel\/(UC[\w-]{22}))(?:[/?#]|$)/;

/** The one channel a video tile's data links to, or null for none or several. */
export function ownerOfVideoData(tile: Json): PostAuthor | null {
  let owner = null as PostAuthor | null;
  for (const endpoint of findAllUnderKey(tile, 'browseEndpoint', 20, 5_000)) {
    const id = asString(at(endpoint, 'browseId'));
    if (!id || !CHANNEL_ID.test(id)) continue;
    if (owner && owner.id !== id) return null;
    owner = { handle: owner?.handle ?? handleFromPath(asString(at(endpoint, 'canonicalBaseUrl'))), id };
  }
  return owner;
}

/** The channel a shelf opens (its title link or its endpoint), when it opens a channel. */
export function channelOfShelf(shelf: Json): PostAuthor | null {
  const endpoint = at(shelf, 'endpoint', 'browseEndpoint') ?? at(shelf, 'title', 'runs', 0, 'navigationEndpoint', 'browseEndpoint');
  const id = asString(at(endpoint, 'browseId'));
  if (!id || !CHANNEL_ID.test(id)) return null;
  return { handle: handleFromPath(asString(at(endpoint, 'canonicalBaseUrl'))), id };
}

/**
 * The channel a rendered tile links to, from its own markup (the avatar and the channel name may link by handle and
 * by id: at most one of each); a tile naming its channel by name only (a watch page's recommendations) gives the
 * name, which identifies no one.
 */
export function ownerOfVideoMarkup(tile: Element): PostAuthor | null {
  let handle: string | null = null;
  let id: string | undefined;
  let name: string | null = null;
  for (const link of tile.querySelectorAll('a[href]')) {
    const [, linkHandle, linkId] = CHANNEL_PATH.exec(link.getAttribute('href')!) ?? [];
    if (linkHandle) {
      if (handle && handle.toLowerCase() !== decodeURIComponent(linkHandle).toLowerCase()) return null;
      handle = decodeURIComponent(linkHandle);
    }
    if (linkId) {
      if (id && id !== linkId) return null;
      id = linkId;
    }
    if (linkHandle || linkId) name ||= link.textContent!.trim();
  }
  name ||= tile.querySelector(selectors.tileChannelName.join(','))?.textContent?.trim() || null;
  if (!handle && !id) return name ? { handle: null, name } : null;
  return { handle, ...(id ? { id } : {}), ...(name ? { name } : {}) };
}
