/**
 * A row of a spreadsheet from elsewhere: a list of handles or profile URLs, in any column order, with whatever
 * else the user keeps (name, email, rate, agency, notes, tags, status). Columns are recognised by their header
 * (HEADER_ROLES; CRM exports like Upfluence's media_url or Aspire's instagram/tiktok/youtube included); a file
 * without a header row is read as data from its first row.
 *
 * Which creator: every profile URL in the row (lib/sites/identify-page.ts → platform and handle → creatorKeyOf),
 * the platform columns (a handle or URL under "Instagram", "TikTok", …), or a handle beside a platform column. A row
 * naming accounts on several platforms adds each of them.
 */
import { identifyPage } from '../../sites/identify-page';
import { creatorKeyOf, postKeyOf } from '../../reading/keys';
import { PLATFORMS, PLATFORM_NAMES, type Platform } from '../../reading/reading';
import { restoreFormula } from '../formula-escape';
import type { RowCells } from './cell-values';
import { BadRowError, type CreatorReference, type ImportedEntry, type ImportRow } from './import-plan';
import { readFields, readStatus, readTags } from './read-castlist-row';

type Role = 'url' | 'handle' | 'platform' | 'name' | 'firstName' | 'lastName' | 'email' | 'rate' | 'agency' | 'notes' | 'tags' | 'status';

