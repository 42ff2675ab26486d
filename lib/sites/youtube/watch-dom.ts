/**
 * A watch page read from its rendered DOM: the fallback when neither the page's network responses nor its
 * embedded state describe the current video. Only read once `ytd-watch-flexy[video-id]` names the current video,
 * because YouTube reuses the DOM across videos; a server-rendered page of the –2020 layout names it in its
 * microdata.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { agreedText, cleanText, firstAttribute, firstMatch } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import { handleFromPath } from './innertube-text';
import * as selectors from './selectors';
import { youtubeCount, youtubeSubscriberCount } from './youtube-counts';
import { youtubeChannelUrl, youtubeVideoUrl } from './detect';

export type WatchDomState = 'current' | 'stale' | 'absent';

/** Whether the rendered watch page shows `videoId` (YouTube keeps the previous video's DOM while it loads). */
export function watchDomState(root: ParentNode, videoId: string): WatchDomState {
  // Before the app renders a watch page (a saved server page, the first load) only the microdata names the video.
  const app = firstMatch(root, selectors.watchRoot);
  const shown = app ? app.getAttribute('video-id') : microdataVideoId(root);
  if (!shown) return 'absent';
  return shown === videoId ? 'current' : 'stale';
}

/** A property of the VideoObject itself (its own children: the author nested in it has properties too). */
function microdataProperty(root: ParentNode, names: readonly string[]): string | null {
  const video = root.querySelector(selectors.microdataVideo);
  for (const child of video?.children ?? []) {
    if (names.includes(child.getAttribute('itemprop') ?? '')) return child.getAttribute('content');
  }
  return null;
}

function microdataVideoId(root: ParentNode): string | null {
  return microdataProperty(root, selectors.microdataVideoId);
}

/** The channel id in the microdata of this video (never of the video the page showed before). */
function microdataChannelId(root: ParentNode, videoId: string): string | undefined {
  if (microdataVideoId(root) !== videoId) return undefined;
  const id = microdataProperty(root, ['channelId']);
  return id && /^UC[\w-]{22}$/.test(id) ? id : undefined;
}

export function readWatchDom(
  root: ParentNode,
  videoId: string,
  lang: string | null,
  problems: ProblemLog,
): { post: PostReading; creator: CreatorReading | null } {
  const metrics: PostReading['metrics'] = {};
  const views = microdataViews(root, videoId) ?? readDomViews(root, lang);
  if (views) metrics.views = views;
  else problems.notFound('post.views', 'no view-count selector matched');

  const likeLabel = agreedText(root, selectors.likeButton, 'aria-label');
  const likes = youtubeCount(likeLabel.value, lang, 'attribute');
  if (likes) metrics.likes = likes;
  else if (likeLabel.value && !/\d/.test(likeLabel.value)) problems.add('post.likes', 'hidden', 'like button without a number');
  else problems.notFound('post.likes', likeLabel.conflicting ? 'like buttons disagree' : 'no like button with an aria-label');

  const comments = youtubeCount(agreedText(root, selectors.commentCount).value, lang, 'text');
  if (comments) metrics.comments = comments;
  else problems.notFound('post.comments', 'comments not rendered yet (they load on scroll)');

  const post: PostReading = {
    id: videoId,
    url: youtubeVideoUrl(videoId, false),
    title: agreedText(root, selectors.watchTitle).value,
    format: 'video',
    metrics,
  };

  const href = firstAttribute(root, selectors.ownerLink, 'href');
  const handle = handleFromPath(href);
  // A –2022 page links its owner by custom URL (/c/name, /user/name), which no database key can be made of: the
  // video's own microdata names the channel's id (when it is about this video), so the creator can be stored.
  const channelId = /\/channel\/(UC[\w-]{22})/.exec(href ?? '')?.[1] ?? microdataChannelId(root, videoId);
  const subscribers = agreedText(root, selectors.ownerSubscribers);
  const followers = youtubeSubscriberCount(subscribers.value, lang, 'text');
  if (!href && !followers) {
    problems.notFound('creator', 'no owner link and no subscriber count');
    return { post, creator: null };
  }
  // A legacy /c/name or /user/name link names the channel without a handle or id: keep its URL.
  const ownerUrl = youtubeChannelUrl(handle, channelId ?? null) ?? (href && href.startsWith('/') ? `https://www.youtube.com${href}` : undefined);
  const creator: CreatorReading = {
    ...(channelId ? { id: channelId } : {}),
    handle,
    name: agreedText(root, selectors.ownerName).value,
    ...(ownerUrl ? { url: ownerUrl } : {}),
  };
  if (followers) creator.followers = followers;
  else problems.notFound('creator.followers', subscribers.conflicting ? 'owner rows disagree' : 'no #owner-sub-count');
  post.author = { handle, name: creator.name, ...(channelId ? { id: channelId } : {}) };
  return { post, creator };
}

/** The exact views of the server-rendered microdata, when it is about this video (it stays after in-page navigation). */
function microdataViews(root: ParentNode, videoId: string): SourcedCount | null {
  if (microdataVideoId(root) !== videoId) return null;
  const count = microdataProperty(root, ['interactionCount']);
  return count && /^\d+$/.test(count) ? youtubeCount(count, null, 'attribute') : null;
}

function readDomViews(root: ParentNode, lang: string | null): SourcedCount | null {
  const exactText = agreedText(root, selectors.watchViewsExact).value;
  // The tooltip reads "1,234,567 views • Jan 1, 2024": the count is before the bullet.
  const exact = youtubeCount(cleanText(exactText?.split('•')[0]), lang, 'text');
  if (exact) return exact;
  return youtubeCount(agreedText(root, selectors.watchViewsShort).value, lang, 'text');
}
