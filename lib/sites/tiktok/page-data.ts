/**
 * Everything TikTok's JSON says about users, posts and comments, from the page's own network responses and from
 * the two generations of first-load state, flattened into entries the readers pick from by id:
 *
 *   network  /api/user/detail/            → userInfo.{user, stats, statsV2}
 *            /api/item/detail/            → itemInfo.itemStruct
 *            /api/post/item_list/, /api/recommend/item_list/, /api/related/item_list/, … → itemList[*]
 *            /api/search/general/full/    → data[*].item;  /api/search/item/full/ → item_list[*]
 *            /api/comment/list/(reply/)   → comments[*]
 *   state    <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"> (Dec 2023–) → __DEFAULT_SCOPE__["webapp.user-detail"] /
 *              ["webapp.video-detail"], the same shapes as /api/user/detail/ and /api/item/detail/
 *            <script id="SIGI_STATE"> (2021–2023 ✖; still in saved pages) → UserModule.{users, stats}[handle],
 *              ItemModule[id] (author is the handle, its stats are UserModule.stats[author])
 *            <script id="__NEXT_DATA__"> (2020–2021) → props.pageProps.{userInfo, itemInfo.itemStruct, items[*]}, the
 *              same shapes again
 *
 * First-load state stays in the document after in-page navigation: readers check every entry's id.
 */
import type { CountSource } from '../../count';
import { readAssignedJson, readScriptJson } from '../embedded-json';
import { type Json, asArray, asRecord, asString, at } from '../json-path';
import type { PageInput } from '../page-input';

interface Sourced {
  source: CountSource;
  /** For problems: which response or state it came from. */
  origin: string;
}

export interface UserEntry extends Sourced {
  user: Json;
  /** statsV2 (digit strings) first, then stats. */
  stats: Json[];
  statusCode: number | null;
}

export interface ItemEntry extends Sourced {
  item: Json;
  /** The author's stats where the data carries them (authorStats, SIGI UserModule.stats). */
  authorStats: Json[];
  /** The author's user object where the item names its author only by handle (SIGI). */
  authorUser: Json;
  /** From a one-post answer (item detail, webapp.video-detail), not from a list. */
  detail: boolean;
}

export interface CommentEntry extends Sourced {
  comment: Json;
}

/** A detail answer without its object: "this post / user is not available", with TikTok's status code. */
export interface StatusEntry extends Sourced {
  kind: 'post' | 'user';
  code: number;
  /** The id or handle the answer is about, when the request names it; null for first-load state. */
  about: string | null;
}

export interface PageData {
  users: UserEntry[];
  items: ItemEntry[];
  comments: CommentEntry[];
  statuses: StatusEntry[];
  /** Paths of the network responses, newest first (to tell what a bare saved response was). */
  paths: string[];
}

