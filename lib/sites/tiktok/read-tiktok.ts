/**
 * The TikTok reader: a pure function of (document, URL, captured responses, time, locale) → Reading.
 *
 * Sources, most robust first (platform-extraction.md §0, §2):
 *   1. the page's own /api/… responses, newest first (page-data.ts): always about what the page just loaded;
 *   2. the first-load state (__UNIVERSAL_DATA_FOR_REHYDRATION__, legacy SIGI_STATE), which TikTok keeps
 *      after in-page navigation: taken only for the handle or post id in the URL, otherwise reported stale;
 *   3. the rendered DOM: the header only when it names the URL's creator, a post only inside the container that
 *      names its id; compact text through parseCount with the page locale.
 * Every entry is matched by id, so one creator's or post's numbers are never given to another.
 */
import type { CommentReading, CreatorReading, PostReading, ProblemCode, ReaderProblem, Reading, Surface } from '../../reading/reading';
import { at } from '../json-path';
import { mergeCreator, mergePost, unresolvedProblems } from '../merge';
import type { PageInput } from '../page-input';
import { ProblemLog } from '../reader-problems';
import { commentPostId, readComments } from './comment-data';
import { readCommentsDom } from './comment-dom';
import { detectTikTokPage } from './detect';
import { itemAuthorHandle, itemIdOf, readItem } from './item-data';
import { type PageData, type StatusEntry, collectPageData } from './page-data';
import { postScope, readPostDom } from './post-dom';
import { readProfileDom } from './profile-dom';
import { creatorOfUser, handleOfUser, sameHandle } from './user-data';

const CREATOR_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;
const POST_COUNTS = ['views', 'likes', 'comments', 'shares'] as const;

interface PageTarget {
  surface: Surface;
  page: string;
  handle: string | null;
  postId: string | null;
}

export function readTikTok(input: PageInput): Reading {
  const identity = detectTikTokPage(new URL(input.url));
  const lang = input.lang ?? (input.root?.documentElement?.getAttribute('lang') || null);
  const data = collectPageData(input);
  const base = { platform: 'tiktok' as const, url: input.url, readAt: input.now.toISOString(), lang };
  const empty = { creator: null, posts: [], comments: [], problems: [] };

  // A bare response (the CLI on a saved /api/… body) or another URL: the data says what page it is.
  const inferred = !identity || identity.surface === 'unsupported';
  const target: PageTarget | null = inferred
    ? inferTarget(data)
    : { surface: identity.surface, page: identity.page, handle: identity.handle ?? null, postId: identity.postId ?? null };
  if (!target) return { ...base, surface: identity?.surface ?? 'unsupported', ...empty };
  const context: ReadContext = { data, root: input.root, lang, reader: `tiktok.${target.page}` };

  if (target.surface === 'profile' && target.handle) {
    const { creator, posts, problems } = readProfile(target.handle, context);
    return { ...base, surface: 'profile', url: inferred ? creator?.url ?? input.url : input.url, creator, posts, comments: [], problems };
  }
  if (target.surface === 'post' && target.postId) {
    const { creator, post, comments, problems } = readPost(target.postId, target.handle, context);
    return { ...base, surface: 'post', url: inferred ? post?.url ?? input.url : input.url, creator, posts: post ? [post] : [], comments, problems };
  }
  if (target.surface === 'feed' || target.surface === 'search') {
    const url = inferred ? (target.surface === 'search' ? 'https://www.tiktok.com/search' : 'https://www.tiktok.com/foryou') : input.url;
    return { ...base, surface: target.surface, url, ...empty, ...readList(context) };
  }
  return { ...base, surface: target.surface, ...empty };
}

interface ReadContext {
  data: PageData;
  root: Document | null;
  lang: string | null;
  /** "tiktok.profile", "tiktok.video", … */
  reader: string;
}

