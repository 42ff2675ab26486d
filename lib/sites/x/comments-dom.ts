/**
 * The replies shown under a post on its status page, as comments: the articles after the post's own (those
 * before it are the posts it replies to) and before the next section heading (X follows the replies with a
 * "Discover more" cell of posts from other conversations, headed by an h2 ⚠). Author and id come from each reply's
 * permalink, likes and replies from its action bar.
 */
import type { CommentReading } from '../../reading/reading';
import { sameHandle } from './user-data';
import { readTweetArticle } from './tweet-dom';

const SECTION_HEADING = '[data-testid="cellInnerDiv"] [role="heading"]';

export function readRenderedComments(root: ParentNode, articles: readonly Element[], focal: Element, creator: string | null, lang: string | null): CommentReading[] {
  const start = articles.indexOf(focal);
  if (start < 0) return [];
  const focalId = readTweetArticle(focal, lang)?.post.id;
  if (!focalId) return [];
  const nextSection = [...root.querySelectorAll(SECTION_HEADING)].find((heading) => isAfter(heading, focal));
  const comments: CommentReading[] = [];
  for (const article of articles.slice(start + 1)) {
    if (nextSection && isAfter(article, nextSection)) break;
    const reply = readTweetArticle(article, lang)?.post;
    const author = reply?.author?.handle;
    if (!reply || !author || reply.id === focalId) continue;
    const comment: CommentReading = {
      id: reply.id,
      postId: focalId,
      author,
      authorName: reply.author?.name ?? null,
      text: reply.caption ?? '',
      publishedAt: reply.publishedAt ?? null,
      byCreator: sameHandle(author, creator),
    };
    if (reply.metrics.likes) comment.likes = reply.metrics.likes;
    if (reply.metrics.comments) comment.replies = reply.metrics.comments;
    comments.push(comment);
  }
  return comments;
}

function isAfter(element: Element, reference: Element): boolean {
  return (reference.compareDocumentPosition(element) & 4) !== 0 && !reference.contains(element); // 4: FOLLOWING
}
