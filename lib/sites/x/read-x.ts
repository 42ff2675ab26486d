/**
 * The X reader: a pure function of (document, URL, captured responses, time, locale) → Reading.
 *
 * Sources, most robust first (platform-extraction.md §0, §4):
 *   1. the page's own GraphQL responses (UserByScreenName, TweetDetail, UserTweets, HomeTimeline, SearchTimeline,
 *      …), newest first: exact counts, taken only for the user or post the URL names (the content script keeps
 *      responses across in-page navigation, so one about the previous profile is reported stale, never used);
 *   2. the rendered page: action-bar aria-labels (exact), then the numbers shown (X truncates: "9.2M"), each
 *      scoped to the URL's user or post (the header's @handle, the post's permalink).
 * X's server HTML embeds no counts of the page's user or post (its `__INITIAL_STATE__` holds the signed-in
 * viewer), so there is no first-load state to read: the app fetches everything through the GraphQL calls above.
 * A saved response read on its own (the CLI, with the API URL) is placed by its content: the reading gets the
 * page URL it belongs to.
 */
import type { CommentReading, CreatorReading, PostReading, ReaderProblem, Reading, Surface } from '../../reading/reading';
import { asString } from '../json-path';
import { mergeCreator, mergePost, unresolvedProblems } from '../merge';
import type { PageIdentity } from '../page-identity';
import type { PageInput } from '../page-input';
import { ProblemLog } from '../reader-problems';
import type { BarMetric } from './action-bar';
import { readRenderedComments } from './comments-dom';
import { readConversationComments } from './conversation-data';
import { detectXPage } from './detect';
import { type GraphqlRequest, graphqlRequestOf } from './graphql-request';
import { readProfileDom } from './profile-dom';
import { readProfilePageData } from './profile-page-data';
import * as selectors from './selectors';
import { permalinkOf, readTweetArticle } from './tweet-dom';
import { type TimelineTweet, type TweetParts, isUnavailableTweet, readTweet, timelineTweets, tweetIdOf } from './tweet-data';
import { sameHandle, userOfResponse } from './user-data';

interface Captured {
  json: unknown;
  request: GraphqlRequest;
  /** For problems: the operation ("UserByScreenName") or the path. */
  origin: string;
  /** The posts it lists, walked once per read however many surfaces ask. */
  tweets: () => TimelineTweet[];
}

/** Timelines of one user's own posts (not Likes: those are other people's posts). */
const PROFILE_TIMELINES = new Set(['UserTweets', 'UserTweetsAndReplies', 'UserMedia', 'UserHighlightsTweets']);
const FEED_TIMELINES = new Set(['HomeTimeline', 'HomeLatestTimeline', 'ListLatestTweetsTimeline']);
/** The counts a post page must show; bookmarks and quotes are often not shown. */
const REQUIRED_POST_METRICS: BarMetric[] = ['likes', 'comments', 'reposts', 'views'];

type Target = PageIdentity & { canonicalUrl?: string; query?: string | null };

export function readX(input: PageInput): Reading {
  const url = new URL(input.url);
  const lang = input.lang ?? (input.root?.documentElement?.getAttribute('lang') || null);
  const responses: Captured[] = [...input.responses]
    .sort((a, b) => b.at - a.at)
    .map((response) => {
      const request = graphqlRequestOf(response.url);
      let listed: TimelineTweet[] | null = null;
      return { json: response.json, request, origin: request.operation ?? pathOf(response.url), tweets: () => (listed ??= timelineTweets(response.json)) };
    });
  const identity = detectXPage(url);
  const isApi = identity?.page === 'api' || url.pathname.startsWith('/i/api/');
  const target: Target | null =
    identity && identity.surface !== 'unsupported' ? { ...identity, query: url.searchParams.get('q') } : isApi ? placeResponses(responses) : null;
  const base = { platform: 'x' as const, url: target?.canonicalUrl ?? input.url, readAt: input.now.toISOString(), lang };
  const empty = { creator: null, posts: [], comments: [], problems: [] };
  if (!target) return { ...base, surface: identity?.surface ?? 'unsupported', ...empty };

  if (target.surface === 'post' && target.postId) {
    return { ...base, surface: 'post', ...readPost(target.postId, responses, input.root, lang) };
  }
  if (target.surface === 'profile' && target.handle) {
    return { ...base, surface: 'profile', ...readProfile(target.handle, responses, input.root, lang) };
  }
  const surface: Surface = target.surface;
  if (surface !== 'feed' && surface !== 'search') return { ...base, surface, ...empty };
  const listed = responses
    .filter(({ request }) =>
      surface === 'search'
        ? request.operation === 'SearchTimeline' && (!target.query || asString(request.variables.rawQuery) === target.query)
        : FEED_TIMELINES.has(request.operation ?? ''),
    )
    .flatMap((response) => postsOf(response.tweets()));
  return { ...base, surface, ...empty, posts: uniquePosts(listed) };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url; // not a URL: name it as given
  }
}

