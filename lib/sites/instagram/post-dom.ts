/**
 * One post read from the rendered DOM: what a post page, a post dialog or a feed article shows about it. Every
 * selector names the post's shortcode, so nothing is read from another post on the same page.
 *   likes: <a href="/p/CODE/liked_by/"><span><span>7,434</span> likes</span></a> (exact, localized). When the owner
 *     hid the count the line reads "Liked by x and others" and "others" is the link: no number → hidden;
 *   time: <a href="/p/CODE/"><time datetime="2025-09-24T12:00:00.000Z">.
 * Comment counts and views have no stable node (platform-extraction.md §3.2): they come from the data or the head.
 */
import type { SourcedCount } from '../../count';
import { normalizeNumberText } from '../../count';
import type { PostReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import { shownCount } from './instagram-counts';
import * as selectors from './selectors';
import { postUrl } from './shortcode';

export interface PostDom {
  post: PostReading | null;
  likesHidden: boolean;
  /** The like links disagree: two posts' numbers cannot be told apart. */
  conflicting: boolean;
}

/** A count alone in its element ("7,434", "1,2 Mio."), the number at the start of a line ("7,434 likes"). */
const BARE_COUNT = /^\d[\d.,' ]*(?:\s?\p{L}{1,4}\.?)?$/u;
const LEADING_COUNT = /^\d/;

export function readPostDom(scope: ParentNode, code: string, lang: string | null): PostDom {
  const likeTexts = new Set<string>();
  let linkWithoutNumber = false;
  for (const selector of selectors.likedByLink(code)) {
    for (const link of scope.querySelectorAll(selector)) {
      const text = likeText(link);
      if (text) likeTexts.add(text);
      else linkWithoutNumber = true;
    }
  }
  const conflicting = likeTexts.size > 1;
  const likes: SourcedCount | null = likeTexts.size === 1 ? shownCount([...likeTexts][0], lang, 'text') : null;
  const time = selectors.postTime(code).map((selector) => scope.querySelector(selector)).find(Boolean);
  const datetime = time?.getAttribute('datetime');
  const publishedAt = datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : null;
  if (!likes && !publishedAt) return { post: null, likesHidden: linkWithoutNumber && likeTexts.size === 0, conflicting };
  const post: PostReading = { id: code, url: postUrl(code, false), publishedAt, metrics: likes ? { likes } : {} };
  return { post, likesHidden: !likes && linkWithoutNumber && likeTexts.size === 0, conflicting };
}

/** The like count a liked_by link shows: an element holding only the count, or the link's text starting with it. */
function likeText(link: Element): string | null {
  for (const element of [link, ...link.querySelectorAll('span')]) {
    const text = cleanText(element.textContent);
    if (text && BARE_COUNT.test(normalizeNumberText(text))) return text;
  }
  const whole = cleanText(link.textContent);
  // "7,434 likes" yes; "Liked by x and 5 others" no (its number is not the like count).
  return whole && LEADING_COUNT.test(normalizeNumberText(whole)) && link.querySelector('a') === null ? whole : null;
}
