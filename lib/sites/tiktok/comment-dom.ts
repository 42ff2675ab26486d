/**
 * Visible comments read from the rendered comment list: text `[data-e2e=comment-level-1]` (a p or a span), author
 * `[data-e2e=comment-username-1]` and its /@handle link, likes `[data-e2e=comment-like-count]`, time
 * `[data-e2e=comment-time-1]` ("3d ago", "8-20": kept as text). A comment's box is the nearest ancestor of its text
 * that also holds its author, and no other comment. Replies (level 2) by the creator mark the comment replied.
 */
import type { CommentReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import { firstText } from './post-dom';
import * as selectors from './selectors';
import { domCount } from './dom-counts';
import { sameHandle } from './user-data';

const USERNAME = selectors.commentUsername.join(',');
const LIKES = selectors.commentLikes.join(',');

/**
 * The comment's own box (nearest ancestor with its author, and its likes where shown) and its thread (the largest
 * ancestor with no other comment: the box plus its replies).
 */
function commentBoxes(text: Element): { box: Element; thread: Element } | null {
  let box: Element | null = null;
  let thread: Element | null = null;
  let withAuthor: Element | null = null;
  for (let element = text.parentElement; element; element = element.parentElement) {
    if (element.querySelectorAll(selectors.commentText).length > 1) break;
    thread = element;
    if (!element.querySelector(USERNAME)) continue;
    withAuthor ??= element;
    if (!box && element.querySelector(LIKES)) box = element;
  }
  box ??= withAuthor;
  return box && thread ? { box, thread } : null;
}

function handleNear(element: Element | null): string | null {
  const link = element?.closest('a[href]') ?? element?.querySelector('a[href]');
  return /\/@([\w.-]+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
}

export function readCommentsDom(root: ParentNode, postId: string, creator: string | null, lang: string | null): CommentReading[] {
  const comments: CommentReading[] = [];
  for (const textElement of root.querySelectorAll(selectors.commentText)) {
    const boxes = commentBoxes(textElement);
    const text = cleanText(textElement.textContent);
    if (!boxes || !text) continue;
    const { box, thread } = boxes;
    const username = box.querySelector(USERNAME);
    const author = handleNear(username);
    if (!author) continue;
    const comment: CommentReading = {
      postId,
      author,
      authorName: cleanText(username?.textContent),
      text,
      publishedText: firstText(box, selectors.commentTime),
      byCreator: sameHandle(author, creator),
    };
    // A box that holds replies too would mix their likes in.
    const likes = box.querySelector(selectors.replyText) ? null : domCount(box, selectors.commentLikes, lang).count;
    if (likes) comment.likes = likes;
    const replied = [...thread.querySelectorAll(selectors.replyUsername)].some((reply) => sameHandle(handleNear(reply), creator));
    // "Liked by creator" is the only sign of the creator's heart on the page (English pages).
    comment.creatorReplied =
      replied ||
      [...box.querySelectorAll('span, p, div')].some((element) => element.childElementCount === 0 && /^liked by creator$/i.test(cleanText(element.textContent) ?? ''));
    comments.push(comment);
  }
  return comments;
}
