/**
 * One post read from the rendered DOM: the video page, the browse modal over a grid, or one item of a feed. A feed
 * holds many posts with the same data-e2e hooks, so nothing is read from the document at large: the post's own
 * container is found from an element that names its id (the player "xgwrapper-0-<id>", a link to /video/<id>,
 * the modal's copy-link box), climbing to the nearest ancestor that holds one like button. A container with
 * several like buttons, or none that names the id, gives nothing: never "the first like button on the page".
 */
import type { PostReading } from '../../reading/reading';
import { cleanText, firstAttribute } from '../dom-text';
import type { ProblemLog } from '../reader-problems';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { domCount } from './dom-counts';
import { postUrl } from './item-data';
import * as selectors from './selectors';

const LIKE_COUNT = selectors.likeCount.join(',');

/** Elements that name `postId`. */
function namers(root: ParentNode, postId: string): Element[] {
  const named = [
    ...root.querySelectorAll(`${selectors.playerWrapper}[id$="-${postId}"]`),
    ...root.querySelectorAll(`a[href*="/video/${postId}"], a[href*="/photo/${postId}"]`),
  ];
  for (const selector of selectors.postLinkText) {
    for (const box of root.querySelectorAll(selector)) if (box.textContent?.includes(`/${postId}`)) named.push(box);
  }
  return named;
}

/** The element holding exactly `postId`'s action bar, or null. */
export function postScope(root: ParentNode, postId: string): Element | null {
  for (const namer of namers(root, postId)) {
    for (let element: Element | null = namer; element; element = element.parentElement) {
      const likes = element.querySelectorAll(LIKE_COUNT).length;
      if (likes === 1) return element;
      if (likes > 1) break; // this container holds several posts: try another namer
    }
  }
  return null;
}

const METRICS = [
  ['likes', selectors.likeCount],
  ['comments', selectors.commentCount],
  ['shares', selectors.shareCount],
  ['saves', selectors.saveCount],
] as const;

/** The counts and text of the post inside `scope` (from postScope). Views are not shown on a post, only on tiles. */
export function readPostDom(scope: Element, postId: string, lang: string | null, problems: ProblemLog | null): PostReading {
  const metrics: PostReading['metrics'] = {};
  for (const [metric, list] of METRICS) {
    const read = domCount(scope, list, lang);
    if (read.count) metrics[metric] = read.count;
    else if (metric !== 'saves') problems?.add(`post.${metric}`, read.code, read.detail);
  }
  const handle = authorHandleIn(scope);
  const caption = firstText(scope, selectors.postCaption);
  return {
    id: postId,
    url: postUrl(handle, postId),
    caption,
    sponsored: hasSponsorshipDisclosure(caption) || hasPaidLabel(scope),
    author: { handle },
    metrics,
  };
}

export function authorHandleIn(scope: ParentNode): string | null {
  const shown = firstText(scope, selectors.postAuthorHandle)?.replace(/^@/, '');
  if (shown && /^[\w.-]+$/.test(shown)) return shown;
  const href = firstAttribute(scope, selectors.postAuthorLink, 'href');
  return /\/@([\w.-]+)/.exec(href ?? '')?.[1] ?? null;
}

export function firstText(root: ParentNode, list: readonly string[]): string | null {
  for (const selector of list) {
    const text = cleanText(root.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return null;
}

/** TikTok's own label over a paid post: a short line reading "Paid partnership", "Sponsored", "Promotional content". */
function hasPaidLabel(scope: Element): boolean {
  for (const element of scope.querySelectorAll('span, div, p, a')) {
    if (element.childElementCount > 0 || element.closest('[data-e2e^="comment-"]')) continue; // a comment is not a label
    const text = cleanText(element.textContent);
    if (text && text.length <= 40 && (/^(?:sponsored|promotional content)$/i.test(text) || hasSponsorshipDisclosure(text))) return true;
  }
  return false;
}
