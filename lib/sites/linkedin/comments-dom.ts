/**
 * The comments a post page shows, read from the DOM: author (handle from the profile link), text, age as shown
 * ("6y", "2w"), and reactions ("6 Likes" on a Pulse article, "4 Reactions" on a guest post page; a hidden twin
 * beside it holds the count plus the viewer's own reaction and is skipped).
 */
import type { CommentReading } from '../../reading/reading';
import { cleanText, firstMatch } from '../dom-text';
import { labelledCount, profileOfHref, sameHandle } from './linkedin-counts';
import { bareCount, visibleText } from './linkedin-dom';
import * as selectors from './selectors';

export function readDomComments(scope: ParentNode, postId: string, creatorHandle: string | null, lang: string | null): CommentReading[] {
  const comments: CommentReading[] = [];
  for (const element of scope.querySelectorAll(selectors.comment)) {
    // A reply nested in a comment is read as its own comment, once.
    const link = firstMatch(element, selectors.commentAuthorLink);
    const profile = profileOfHref(link?.getAttribute('href'));
    const name = visibleText(firstMatch(element, selectors.commentAuthorName)) ?? visibleText(link);
    const text = visibleText(firstMatch(element, selectors.commentText));
    if (!text || !(profile || name)) continue;
    const comment: CommentReading = {
      postId,
      author: profile?.handle ?? name!,
      authorName: name,
      text: text.slice(0, 10_000),
      publishedText: cleanText(firstMatch(element, selectors.commentTime)?.textContent),
      byCreator: sameHandle(profile?.handle, creatorHandle),
    };
    const id = element.getAttribute('componentkey')?.replace('replaceableComment_', '') ?? element.getAttribute('data-id');
    if (id) comment.id = id;
    const likesElement = firstMatch(element, selectors.commentLikes);
    const likes =
      labelledCount(likesElement?.getAttribute('aria-label'), 'likes', lang, 'attribute') ??
      labelledCount(visibleText(likesElement), 'likes', lang, 'text') ??
      // Ember's reactions-count element shows the bare number ("5").
      (likesElement?.className.includes('reactions-count') ? bareCount(likesElement, lang) : null);
    if (likes) comment.likes = likes;
    comments.push(comment);
  }
  return comments;
}
