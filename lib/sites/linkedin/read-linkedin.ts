/**
 * The LinkedIn reader: a pure function of (document, URL, captured responses, time, locale) → Reading.
 *
 * Sources, most robust first (platform-extraction.md §0, §5):
 *   1. the page's own Voyager responses (/voyager/api/…), newest first: exact counts, always about what the app
 *      just loaded; every entity is matched to the URL's post (by urn) or profile (by vanity name), so a response
 *      about the previous page is never read as this one's;
 *   2. the guest pages' schema.org JSON-LD (first load), checked to name the URL's post or profile;
 *   3. exact attributes (data-num-reactions="333", aria-label="361 Reactions");
 *   4. labelled text parsed with the page's locale ("12,345 followers"), only inside the card or header that
 *      belongs to the URL's post or profile.
 * A count none of them gives is reported missing with a problem, never guessed.
 */
import type { PostReading, Reading } from '../../reading/reading';
import { mergePost } from '../merge';
import type { PageIdentity } from '../page-identity';
import type { PageInput } from '../page-input';
import { remembered } from '../reader-memo';
import { ProblemLog } from '../reader-problems';
import { identityOfData } from './api-response';
import { detectLinkedInPage } from './detect';
import { jsonLdNodes } from './json-ld';
import { type ProfileRef, postUrlOfId, profileUrl, sameHandle } from './linkedin-counts';
import { readArticle, readPost } from './read-post';
import { readProfile } from './read-profile';
import { type VoyagerData, updatesOf, voyagerData } from './voyager-data';

/** Any URL, including a bare API response's (the CLI): then the data says which page it is. */
export function readLinkedIn(pageInput: PageInput): Reading {
  // The responses are read twice here (to place them, then as the page): once, with a memo of this read's own.
  const input = { ...pageInput, memo: pageInput.memo ?? new Map() };
  const identity = detectLinkedInPage(new URL(input.url));
  if (identity && identity.surface !== 'unsupported') return readLinkedInPage(input, identity);
  const inferred = identityOfData(input.responses, dataOf(input), input.lang);
  if (!inferred) return readLinkedInPage(input, identity);
  const reading = readLinkedInPage(input, inferred);
  const profile = profileOf(inferred);
  return { ...reading, url: profile ? profileUrl(profile) : inferred.postId ? postUrlOfId(inferred.postId) : reading.url };
}

/**
 * A page of linkedin.com: what the content script reads (it never sees an API URL, so the inference above stays out
 * of its bundle).
 */
export function readLinkedInPage(input: PageInput, identity = detectLinkedInPage(new URL(input.url))): Reading {
  const root = input.root;
  const lang = input.lang ?? (root?.documentElement?.getAttribute('lang') || null);
  const data = dataOf(input);
  const ld = jsonLdNodes(root);
  const surface = identity?.surface ?? 'unsupported';
  const reading: Reading = { platform: 'linkedin', surface, url: input.url, readAt: input.now.toISOString(), lang, creator: null, posts: [], comments: [], problems: [] };

  if (surface === 'post' && identity?.postId) {
    const parts = identity.page === 'article' ? readArticle(identity.postId, root, lang) : readPost(identity.postId, data, ld, root, lang);
    return { ...reading, creator: parts.creator, posts: parts.post ? [parts.post] : [], comments: parts.comments, problems: parts.problems };
  }
  if (surface !== 'profile' && surface !== 'feed' && surface !== 'search') return reading;
  const profile = profileOf(identity);
  const byId = new Map<string, PostReading>();
  const listLog = new ProblemLog(`linkedin.${identity?.page ?? surface}`, 'post list');
  const add = (post: PostReading | null) => {
    // A profile lists only its own posts: others (reposted, liked, left from an earlier page) are not its.
    if (post && (!profile || sameHandle(post.author?.handle, profile.handle))) byId.set(post.id, mergePost(byId.get(post.id) ?? null, post, listLog)!);
  };
  // Post cards rendered on the page are tiles (page-tiles.ts).
  for (const item of data) for (const update of updatesOf(item, lang)) if (!update.promoted) add(update.post);
  const posts = [...byId.values()];
  if (!profile) return { ...reading, posts, problems: listLog.problems };
  const header = readProfile(profile, data, ld, root, lang);
  return { ...reading, ...header, posts, problems: [...header.problems, ...listLog.problems] };
}

function profileOf(identity: PageIdentity | null): ProfileRef | null {
  return identity?.surface === 'profile' && identity.handle ? { handle: identity.handle, kind: identity.page === 'person' ? 'in' : 'company' } : null;
}

/** The responses, newest first, each parsed once per visit through the caller's memo however often it is re-read. */
function dataOf(input: PageInput): VoyagerData[] {
  return [...input.responses]
    .sort((a, b) => b.at - a.at)
    .map(({ json }) => (json !== null && typeof json === 'object' ? remembered(input.memo, 'linkedin.voyager', json, voyagerData) : null))
    .filter((item): item is VoyagerData => item !== null);
}
