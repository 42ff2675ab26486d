/**
 * The YouTube reader: a pure function of (document, URL, captured responses, time, locale) → Reading.
 *
 * Sources, most robust first (platform-extraction.md §0):
 *   1. the page's own InnerTube responses (/youtubei/v1/next, /player, /browse, /reel/reel_item_watch), newest
 *      first, and the yt-navigate-finish data the page bridge forwards: always about the page after in-page
 *      navigation;
 *   2. the first-load state (ytInitialData, ytInitialPlayerResponse), only when it names the video or channel
 *      in the URL: YouTube keeps it after in-page navigation;
 *   3. the rendered DOM, only once ytd-watch-flexy[video-id] shows the current video.
 */
import type { CountSource } from '../../count';
import type { CreatorReading, PostReading, ReaderProblem, Reading, Surface } from '../../reading/reading';
import { readAssignedJson } from '../embedded-json';
import { type Json, at } from '../json-path';
import { mergeCreator, mergePost, unresolvedProblems } from '../merge';
import type { PageInput } from '../page-input';
import { ProblemLog } from '../reader-problems';
import { type ChannelIdentity, channelIdentityOfBrowse, isChannelBrowse, legacyChannelPath, readChannelData, readVideoList, videoListsOf } from './channel-data';
import { readChannelDom } from './channel-dom';
import { detectYouTubePage, youtubeVideoUrl } from './detect';
import { hasReelOverlay, readShortsOverlay, videoIdOfReel } from './shorts-data';
import { isPlayerResponse, isWatchNext, readWatchData, videoIdOfNext, videoIdOfPlayer } from './watch-data';
import { readWatchDom, watchDomState } from './watch-dom';

/** The numbers a watch page shows exactly somewhere (subscribers are always rounded). */
const VIDEO_METRICS = ['views', 'likes', 'comments'] as const;

interface SourcedJson {
  json: Json;
  source: CountSource;
  /** For problems: where it came from. */
  origin: string;
}

/** What the reading is about: from the URL on a page of youtube.com, from the data for a bare response. */
interface YouTubeTarget {
  videoId: string | null;
  isChannel: boolean;
  surface: Surface;
}

/** Any URL, including a bare response's (the CLI on a saved /youtubei/v1/… body): then the data says what page it is. */
export function readYouTube(input: PageInput): Reading {
  const identity = detectYouTubePage(new URL(input.url));
  if (identity && identity.surface !== 'unsupported') return readYouTubePage(input);
  // Search results, and continuations (more of a grid or feed, appended as the page scrolls), name no page: their
  // videos are a list.
  const url = new URL(input.url);
  const data = [...responsesOf(input, url), ...embeddedState(input.root)];
  const videoId = data.map((item) => videoIdOfNext(item.json) ?? videoIdOfPlayer(item.json) ?? videoIdOfReel(item.json)).find(Boolean) ?? null;
  const isChannel = !videoId && data.some((item) => isChannelBrowse(item.json));
  const listed = !videoId && !isChannel && data.some((item) => videoListsOf(item.json).length);
  return readYouTubePage(input, { videoId, isChannel, surface: listed ? (url.pathname.endsWith('/search') ? 'search' : 'feed') : identity?.surface ?? 'unsupported' });
}

/**
 * A page of youtube.com: what the content script reads (it never reads an unsupported URL, so the inference above
 * stays out of its bundle).
 */
