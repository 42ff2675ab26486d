/**
 * The Instagram reader: a pure function of (document, URL, captured responses, time, locale) → Reading.
 *
 * Sources, most robust first (platform-extraction.md §0, §3):
 *   1. the page's own responses (GraphQL /graphql/query and /api/graphql, REST /api/v1/…), newest first: current
 *      after in-page navigation;
 *   2. the first-load data-sjs blobs: Instagram keeps them after in-page navigation, so only users and posts that
 *      the URL names are read from them ('stale' problem otherwise);
 *   3. the rendered DOM (followers link with the exact count in its title, the liked_by line), through selectors
 *      that name the URL's user or post;
 *   4. the page head (description, JSON-LD), first-load only and checked against the URL the same way.
 * Every object in the data names its user (username) or post (shortcode; a media id converts to one): nothing is
 * attributed by where it sits. On a saved API response (the CLI), the data says which page it stands for.
 */
import type { CountSource } from '../../count';
import type { CommentReading, CreatorReading, PostReading, ReaderProblem, Reading, Surface } from '../../reading/reading';
import { asRecord, asString } from '../json-path';
import { mergeCreator, mergePost, unresolvedProblems } from '../merge';
import type { PageInput } from '../page-input';
import { ProblemLog } from '../reader-problems';
import { type InstagramData, instagramDataOf } from './data-walk';
import { detectInstagramPage, isInstagramUsername, sameUsername } from './detect';
import { embeddedBlobs } from './embedded-state';
import { readComment, readMedia } from './media-data';
import { nameInTitle, readPostHead, readProfileHead } from './page-head';
import { readPostDom } from './post-dom';
import { readProfileDom } from './profile-dom';
import { readUser } from './profile-data';
import { mediaIdInApiPath, postUrl, profileUrl, shortcodeOfMediaId } from './shortcode';

interface DataSource {
  data: InstagramData;
  source: CountSource;
  /** For problems: the response's path, or "first-load data". */
  origin: string;
  /** The post a REST path names (/api/v1/media/{id}/…). */
  pathCode: string | null;
}

interface PageTarget {
  surface: Surface;
  page: string;
  handle?: string;
  postId?: string;
}

export function readInstagram(pageInput: PageInput): Reading {
  // Tiles look their posts up in the same data the page reading walks: walked once, with a memo of this read's own.
  const input = { ...pageInput, memo: pageInput.memo ?? new Map() };
  const url = new URL(input.url);
  const lang = input.lang ?? (input.root?.documentElement?.getAttribute('lang') || null);
  const sources = dataSources(input, url);
  const identity = detectInstagramPage(url);
  const fromUrl = identity !== null && identity.surface !== 'unsupported';
  const target: PageTarget | null = fromUrl ? identity : inferTarget(url, sources);
  const listLog = new ProblemLog(`instagram.${target?.page ?? 'page'}`, 'post list');
  const reading: Reading = {
    platform: 'instagram',
    surface: target?.surface ?? identity?.surface ?? 'unsupported',
    url: input.url,
    readAt: input.now.toISOString(),
    lang,
    creator: null,
    posts: [],
    comments: [],
    problems: [],
  };
  if (target?.surface === 'post') {
    const { post, ...read } = readPost(target.postId!, target.page, target.handle ?? null, sources, input.root, lang);
    if (!fromUrl) reading.url = post?.url ?? postUrl(target.postId!, false);
    return { ...reading, ...read, posts: post ? [post] : [] };
  }
  if (target?.surface === 'profile') {
    if (!fromUrl) reading.url = profileUrl(target.handle!);
    const profile = readProfile(target.handle!, target.page, sources, input.root, lang, listLog);
    return { ...reading, ...profile, problems: [...profile.problems, ...listLog.problems] };
  }
  if (target?.surface === 'feed' || target?.surface === 'search') {
    // Feeds, explore and search: every post the data shows, each under its own shortcode (tiles: page-tiles.ts).
    const posts = new PostList(listLog);
    for (const source of sources) for (const found of source.data.media) posts.add(readMedia(found.media, source.source)?.post ?? null);
    reading.posts = posts.all();
    reading.problems = listLog.problems;
  }
  return reading;
}

function dataSources(input: PageInput, pageUrl: URL): DataSource[] {
  const responses = [...input.responses].sort((a, b) => b.at - a.at).map((response): DataSource => {
    const path = new URL(response.url, pageUrl).pathname;
    return { data: instagramDataOf(response.json, input.memo), source: 'network', origin: path, pathCode: shortcodeOfMediaId(mediaIdInApiPath(path)) };
  });
  const embedded = input.root
    ? embeddedBlobs(input.root, input.memo).map((json): DataSource => ({ data: instagramDataOf(json, input.memo), source: 'embedded', origin: 'first-load data', pathCode: null }))
    : [];
  return [...responses, ...embedded];
}