/** What a bare response (or a page at an unknown URL) describes: by the endpoint first, then by its shape. */
function inferTarget(data: PageData): PageTarget | null {
  const path = data.paths[0] ?? '';
  const itemId = data.items.map((entry) => itemIdOf(entry.item)).find(Boolean) ?? null;
  const commentedId = data.comments.map((entry) => commentPostId(entry.comment)).find(Boolean) ?? null;
  const authors = new Map(data.items.map((entry) => itemAuthorHandle(entry)).filter((handle): handle is string => Boolean(handle)).map((handle) => [handle.toLowerCase(), handle]));
  const post = (postId: string | null, handle: string | null = null): PageTarget | null => (postId ? { surface: 'post', page: 'video', handle, postId } : null);
  const profile = (handle: string | null): PageTarget | null => (handle ? { surface: 'profile', page: 'profile', handle, postId: null } : null);
  const list = (surface: 'feed' | 'search'): PageTarget => ({ surface, page: surface, handle: null, postId: null });

  if (/^\/api\/search\//.test(path)) return list('search');
  if (/^\/api\/(recommend|related)\/item_list/.test(path)) return list('feed');
  if (/^\/api\/comment\/list/.test(path)) return post(commentedId);
  if (/^\/api\/(post|repost|creator)\/item_list/.test(path)) return authors.size === 1 ? profile([...authors.values()][0]!) : list('feed');
  if (data.items.length === 1) return post(itemId, [...authors.values()][0] ?? null);
  if (data.users.length) return profile(handleOfUser(data.users[0]!.user));
  if (commentedId) return post(commentedId);
  if (data.items.length) return list('feed');
  const status = data.statuses[0];
  if (status?.kind === 'user') return profile(status.about);
  if (status?.kind === 'post') return post(status.about && /^\d+$/.test(status.about) ? status.about : null);
  return null;
}

function readProfile(handle: string, context: ReadContext): { creator: CreatorReading | null; posts: PostReading[]; problems: ReaderProblem[] } {
  const { data, root, lang } = context;
  const log = new ProblemLog(context.reader, 'page data');
  let creator: CreatorReading | null = null;
  let isPrivate = false;
  for (const entry of data.users) {
    const shown = handleOfUser(entry.user);
    if (!sameHandle(shown, handle)) {
      log.add('creator', 'stale', `${entry.origin} is about @${shown}, not @${handle}`);
      continue;
    }
    creator = mergeCreator(creator, creatorOfUser(entry.user, entry.stats, entry.source), log);
    // 10222: a private account. Its counts are public; its posts are not.
    if (entry.statusCode === 10222 || at(entry.user, 'privateAccount') === true) isPrivate = true;
  }

  const posts = new Map<string, PostReading>();
  for (const entry of data.items) {
    if (!sameHandle(itemAuthorHandle(entry), handle)) continue; // another creator's post (a feed, an earlier page)
    const read = readItem(entry);
    if (!read) continue;
    posts.set(read.post.id, mergePost(posts.get(read.post.id) ?? null, read.post, log)!);
    creator = mergeCreator(creator, read.creator, log);
  }

  const domLog = new ProblemLog(context.reader, 'rendered page');
  if (root && CREATOR_COUNTS.some((metric) => !creator?.[metric])) {
    const dom = readProfileDom(root, handle, lang, domLog);
    if (dom.state === 'current') creator = mergeCreator(creator, dom.creator, domLog);
    else if (dom.state === 'stale') domLog.add('creator', 'stale', `the header shows @${dom.shown}, not @${handle}`);
  }

  if (!creator) reportStatus(log, data.statuses, 'user', handle, 'creator', `nothing on the page describes @${handle}`);
  if (isPrivate && posts.size === 0) log.add('post', 'hidden', `@${handle} is a private account: TikTok shows none of its posts`);
  const problems = unresolvedProblems([...log.problems, ...domLog.problems], creator, null);
  if (creator) requireCounts(problems, context.reader, 'creator', CREATOR_COUNTS, creator);
  return { creator, posts: [...posts.values()], problems };
}

function readPost(
  postId: string,
  urlHandle: string | null,
  context: ReadContext,
): { creator: CreatorReading | null; post: PostReading | null; comments: CommentReading[]; problems: ReaderProblem[] } {
  const { data, root, lang } = context;
  const log = new ProblemLog(context.reader, 'page data');
  let post: PostReading | null = null;
  let creator: CreatorReading | null = null;
  for (const entry of data.items) {
    const id = itemIdOf(entry.item);
    if (id !== postId) {
      // Lists hold many posts; a one-post answer about another post is what the page showed before.
      if (entry.detail && id) log.add('post', 'stale', `${entry.origin} is about post ${id}, not ${postId}`);
      continue;
    }
    const read = readItem(entry);
    if (!read) continue;
    post = mergePost(post, read.post, log);
    creator = mergeCreator(creator, read.creator, log);
  }
  const author = post?.author?.handle ?? urlHandle;
  for (const entry of data.users) {
    if (author && sameHandle(handleOfUser(entry.user), author)) creator = mergeCreator(creator, creatorOfUser(entry.user, entry.stats, entry.source), log);
  }

  const domLog = new ProblemLog(context.reader, 'rendered page');
  const scope = root ? postScope(root, postId) : null;
  if (scope && (!post || POST_COUNTS.some((metric) => !post!.metrics[metric]))) {
    post = mergePost(post, readPostDom(scope, postId, lang, domLog), domLog);
  } else if (root && !scope && !post) {
    domLog.notFound('post', `no rendered post names ${postId} (the page may still show another one)`);
  }
  if (post && !post.author?.handle && author) post.author = { ...post.author, handle: author };

  const comments = readComments(data.comments, postId, author);
  if (root && scope) {
    const known = new Set(comments.map((comment) => `${comment.author}\n${comment.text}`));
    for (const comment of readCommentsDom(root, postId, author, lang)) {
      if (!known.has(`${comment.author}\n${comment.text}`)) comments.push(comment);
    }
  }

  if (!post) reportStatus(log, data.statuses, 'post', postId, 'post', `nothing on the page describes post ${postId}`);
  const problems = unresolvedProblems([...log.problems, ...domLog.problems], creator, post);
  if (post) requireCounts(problems, context.reader, 'post', POST_COUNTS, post.metrics);
  return { creator, post, comments, problems };
}

/** Feeds and search results: every post in the page's lists and first-load state (tiles: lib/sites/page-tiles.ts). */
function readList(context: ReadContext): { posts: PostReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog(context.reader, 'post list');
  const posts = new Map<string, PostReading>();
  for (const entry of context.data.items) {
    const read = readItem(entry);
    if (read) posts.set(read.post.id, mergePost(posts.get(read.post.id) ?? null, read.post, log)!);
  }
  return { posts: [...posts.values()], problems: log.problems };
}

/** TikTok's status codes of a missing user or post: 10222 / 10216 private, anything else unavailable. */
function reportStatus(log: ProblemLog, statuses: readonly StatusEntry[], kind: StatusEntry['kind'], subject: string, field: string, fallback: string): void {
  const status = statuses.find((entry) => entry.kind === kind && (entry.about === null || entry.about.toLowerCase() === subject.toLowerCase()));
  if (!status) {
    log.notFound(field, fallback);
    return;
  }
  const code: ProblemCode = status.code === 10222 || status.code === 10216 ? 'hidden' : 'unavailable';
  log.add(field, code, `${status.origin} answered status ${status.code}${code === 'hidden' ? ' (private)' : ''}`);
}

/** A count every source missed gets one problem, unless a source already said why. */
function requireCounts(problems: ReaderProblem[], reader: string, scope: string, metrics: readonly string[], found: object): void {
  for (const metric of metrics) {
    const field = `${scope}.${metric}`;
    if ((found as Record<string, unknown>)[metric] !== undefined || problems.some((problem) => problem.field === field)) continue;
    problems.push({ reader, field, code: 'not-found', detail: 'page data and rendered page: no such count' });
  }
}
