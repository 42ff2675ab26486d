/**
 * A Pulse article (/pulse/slug) read from its guest page (pageKey d_flagship2_pulse_read): title, author card,
 * the social counts under the article ("361 Reactions" on the link's aria-label, "48 Comments") and the visible
 * comments. The guest article page is a full page load (no in-page navigation), so what it shows is the URL's
 * article.
 */
import type { CreatorReading, PostReading } from '../../reading/reading';
import { hasSponsorshipDisclosure } from '../sponsorship';
import type { ProblemLog } from '../reader-problems';
import { firstMatch } from '../dom-text';
import { accountKindOf, labelledCount, profileOfHref, profileUrl } from './linkedin-counts';
import { bareCount, visibleText } from './linkedin-dom';
import * as selectors from './selectors';

export function pulseUrl(slug: string): string {
  return `https://www.linkedin.com/pulse/${encodeURIComponent(slug)}/`;
}

export function readArticleDom(
  root: Document,
  slug: string,
  lang: string | null,
  log: ProblemLog,
): { post: PostReading; creator: CreatorReading | null; scope: Element } | null {
  const scope = firstMatch(root, selectors.pulseScope);
  if (!scope) {
    log.notFound('post', 'no social counts under the article');
    return null;
  }
  const metrics: PostReading['metrics'] = {};
  const reactions = firstMatch(scope, selectors.pulseReactions);
  const likes = labelledCount(reactions?.getAttribute('aria-label'), 'likes', lang, 'attribute') ?? bareCount(firstMatch(scope, selectors.pulseReactionsNumber), lang);
  if (likes) metrics.likes = likes;
  let comments = null;
  for (const item of firstMatch(scope, selectors.countsBar)?.children ?? []) comments ??= labelledCount(visibleText(item), 'comments', lang, 'text');
  if (comments) metrics.comments = comments;

  const body = visibleText(firstMatch(root, selectors.pulseBody))?.slice(0, 10_000) ?? null;
  const post: PostReading = {
    id: slug,
    url: pulseUrl(slug),
    title: visibleText(firstMatch(root, selectors.pulseTitle)),
    caption: body,
    format: 'article',
    sponsored: hasSponsorshipDisclosure(body),
    metrics,
  };
  const author = profileOfHref(firstMatch(root, selectors.pulseAuthorLink)?.getAttribute('href'));
  if (!author) return { post, creator: null, scope };
  const name = visibleText(firstMatch(root, selectors.pulseAuthorName));
  post.author = { handle: author.handle, name, ...accountKindOf(author) };
  return { post, creator: { handle: author.handle, name, url: profileUrl(author), ...accountKindOf(author) }, scope };
}