/** A saved API response read on its own: its URL or its data says whose profile or which post it is. */
function inferTarget(url: URL, sources: DataSource[]): PageTarget | null {
  const pathCode = shortcodeOfMediaId(mediaIdInApiPath(url.pathname));
  if (pathCode) return { surface: 'post', page: 'post', postId: pathCode };
  const primaryMedia = sources.flatMap((source) => source.data.media).find((found) => found.primary);
  if (primaryMedia) return { surface: 'post', page: primaryMedia.media.product_type === 'clips' ? 'reel' : 'post', postId: primaryMedia.code };
  const username = url.searchParams.get('username') ?? sources.flatMap((source) => source.data.users).find((found) => found.primary)?.user.username;
  if (isInstagramUsername(username as string)) return { surface: 'profile', page: 'profile', handle: username as string };
  const owners = new Set(sources.flatMap((source) => source.data.media.map((found) => readMedia(found.media, source.source)?.owner?.toLowerCase() ?? '')));
  if (owners.size === 1 && isInstagramUsername([...owners][0])) return { surface: 'profile', page: 'profile', handle: [...owners][0]! };
  return owners.size ? { surface: 'feed', page: 'feed' } : null;
}

/** A grid's posts in time order (the data lists pinned posts and tabs in their own order); undated ones last. */
function newestFirst(a: PostReading, b: PostReading): number {
  return (b.publishedAt ? Date.parse(b.publishedAt) : -Infinity) - (a.publishedAt ? Date.parse(a.publishedAt) : -Infinity) || 0;
}

/** Posts by shortcode: the first reading of a post (the most robust source) wins each field, later ones fill gaps. */
class PostList {
  private readonly byId = new Map<string, PostReading>();

  constructor(private readonly log: ProblemLog) {}

  add(post: PostReading | null): void {
    if (post) this.byId.set(post.id, mergePost(this.byId.get(post.id) ?? null, post, this.log)!);
  }

  all(): PostReading[] {
    return [...this.byId.values()];
  }
}

function readPost(
  code: string,
  page: string,
  urlHandle: string | null,
  sources: DataSource[],
  root: Document | null,
  lang: string | null,
): { post: PostReading | null; creator: CreatorReading | null; comments: CommentReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog(`instagram.${page}`, 'page data');
  const domLog = new ProblemLog(`instagram.${page}`, 'rendered page');
  let post: PostReading | null = null;
  let likesHidden = false;
  let commentsOff = false;
  let isVideo = false;
  let ownerUser: Record<string, unknown> | null = null;
  for (const source of sources) {
    for (const found of source.data.media) {
      if (found.code !== code) {
        if (found.primary) log.add('post', 'stale', `${source.origin} is about post ${found.code}, not ${code}`);
        continue;
      }
      const facts = readMedia(found.media, source.source);
      if (!facts) continue;
      post = mergePost(post, facts.post, log);
      likesHidden ||= facts.likesHidden;
      commentsOff ||= facts.commentsOff;
      isVideo ||= facts.isVideo;
      ownerUser ??= asRecord(found.media.user) ?? asRecord(found.media.owner);
    }
  }
  if (root) {
    post = mergePost(post, readPostHead(root, code, lang), domLog);
    const dom = readPostDom(root, code, lang);
    likesHidden ||= dom.likesHidden;
    if (dom.conflicting) domLog.add('post.likes', 'ambiguous', 'two like lines for this post disagree');
    post = mergePost(post, dom.post, domLog);
  }

  if (post && likesHidden) {
    // Hidden counts still come with a like_count (often 0): no source's number is the page's.
    delete post.metrics.likes;
    delete post.metrics.views;
  }
  if (!post) {
    const answeredEmpty = sources.some((source) => source.data.noPost && (source.pathCode === code || source.pathCode === null));
    if (answeredEmpty) log.add('post', 'unavailable', `the page's data holds no post ${code} (deleted, private or login-gated)`);
    else log.notFound('post', `nothing on the page describes post ${code}`);
  } else {
    if (!post.metrics.likes) {
      if (likesHidden) log.add('post.likes', 'hidden', 'the owner hid the like count');
      else log.notFound('post.likes', 'no like count in the data, the head or the like line');
    }
    if (!post.metrics.comments) {
      if (commentsOff) log.add('post.comments', 'hidden', 'comments are turned off');
      else log.notFound('post.comments', 'no comment count in the data or the head');
    }
    if ((isVideo || post.format === 'video') && !post.metrics.views) {
      if (likesHidden) log.add('post.views', 'hidden', 'the owner hid the view count');
      else log.notFound('post.views', 'no view count for this video');
    }
  }

  const author = post?.author?.handle ?? urlHandle;
  const creator = readPostCreator(author, ownerUser, sources, log);
  if (post && creator?.handle && !post.author) post.author = { handle: creator.handle, name: creator.name };
  const comments = readPostComments(code, author, sources);
  return { post, creator, comments, problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, post) };
}

