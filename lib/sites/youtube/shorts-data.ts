/**
 * A Short read from its player overlay (`reelPlayerOverlayRenderer`, in `/youtubei/v1/reel/reel_item_watch` and in
 * a /shorts/ page's ytInitialData). The overlay's like button carries an exact `likeCount` in the 2021–2024 shape;
 * the comments button shows the (truncated) comment count.
 */
import { type CountSource, type SourcedCount, exactCount } from '../../count';
import type { PostReading } from '../../reading/reading';
import { type Json, asCountNumber, asString, at, findAllUnderKey } from '../json-path';
import type { ProblemLog } from '../reader-problems';
import { innertubeText } from './innertube-text';
import { youtubeCount } from './youtube-counts';
import { youtubeVideoUrl } from './detect';

export function videoIdOfReel(json: Json): string | null {
  return (
    asString(at(json, 'replacementEndpoint', 'reelWatchEndpoint', 'videoId')) ??
    asString(at(json, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId'))
  );
}

export function hasReelOverlay(json: Json): boolean {
  return findAllUnderKey(json, 'reelPlayerOverlayRenderer', 1, 20_000).length > 0;
}

export function readShortsOverlay(
  videoId: string,
  json: Json,
  lang: string | null,
  source: CountSource,
  problems: ProblemLog,
): PostReading {
  const overlay = findAllUnderKey(json, 'reelPlayerOverlayRenderer', 1, 20_000)[0];
  const metrics: PostReading['metrics'] = {};
  const likeButton = at(overlay, 'likeButton', 'likeButtonRenderer');
  const exactLikes = asCountNumber(at(likeButton, 'likeCount'));
  const likes: SourcedCount | null =
    exactLikes !== null
      ? { ...exactCount(exactLikes), source }
      : youtubeCount(innertubeText(at(likeButton, 'likeCountWithLikeText')), lang, source);
  if (likes) metrics.likes = likes;
  else problems.notFound('post.likes', 'no like count');
  const comments = youtubeCount(innertubeText(at(overlay, 'viewCommentsButton', 'buttonRenderer', 'text')), lang, source);
  if (comments) metrics.comments = comments;
  else problems.notFound('post.comments', 'no comment count');
  return {
    id: videoId,
    url: youtubeVideoUrl(videoId, true),
    title: innertubeText(at(overlay, 'reelTitleText')) ?? null,
    format: 'short',
    metrics,
  };
}
