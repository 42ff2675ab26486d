/**
 * One rendered post (`article[data-testid="tweet"]`), read from that article alone: its id and author from its
 * permalink (the link around its own `<time>`, never a quoted post's), its counts from the action bar
 * (action-bar.ts), its text, time and format. Used for the post of a status page, for every post of a feed, and
 * for the replies under a post.
 */
import type { SourcedCount } from '../../count';
import type { PostFormat, PostReading } from '../../reading/reading';
import { cleanText } from '../dom-text';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { type ActionBarReading, readActionBar } from './action-bar';
import { ownElement, ownElements, richText } from './dom-scope';
import * as selectors from './selectors';
import { hasDigit, xShownCount } from './x-counts';

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})\/?$/;

export interface Permalink {
  id: string;
  handle: string;
  link: Element;
  time: Element;
}

/** The post's own permalink: "/handle/status/ID" around a `<time datetime>`. */
export function permalinkOf(article: Element): Permalink | null {
  for (const time of ownElements(article, selectors.permalinkTime)) {
    const link = time.closest('a[href]');
    const match = STATUS_PATH.exec(pathOf(link?.getAttribute('href')));
    if (link && match) return { id: match[2]!, handle: match[1]!, link, time };
  }
  return null;
}

function pathOf(href: string | null | undefined): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return ''; // not a URL: no permalink here
  }
}

/** An ad: X wraps promoted posts in its placement tracker, and they have no permalink time. */
export function isPromoted(article: Element): boolean {
  return article.closest(selectors.promotedWrapper) !== null;
}

export interface ArticleReading {
  post: PostReading;
  bar: ActionBarReading;
  /** The "Pinned" line: a social context with no link (a repost's names the reposter with a link). */
  pinnedLine: boolean;
}

export function readTweetArticle(article: Element, lang: string | null): ArticleReading | null {
  if (isPromoted(article)) return null;
  const permalink = permalinkOf(article);
  if (!permalink) return null;
  const bar = readActionBar(article, lang, focusedViews(permalink, lang));
  const caption = richText(ownElement(article, selectors.tweetText));
  const datetime = permalink.time.getAttribute('datetime');
  const time = datetime ? Date.parse(datetime) : Number.NaN;
  const nameBlock = ownElement(article, selectors.tweetAuthorName);
  const nameLink = nameBlock?.querySelector(`a[href="/${permalink.handle}"]`) ?? nameBlock?.querySelector('a[href]');
  const post: PostReading = {
    id: permalink.id,
    url: `https://x.com/${permalink.handle}/status/${permalink.id}`,
    caption,
    publishedAt: Number.isNaN(time) ? null : new Date(time).toISOString(),
    format: formatOf(article, caption),
    sponsored: hasSponsorshipDisclosure(caption),
    author: { handle: permalink.handle, name: cleanText(richText(nameLink ?? null)) },
    metrics: bar.metrics,
  };
  const context = ownElement(article, selectors.socialContext);
  return { post, bar, pinnedLine: context !== null && context.closest('a[href]') === null && !context.querySelector('a[href]') };
}

function formatOf(article: Element, caption: string | null): PostFormat | null {
  if (ownElement(article, selectors.videoMedia)) return 'video';
  const photos = ownElements(article, selectors.photoMedia).length;
  if (photos > 1 || ownElements(article, selectors.cardCarouselSlide).length > 1) return 'carousel';
  if (photos === 1) return 'image';
  if (ownElement(article, selectors.pollCard)) return 'poll';
  return caption ? 'text' : null;
}

/**
 * The focused post shows its views beside its time ("3:04 PM · Jan 1, 2024 · 9.2M Views"), not in the bar: the
 * permalink bar is the block holding the permalink, and the views are what follows it there (insin's
 * `div:has(> div > a > time)`, children 1–2). Timeline posts have nothing after their time.
 */
function focusedViews(permalink: Permalink, lang: string | null): SourcedCount | null {
  const holder = permalink.link.parentElement;
  const bar = holder?.parentElement;
  if (!holder || !bar) return null;
  const after: string[] = [];
  let seen = false;
  for (const child of bar.children) {
    if (child === holder) seen = true;
    else if (seen) after.push(child.textContent ?? '');
  }
  const text = cleanText(after.join(' ').replace(/^[\s·•|]+/, ''));
  return hasDigit(text) ? xShownCount(text, lang) : null;
}