/** The post's author, with their counts when the page's data holds their profile (verified by username). */
function readPostCreator(author: string | null, ownerUser: Record<string, unknown> | null, sources: DataSource[], log: ProblemLog): CreatorReading | null {
  if (!author) return null;
  let creator: CreatorReading | null = null;
  for (const source of sources) {
    for (const found of source.data.users) {
      if (sameUsername(found.user.username, author)) creator = mergeCreator(creator, readUser(found.user, source.source), log);
    }
  }
  if (ownerUser && sameUsername(ownerUser.username, author)) {
    const named: CreatorReading = { handle: author.toLowerCase(), name: asString(ownerUser.full_name) || null, url: profileUrl(author) };
    if (typeof ownerUser.is_verified === 'boolean') named.verified = ownerUser.is_verified;
    creator = mergeCreator(creator, named, log);
  }
  return creator ?? { handle: author.toLowerCase(), name: null, url: profileUrl(author) };
}

function readPostComments(code: string, owner: string | null, sources: DataSource[]): CommentReading[] {
  const comments = new Map<string, CommentReading>();
  for (const source of sources) {
    for (const { comment, code: commentCode } of source.data.comments) {
      if (commentCode !== code) continue;
      const reading = readComment(comment, code, owner ?? source.data.commentsPostOwner, source.source);
      const key = reading && (reading.id ?? `${reading.author}\n${reading.text}`);
      if (reading && key && !comments.has(key)) comments.set(key, reading);
    }
  }
  return [...comments.values()];
}

/** A profile, or the owner's counts on a story page (`page` "story": the story itself shows none, and no posts). */
function readProfile(
  handle: string,
  page: string,
  sources: DataSource[],
  root: Document | null,
  lang: string | null,
  listLog: ProblemLog,
): { creator: CreatorReading | null; posts: PostReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog(`instagram.${page}`, 'page data');
  const domLog = new ProblemLog(`instagram.${page}`, 'rendered page');
  let creator: CreatorReading | null = null;
  for (const source of sources) {
    for (const found of source.data.users) {
      const username = found.user.username;
      if (sameUsername(username, handle)) creator = mergeCreator(creator, readUser(found.user, source.source), log);
      else if (found.primary) log.add('creator', 'stale', `${source.origin} is about @${username}, not @${handle}`);
    }
  }
  if (root) {
    creator = mergeCreator(creator, readProfileDom(root, handle, lang, domLog), domLog);
    creator = mergeCreator(creator, readProfileHead(root, handle, lang), domLog);
    if (creator && !creator.name) creator.name = nameInTitle(root, handle);
  }
  if (creator) creator.url ??= profileUrl(handle);

  // The profile's posts: its own and the collabs it co-authored; a post by anyone else is another page's.
  const posts = new PostList(listLog);
  for (const source of page === 'story' ? [] : sources) {
    for (const found of source.data.media) {
      const facts = readMedia(found.media, source.source);
      if (!facts) continue;
      const byProfile =
        sameUsername(facts.owner, handle) ||
        (!!creator?.id && facts.ownerId === creator.id) ||
        facts.coauthors.some((coauthor) => sameUsername(coauthor, handle));
      // Matched by id alone, the data named no username: the post is still the profile's.
      if (byProfile) posts.add(facts.post.author || !creator ? facts.post : { ...facts.post, author: { handle: creator.handle, name: creator.name, ...(creator.id ? { id: creator.id } : {}) } });
    }
  }

  if (!creator) {
    log.notFound('creator', `nothing on the page describes @${handle}: no profile data, no header links, no counts in the head (a logged-out shell?)`);
  } else {
    for (const metric of ['followers', 'following', 'posts'] as const) {
      if (!creator[metric]) log.notFound(`creator.${metric}`, `no ${metric} count for @${handle}`);
    }
  }
  return {
    creator,
    posts: posts.all().sort(newestFirst),
    problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, null),
  };
}