/**
 * A bare response (the CLI on a saved API response): which page it belongs to, from its operation and content.
 */
function placeResponses(responses: readonly Captured[]): Target | null {
  for (const { json, request, tweets } of responses) {
    const { operation, variables } = request;
    const listed = tweets();
    if (operation === 'TweetDetail' || operation === 'TweetResultByRestId') {
      const id = asString(variables.focalTweetId) ?? asString(variables.tweetId) ?? (listed[0] ? tweetIdOf(listed[0].tweet) : null);
      if (id) return postTarget(id, listed);
    }
    const user = userOfResponse(json);
    if (user?.handle) return { platform: 'x', surface: 'profile', handle: user.handle, page: 'profile', canonicalUrl: `https://x.com/${user.handle}` };
    if (operation === 'SearchTimeline') {
      const query = asString(variables.rawQuery);
      return { platform: 'x', surface: 'search', page: 'search', query, canonicalUrl: `https://x.com/search?q=${encodeURIComponent(query ?? '')}` };
    }
    if (PROFILE_TIMELINES.has(operation ?? '')) {
      const owner = listed.find((item) => item.postedBy)?.postedBy;
      if (owner) return { platform: 'x', surface: 'profile', handle: owner, page: 'profile', canonicalUrl: `https://x.com/${owner}` };
    }
    if (listed.length) return { platform: 'x', surface: 'feed', page: 'home', canonicalUrl: 'https://x.com/home' };
  }
  return null;
}

function postTarget(id: string, listed: readonly TimelineTweet[]): Target {
  const focal = listed.find((item) => tweetIdOf(item.tweet) === id);
  const handle = focal ? readTweet(focal.tweet, 'network')?.author?.handle : null;
  return { platform: 'x', surface: 'post', postId: id, page: 'status', canonicalUrl: `https://x.com/${handle ?? 'i/web'}/status/${id}` };
}

function readPost(
  postId: string,
  responses: readonly Captured[],
  root: Document | null,
  lang: string | null,
): { creator: CreatorReading | null; posts: PostReading[]; comments: CommentReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog('x.status', 'page data');
  let post: PostReading | null = null;
  let creator: CreatorReading | null = null;
  let comments: CommentReading[] = [];
  for (const { request, origin, tweets } of responses) {
    const listed = tweets();
    const found = listed.find((item) => tweetIdOf(item.tweet) === postId || item.entryId === `tweet-${postId}`);
    if (!found) {
      const focal = asString(request.variables.focalTweetId);
      if (focal && focal !== postId) log.add('post', 'stale', `${origin} is about post ${focal}, not ${postId}`);
      continue;
    }
    if (isUnavailableTweet(found.tweet)) {
      log.add('post', 'unavailable', `${origin}: a tombstone (deleted, withheld or protected)`);
      continue;
    }
    const parts: TweetParts | null = post ? null : readTweet(found.tweet, 'network');
    if (parts) {
      ({ post, author: creator } = parts);
      for (const metric of REQUIRED_POST_METRICS) if (!parts.post.metrics[metric]) log.notFound(`post.${metric}`, `${origin} has no ${metric} count`);
    }
    if (!comments.length && request.operation === 'TweetDetail') comments = readConversationComments(postId, listed);
  }

  const domLog = new ProblemLog('x.status', 'rendered page');
  if (root) {
    const articles = [...root.querySelectorAll(selectors.tweetArticle)];
    const focal = articles.find((article) => permalinkOf(article)?.id === postId);
    const rendered = focal ? readTweetArticle(focal, lang) : null;
    if (focal && rendered) {
      const { bar } = rendered;
      for (const metric of REQUIRED_POST_METRICS) {
        if (bar.metrics[metric]) continue;
        if (bar.empty) domLog.notFound(`post.${metric}`, 'the action bar has an empty label (counts not loaded)');
        else if (bar.hidden.has(metric)) domLog.add(`post.${metric}`, 'hidden', `the ${metric} element shows no number`);
        else if (bar.conflicting) domLog.add(`post.${metric}`, 'ambiguous', "the action bar's label disagrees with its buttons");
        else domLog.notFound(`post.${metric}`, `no ${metric} in the action bar`);
      }
      post = mergePost(post, rendered.post, domLog);
      creator = mergeCreator(creator, rendered.post.author?.handle ? { handle: rendered.post.author.handle, name: rendered.post.author.name ?? null } : null, domLog);
      comments = mergeComments(comments, readRenderedComments(root, articles, focal, creator?.handle ?? null, lang));
    } else if (root.querySelector(selectors.missingPage)) {
      domLog.add('post', 'unavailable', 'the page says this post does not exist');
    } else domLog.notFound('post', `no article with a permalink to ${postId}`);
  }
  if (!post) log.notFound('post', `nothing on the page describes post ${postId}`);
  return { creator, posts: post ? [post] : [], comments, problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, post) };
}