export function readYouTubePage(input: PageInput, inferred?: YouTubeTarget): Reading {
  const url = new URL(input.url);
  const identity = detectYouTubePage(url);
  const lang = input.lang ?? pageLang(input.root);
  const responses = responsesOf(input, url);
  const embedded = embeddedState(input.root);
  const { videoId, isChannel, surface } = inferred ?? {
    videoId: identity?.surface === 'post' ? identity.postId! : null,
    isChannel: identity?.surface === 'profile',
    surface: identity?.surface ?? 'unsupported',
  };

  const base = {
    platform: 'youtube' as const,
    url: input.url,
    readAt: input.now.toISOString(),
    lang,
    comments: [],
  };
  // Rendered tiles (grids, feeds, recommendations) are read by the one tile path, lib/sites/page-tiles.ts.
  if (videoId) {
    const { post, related, creator, problems } = readVideo(videoId, responses, embedded, input.root, lang, identity?.page ?? 'watch');
    // The page's own video first: it is the post the page is about; the recommendations follow it, each by its owner.
    return { ...base, surface: 'post', url: identity?.surface === 'post' ? input.url : post?.url ?? input.url, creator, posts: post ? [post, ...related] : [], problems };
  }
  if (isChannel) {
    const expected: ChannelIdentity = { id: identity?.creatorId ?? null, handle: identity?.handle ?? null, legacy: [legacyChannelPath(url.pathname) ?? ''] };
    const { creator, posts, problems } = readChannel(expected, responses, embedded, input.root, lang);
    return { ...base, surface: 'profile', url: identity?.surface === 'profile' ? input.url : creator?.url ?? input.url, creator, posts, problems };
  }
  if (surface !== 'feed' && surface !== 'search') return { ...base, surface, creator: null, posts: [], problems: [] };
  // Feeds and search results: the lists in the page's responses (continuations too) and first-load state, newest
  // first.
  const listLog = new ProblemLog(`youtube.${identity?.page ?? surface}`, 'video list');
  const listed = [...responses, ...embedded].flatMap((item) => videoListsOf(item.json).flatMap((tree) => readVideoList(tree, lang, item.source, listLog)));
  return { ...base, surface, creator: null, posts: firstOfEach(listed, listLog), problems: listLog.problems };
}

/** One post per id: the first listing (the newest source) wins each field, later ones fill what it lacked. */
function firstOfEach(posts: PostReading[], log: ProblemLog): PostReading[] {
  const byId = new Map<string, PostReading>();
  for (const post of posts) byId.set(post.id, mergePost(byId.get(post.id) ?? null, post, log)!);
  return [...byId.values()];
}

/** The captured responses, newest first. */
function responsesOf(input: PageInput, url: URL): SourcedJson[] {
  return [...input.responses].sort((a, b) => b.at - a.at).map((response) => ({
    json: response.json,
    source: 'network' as const,
    origin: new URL(response.url, url).pathname,
  }));
}

function pageLang(root: Document | null): string | null {
  return root?.documentElement?.getAttribute('lang') || null;
}

function embeddedState(root: Document | null): SourcedJson[] {
  if (!root) return [];
  const state: SourcedJson[] = [];
  const initialData = readAssignedJson(root, 'ytInitialData');
  if (initialData) state.push({ json: initialData, source: 'embedded', origin: 'ytInitialData' });
  const player = readAssignedJson(root, 'ytInitialPlayerResponse');
  if (player) state.push({ json: player, source: 'embedded', origin: 'ytInitialPlayerResponse' });
  return state;
}