/** Headers by role, compared in lower case without spaces or punctuation ("Profile URL" → "profileurl"). */
const HEADER_ROLES: Record<Role, readonly string[]> = {
  url: ['url', 'profileurl', 'profilelink', 'link', 'mediaurl', 'channelurl', 'channel', 'profile', 'accounturl', 'socialurl', 'pageurl', 'socialprofile'],
  handle: ['handle', 'username', 'user', 'account', 'screenname', 'accountname', 'creatorhandle', 'influencerhandle', 'socialhandle'],
  platform: ['platform', 'network', 'socialnetwork', 'site', 'socialplatform'],
  name: ['name', 'profilename', 'displayname', 'fullname', 'creator', 'creatorname', 'influencer', 'influencername'],
  firstName: ['firstname', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail', 'contactemail'],
  rate: ['rate', 'fee', 'price', 'cost'],
  agency: ['agency', 'management'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks'],
  tags: ['tags', 'tag', 'labels', 'label'],
  status: ['status', 'stage'],
};

/** A column per platform (Aspire's instagram/tiktok/youtube; "Instagram handle", "YouTube URL", "Twitter", …). */
const PLATFORM_COLUMN = /^(instagram|ig|tiktok|youtube|yt|twitter|x|linkedin)(handle|username|user|url|profile|link|channel|account)?$/;
const PLATFORM_WORDS: Record<string, Platform> = {
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  tiktok: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
  twitter: 'x',
  x: 'x',
  linkedin: 'linkedin',
};

export function normaliseHeader(header: string): string {
  return restoreFormula(header)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface ForeignLayout {
  roles: Map<Role, string>;
  platformColumns: Array<{ column: string; platform: Platform }>;
  /** Columns whose cells may hold profile URLs: the url columns, or, when the header names none, every other one. */
  scanColumns: string[];
}

/** What each column of a foreign file is for, from its header (column names are the header cells, or "column N"). */
export function foreignLayout(columns: readonly string[]): ForeignLayout {
  const roles = new Map<Role, string>();
  const platformColumns: ForeignLayout['platformColumns'] = [];
  const unrecognised: string[] = [];
  for (const column of columns) {
    const normalised = normaliseHeader(column);
    const platformMatch = PLATFORM_COLUMN.exec(normalised);
    if (platformMatch) {
      platformColumns.push({ column, platform: PLATFORM_WORDS[platformMatch[1]!]! });
      continue;
    }
    const role = (Object.keys(HEADER_ROLES) as Role[]).find((candidate) => HEADER_ROLES[candidate].includes(normalised));
    if (role && !roles.has(role)) roles.set(role, column);
    else unrecognised.push(column);
  }
  const urlColumn = roles.get('url');
  return { roles, platformColumns, scanColumns: urlColumn ? [urlColumn, ...unrecognised] : unrecognised };
}

/** Whether a cell looks like a profile URL or handle (to tell a headerless file's first row from a header). */
export function looksLikeCreatorCell(text: string): boolean {
  const trimmed = restoreFormula(text).trim();
  return referenceFromUrl(trimmed) !== null || /^@[\p{L}\p{N}._-]{2,}$/u.test(trimmed);
}

export function readForeignRow(cells: RowCells, layout: ForeignLayout, row: number, shortlistName: string): ImportRow[] {
  const name = personName(cells, layout);
  const references = new Map<string, CreatorReference>();
  const add = (reference: CreatorReference) => references.set(referenceId(reference), reference);
  const notProfiles: string[] = [];

  for (const { column, platform } of layout.platformColumns) {
    const text = cells.text(column)?.trim();
    if (!text) continue;
    add(referenceFromCell(text, platform, column, name));
  }
  const handleColumn = layout.roles.get('handle');
  const handle = handleColumn ? cells.text(handleColumn)?.trim() : undefined;
  if (handle) {
    const platformColumn = layout.roles.get('platform');
    const platformText = platformColumn ? cells.text(platformColumn)?.trim() : undefined;
    const platform = platformText ? platformOf(platformText) : null;
    if (platformText && !platform) throw new BadRowError(`platform: "${platformText}" is not one of ${PLATFORMS.join(', ')}`);
    const url = referenceFromUrl(handle, name);
    if (url) add(url);
    else if (platform) add(referenceFromCell(handle, platform, handleColumn!, name));
    else throw new BadRowError(`handle "${handle}" has no platform: add a platform column (${PLATFORMS.join(', ')}) or give the profile URL`);
  }
  for (const column of layout.scanColumns) {
    const text = cells.text(column)?.trim();
    if (!text) continue;
    const reference = referenceFromUrl(text, name);
    if (reference) add(reference);
    else if (/^(https?:\/\/|www\.)/i.test(text)) notProfiles.push(text);
  }
  if (references.size === 0) {
    if (notProfiles.length) throw new BadRowError(`"${notProfiles[0]}" is not a profile on ${PLATFORMS.map((platform) => PLATFORM_NAMES[platform]).join(', ')}`);
    throw new BadRowError('no profile URL or handle in this row');
  }
  const entry = readForeignEntry(cells, layout, shortlistName);
  return [...references.values()].map((reference) => ({ row, reference, entry }));
}

function readForeignEntry(cells: RowCells, layout: ForeignLayout, shortlistName: string): ImportedEntry {
  const entry: ImportedEntry = { shortlistName };
  const cellOf = (role: Role) => {
    const column = layout.roles.get(role);
    return column === undefined ? undefined : cells.optionalText(column);
  };
  const status = readStatus(cellOf('status') ?? undefined);
  if (status) entry.status = status;
  const notes = cellOf('notes');
  if (notes) entry.notes = notes;
  const tags = readTags(cellOf('tags') ?? undefined);
  if (tags?.length) entry.tags = tags;
  const fields = readFields(cellOf);
  if (fields && Object.values(fields).some((value) => value !== null)) entry.fields = fields;
  return entry;
}

function personName(cells: RowCells, layout: ForeignLayout): string | null {
  const nameColumn = layout.roles.get('name');
  const name = nameColumn ? cells.optionalText(nameColumn) : null;
  if (name) return name;
  const parts = [layout.roles.get('firstName'), layout.roles.get('lastName')]
    .map((column) => (column ? cells.optionalText(column)?.trim() : null))
    .filter((part): part is string => !!part);
  return parts.length ? parts.join(' ') : null;
}

function platformOf(text: string): Platform | null {
  return PLATFORM_WORDS[text.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

/** A cell under a platform's column: a URL of that platform, or a bare handle (with or without @). */
function referenceFromCell(text: string, platform: Platform, column: string, name: string | null): CreatorReference {
  const fromUrl = referenceFromUrl(text, name);
  if (fromUrl) {
    const found = fromUrl.by === 'key' ? fromUrl.creator.platform : fromUrl.platform;
    if (found !== platform) throw new BadRowError(`${column}: "${text}" is a ${PLATFORM_NAMES[found]} URL, not ${PLATFORM_NAMES[platform]}`);
    return fromUrl;
  }
  const handle = text.replace(/^@/, '').trim();
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(handle)) throw new BadRowError(`${column}: "${text}" is neither a ${PLATFORM_NAMES[platform]} handle nor a profile URL`);
  return keyReference(platform, handle, null, 'person', null, name);
}

/** The creator a URL names, or null when it is not a URL of a supported site (or names no creator). */
function referenceFromUrl(text: string, name: string | null = null): CreatorReference | null {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : /^(www\.|m\.|mobile\.)?[a-z0-9-]+\.(com|be)\//i.test(text) ? `https://${text}` : null;
  if (!candidate) return null;
  const identity = identifyPage(candidate);
  if (!identity) return null;
  const url = new URL(candidate);
  const kind = identity.platform === 'linkedin' && identity.page === 'company' ? 'company' : 'person';
  if (identity.handle) return keyReference(identity.platform, identity.handle, null, kind, identity.surface === 'profile' ? url.href : null, name);
  if (identity.creatorId) return keyReference(identity.platform, null, identity.creatorId, kind, url.href, name);
  if (identity.surface === 'post' && identity.postId) return { by: 'post', platform: identity.platform, postKey: postKeyOf(identity.platform, identity.postId), url: url.href };
  if (identity.surface === 'profile') return { by: 'profile-url', platform: identity.platform, url: url.href, name };
  return null;
}

function keyReference(
  platform: Platform,
  handle: string | null,
  id: string | null,
  kind: 'person' | 'company',
  url: string | null,
  name: string | null,
): CreatorReference {
  const key = creatorKeyOf(platform, { handle, id, kind });
  if (!key) throw new BadRowError('the row names no handle or id');
  return {
    by: 'key',
    complete: false,
    creator: { key, platform, kind, handle, name, platformId: id, url, verified: null, latest: {}, firstSeenAt: null, lastSeenAt: null },
  };
}

function referenceId(reference: CreatorReference): string {
  if (reference.by === 'key') return `key ${reference.creator.key}`;
  if (reference.by === 'post') return `post ${reference.postKey}`;
  return `url ${reference.url}`;
}