function readProfile(
  handle: string,
  responses: readonly Captured[],
  root: Document | null,
  lang: string | null,
): { creator: CreatorReading | null; posts: PostReading[]; comments: CommentReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog('x.profile', 'page data');
  let creator: CreatorReading | null = null;
  for (const { json, origin } of responses) {
    const user = userOfResponse(json);
    if (!user) continue;
    if (sameHandle(user.handle, handle)) creator ??= user;
    else log.add('creator', 'stale', `${origin} is about @${user.handle}, not @${handle}`);
  }
  if (creator) {
    for (const metric of ['followers', 'following', 'posts'] as const) if (!creator[metric]) log.notFound(`creator.${metric}`, `no ${metric} count in the user data`);
  }

  // The page's JSON-LD and first-load state: exact counts the header shows rounded.
  if (root) for (const embedded of readProfilePageData(root, handle, log)) creator = mergeCreator(creator, embedded, log);

  const domLog = new ProblemLog('x.profile', 'rendered page');
  if (root) {
    const fromDom = readProfileDom(root, handle, lang, domLog);
    if (fromDom) creator = mergeCreator(creator, fromDom, domLog);
    else if (root.querySelector(selectors.missingPage)) domLog.add('creator', 'unavailable', 'the page says this account does not exist or is suspended');
  }
  if (!creator) log.notFound('creator', `nothing on the page describes @${handle}`);

  const ownerId = creator?.id;
  const listed = responses
    .filter(({ request, tweets }) => {
      if (!PROFILE_TIMELINES.has(request.operation ?? '')) return false;
      const userId = asString(request.variables.userId);
      if (userId && ownerId) return userId === ownerId;
      // No user id to compare: the timeline is this profile's only when this profile posted everything in it.
      return tweets().length > 0 && tweets().every((item) => sameHandle(item.postedBy, handle));
    })
    .flatMap((response) => postsOf(response.tweets()));
  return { creator, posts: uniquePosts(listed), comments: [], problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, null) };
}

function postsOf(listed: readonly TimelineTweet[]): PostReading[] {
  return listed.flatMap(({ tweet, pinned }) => {
    const post = readTweet(tweet, 'network')?.post;
    return post ? [pinned ? { ...post, pinned } : post] : [];
  });
}

/** Posts from data, the newest response's listing of each (rendered posts: lib/sites/page-tiles.ts). */
function uniquePosts(fromData: readonly PostReading[]): PostReading[] {
  const byId = new Map<string, PostReading>();
  for (const post of fromData) if (!byId.has(post.id)) byId.set(post.id, post);
  return [...byId.values()];
}

function mergeComments(fromData: readonly CommentReading[], rendered: readonly CommentReading[]): CommentReading[] {
  const ids = new Set(fromData.map((comment) => comment.id));
  return [...fromData, ...rendered.filter((comment) => !ids.has(comment.id))];
}