function readVideo(
  videoId: string,
  responses: SourcedJson[],
  embedded: SourcedJson[],
  root: Document | null,
  lang: string | null,
  page: string,
): { post: PostReading | null; related: PostReading[]; creator: CreatorReading | null; problems: ReaderProblem[] } {
  const all = [...responses, ...embedded];
  const log = new ProblemLog(`youtube.${page}`, 'page data');
  for (const item of all) {
    const shown = videoIdOfNext(item.json) ?? videoIdOfPlayer(item.json) ?? videoIdOfReel(item.json);
    if (shown && shown !== videoId) log.add('post', 'stale', `${item.origin} is about ${shown}, not ${videoId}`);
  }
  const next = all.find((item) => isWatchNext(item.json) && videoIdOfNext(item.json) === videoId && at(item.json, 'contents', 'twoColumnWatchNextResults') !== undefined);
  const player = all.find((item) => isPlayerResponse(item.json) && videoIdOfPlayer(item.json) === videoId);
  const reel = all.find((item) => videoIdOfReel(item.json) === videoId && hasReelOverlay(item.json));

  let post: PostReading | null = null;
  let creator: CreatorReading | null = null;
  if (next || player) {
    const parts = readWatchData(
      videoId,
      next?.json,
      player?.json,
      lang,
      { next: next?.source ?? player!.source, player: player?.source ?? next!.source },
      log,
      youtubeVideoUrl(videoId, page === 'shorts'),
    );
    post = parts.post;
    creator = parts.creator;
  }
  if (reel) post = mergePost(post, readShortsOverlay(videoId, reel.json, lang, reel.source, log), log);

  const domLog = new ProblemLog(`youtube.${page}`, 'rendered page');
  // The rendered page is a fallback: read when the data left a number out, or gave it rounded where the page may
  // show it exactly (the like button's label, the comments header).
  const complete = post && VIDEO_METRICS.every((metric) => post!.metrics[metric]?.exact) && creator?.followers;
  if (root && !complete) {
    const state = watchDomState(root, videoId);
    if (state === 'current') {
      const fromDom = readWatchDom(root, videoId, lang, domLog);
      post = mergePost(post, fromDom.post, domLog);
      creator = mergeCreator(creator, fromDom.creator, domLog);
    } else if (state === 'stale') {
      domLog.add('post', 'stale', `the page still shows another video than ${videoId}`);
    }
  }
  if (!post) log.notFound('post', `nothing on the page describes ${videoId}`);
  // Recommendations in the watch data, each with the channel its own byline names (none: left out by attribution).
  const related = next ? readVideoList(at(next.json, 'contents', 'twoColumnWatchNextResults', 'secondaryResults'), lang, next.source, log).filter((other) => other.id !== videoId) : [];
  return { post, related, creator, problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, post) };
}

function readChannel(
  expected: ChannelIdentity,
  responses: SourcedJson[],
  embedded: SourcedJson[],
  root: Document | null,
  lang: string | null,
): { creator: CreatorReading | null; posts: PostReading[]; problems: ReaderProblem[] } {
  const log = new ProblemLog('youtube.channel', 'page data');
  const browse = [...responses, ...embedded].find((item) => {
    if (!isChannelBrowse(item.json)) return false;
    const shown = channelIdentityOfBrowse(item.json);
    if (sameChannel(expected, shown)) return true;
    log.add('creator', 'stale', `${item.origin} is about ${shown.handle ? '@' + shown.handle : shown.id}, not the URL's channel`);
    return false;
  });
  let creator: CreatorReading | null = null;
  let posts: PostReading[] = [];
  if (browse) ({ creator, posts } = readChannelData(browse.json, lang, browse.source, log));

  const domLog = new ProblemLog('youtube.channel', 'rendered page');
  if (root && (!creator?.followers || !creator.posts)) {
    const fromDom = readChannelDom(root, lang, domLog);
    // The header must be the URL's channel, and the channel the data described when there was one.
    const sameAsData = !creator?.handle || creator.handle.toLowerCase() === fromDom?.handle?.toLowerCase();
    if (fromDom && sameAsData && sameChannel(expected, { id: null, handle: fromDom.handle })) creator = mergeCreator(creator, fromDom, domLog);
  }
  if (!creator) log.notFound('creator', 'nothing on the page describes this channel');
  return { creator, posts, problems: unresolvedProblems([...log.problems, ...domLog.problems], creator, null) };
}

/**
 * A channel URL names a handle, an id, or (legacy /c/name and /user/name URLs) a custom name. Data of 2019–2022 names
 * its channel's custom URL too, which must then be the URL's; data naming only a handle and an id (2023–, where a
 * custom URL opens the channel's page all the same) cannot contradict it and is read, the page's own newest response
 * first.
 */
function sameChannel(expected: ChannelIdentity, shown: ChannelIdentity): boolean {
  if (expected.handle) return shown.handle?.toLowerCase() === expected.handle.toLowerCase();
  if (expected.id) return shown.id === expected.id;
  const [custom] = expected.legacy ?? [];
  if (custom && shown.legacy?.length) return shown.legacy.includes(custom);
  return true;
}