/** Network responses newest first, then the first-load state. */
export function collectPageData(input: PageInput): PageData {
  const data: PageData = { users: [], items: [], comments: [], statuses: [], paths: [] };
  const responses = [...input.responses].sort((a, b) => b.at - a.at);
  for (const response of responses) {
    let url: URL;
    try {
      url = new URL(response.url, input.url);
    } catch {
      continue; // a response without a usable URL cannot be placed
    }
    data.paths.push(url.pathname);
    const detail = /\/api\/user\/detail\b/.test(url.pathname) ? 'user' : /\/api\/item\/detail\b/.test(url.pathname) ? 'post' : null;
    addEntries(data, response.json, { source: 'network', origin: url.pathname }, requestSubject(url), detail);
  }
  if (input.root) {
    const universal = readScriptJson(input.root, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
    if (universal) addEntries(data, universal, { source: 'embedded', origin: '__UNIVERSAL_DATA_FOR_REHYDRATION__' }, null, null);
    const sigi = readScriptJson(input.root, 'script#SIGI_STATE') ?? readAssignedJson(input.root, 'SIGI_STATE');
    if (sigi) addEntries(data, sigi, { source: 'embedded', origin: 'SIGI_STATE' }, null, null);
    const pageProps = at(readScriptJson(input.root, 'script#__NEXT_DATA__'), 'props', 'pageProps');
    const next: Sourced = { source: 'embedded', origin: '__NEXT_DATA__' };
    addEntries(data, pageProps, next, null, null);
    for (const item of asArray(at(pageProps, 'items'))) addItem(data, item, next, false);
  }
  return data;
}

/** Which post or user a request asks about (itemId=…, uniqueId=…, aweme_id=…). */
function requestSubject(url: URL): string | null {
  for (const name of ['itemId', 'item_id', 'aweme_id', 'uniqueId', 'unique_id']) {
    const value = url.searchParams.get(name);
    if (value) return value;
  }
  return null;
}

function statusOf(json: Json): number | null {
  const code = at(json, 'statusCode') ?? at(json, 'status_code');
  return typeof code === 'number' ? code : null;
}

/**
 * `detail` says the JSON answers for one user or one post (a detail response or its first-load copy): then an
 * answer without the object is a status ("not available") worth reporting.
 */
function addEntries(data: PageData, json: Json, from: Sourced, subject: string | null, detail: 'user' | 'post' | null): void {
  if (!asRecord(json)) return;
  const scope = at(json, '__DEFAULT_SCOPE__');
  if (scope !== undefined) {
    addEntries(data, at(scope, 'webapp.user-detail'), from, subject, 'user');
    addEntries(data, at(scope, 'webapp.video-detail'), from, subject, 'post');
    return;
  }
  if (at(json, 'UserModule') !== undefined || at(json, 'ItemModule') !== undefined) {
    addSigiEntries(data, json, from);
    return;
  }

  const status = statusOf(json);
  const user = at(json, 'userInfo', 'user');
  if (asRecord(user)) {
    data.users.push({ ...from, user, stats: [at(json, 'userInfo', 'statsV2'), at(json, 'userInfo', 'stats')], statusCode: status });
  } else if (detail === 'user' && status) {
    data.statuses.push({ ...from, kind: 'user', code: status, about: subject });
  }
  const itemStruct = at(json, 'itemInfo', 'itemStruct');
  if (asRecord(itemStruct)) addItem(data, itemStruct, from, true);
  else if (detail === 'post' && status) data.statuses.push({ ...from, kind: 'post', code: status, about: subject });
  for (const item of [...asArray(at(json, 'itemList')), ...asArray(at(json, 'item_list'))]) addItem(data, item, from, false);
  for (const result of asArray(at(json, 'data'))) {
    if (asRecord(at(result, 'item'))) addItem(data, at(result, 'item'), from, false);
  }
  for (const comment of asArray(at(json, 'comments'))) {
    if (asRecord(comment)) data.comments.push({ ...from, comment });
  }
  const embedded = oembedItem(json);
  if (embedded) addItem(data, embedded, from, true);
}

/**
 * An oEmbed answer (/oembed?url=…) names the post, its author and caption, and carries no count: it becomes an
 * item without stats, so the post is known and every count is reported missing.
 */
function oembedItem(json: Json): Json {
  const html = asString(at(json, 'html'));
  if (asString(at(json, 'provider_name')) !== 'TikTok' || !html) return null;
  const id = /data-video-id="(\d{5,25})"/.exec(html)?.[1] ?? /\/video\/(\d{5,25})/.exec(html)?.[1];
  if (!id) return null;
  const handle = /tiktok\.com\/@([\w.-]+)/.exec(asString(at(json, 'author_url')) ?? '')?.[1] ?? null;
  return { id, desc: asString(at(json, 'title')), author: { uniqueId: handle, nickname: asString(at(json, 'author_name')) } };
}

function addItem(data: PageData, item: Json, from: Sourced, detail: boolean): void {
  if (!asRecord(item)) return;
  data.items.push({ ...from, item, authorStats: [at(item, 'authorStatsV2'), at(item, 'authorStats')], authorUser: at(item, 'author'), detail });
}

/** SIGI_STATE: users and their stats keyed by handle, items keyed by id with the author's handle. */
function addSigiEntries(data: PageData, sigi: Json, from: Sourced): void {
  const users = asRecord(at(sigi, 'UserModule', 'users')) ?? {};
  const stats = asRecord(at(sigi, 'UserModule', 'stats')) ?? {};
  for (const [handle, user] of Object.entries(users)) {
    data.users.push({ ...from, user, stats: [stats[handle]], statusCode: null });
  }
  for (const item of Object.values(asRecord(at(sigi, 'ItemModule')) ?? {})) {
    if (!asRecord(item)) continue;
    const author = asString(at(item, 'author'));
    data.items.push({
      ...from,
      item,
      authorStats: [at(item, 'authorStats'), author ? stats[author] : undefined],
      authorUser: author ? (users[author] ?? { uniqueId: author }) : at(item, 'author'),
      detail: false,
    });
  }
}
