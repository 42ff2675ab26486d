/**
 * One post card read from the rendered DOM, from that card alone: a feed tile, a profile's activity, a search
 * result, or the post itself on its own page. Works on every generation (selectors.ts): the guest card's exact
 * data-num-* attributes first, then labelled counts ("48 comments") in the card's own counts, never in its
 * comments or in a reshared post inside it. Ads ("Promoted") give null: their numbers are no creator's.
 */
import type { SourcedCount } from '../../count';
import type { PostFormat, PostReading } from '../../reading/reading';
import { cleanText, firstMatch } from '../dom-text';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { type LabelledMetric, PROMOTED, type ProfileRef, accountKindOf, exactNumber, labelledCount, postIdsIn, postUrlOfId, profileOfHref, publishedAtOfId, sameHandle } from './linkedin-counts';
import { agreedCount, bareCount, ownFirst, ownMatches, visibleText } from './linkedin-dom';
import * as selectors from './selectors';

const MAX_CAPTION = 10_000;
/** Node.DOCUMENT_POSITION_PRECEDING, spelled out: the CLI runs without a global Node. */
const DOCUMENT_POSITION_PRECEDING = 2;

/** The post ids a card names: its activity id first, then the share/ugcPost ids it is also known by. */
export function idsOfCard(card: Element): string[] {
  const ids = [
    ...postIdsIn(card.getAttribute('data-activity-urn')), // guest card
    ...postIdsIn(card.getAttribute('data-urn')), // Ember
    ...postIdsIn(card.getAttribute('data-featured-activity-urn')),
    ...postIdsIn(card.getAttribute('data-attributed-urn')), // guest: the share behind the activity
  ];
  // SDUI: "expanded<token>FeedType_…"; a token of digits is the activity id, any other token names no post.
  const token = /^expanded(\d{15,25})FeedType/.exec(card.getAttribute('componentkey') ?? '')?.[1];
  if (token) ids.push(token);
  return [...new Set(ids)];
}

export function isPromotedCard(card: Element): boolean {
  if (ownFirst(card, selectors.promotedLabel)) return true;
  const sub = visibleText(ownFirst(card, selectors.actorSubDescription));
  if (sub && PROMOTED.test(sub)) return true;
  // SDUI has no label class: a line of the card that says just "Promoted".
  return ownMatches(card, 'p,span').some((element) => PROMOTED.test(`${cleanText(element.textContent)} `) && element.textContent!.length < 40);
}

export function readPostCard(card: Element, lang: string | null): PostReading | null {
  const id = idsOfCard(card)[0];
  if (!id || isPromotedCard(card)) return null;
  const metrics: PostReading['metrics'] = {};
  const likes = exactAttribute(card, selectors.guestReactions, 'data-num-reactions') ?? emberReactions(card, lang) ?? labelledInCard(card, 'likes', lang);
  if (likes) metrics.likes = likes;
  const comments = exactAttribute(card, selectors.guestComments, 'data-num-comments') ?? labelledInCard(card, 'comments', lang);
  if (comments) metrics.comments = comments;
  const reposts = labelledInCard(card, 'reposts', lang);
  if (reposts) metrics.reposts = reposts;
  const views = labelledInCard(card, 'views', lang);
  if (views) metrics.views = views;

  const caption = visibleText(ownFirst(card, selectors.caption))?.slice(0, MAX_CAPTION) ?? null;
  const post: PostReading = {
    id,
    url: postUrlOfId(id),
    caption,
    publishedAt: publishedAtOfId(id),
    format: formatOfCard(card),
    sponsored: hasSponsorshipDisclosure(caption),
    metrics,
  };
  const author = authorOfCard(card);
  if (author) post.author = author;
  return post;
}

/** The card's author: the profile its actor link names, or null when the card does not say for sure. */
export function actorOfCard(card: Element): { profile: ProfileRef; link: Element } | null {
  const link = ownFirst(card, selectors.actorLink);
  if (link) {
    const profile = profileOfHref(link.getAttribute('href'));
    return profile ? { profile, link } : null;
  }
  // SDUI: the profile links before the post's text, all naming the same profile.
  const text = ownFirst(card, selectors.caption);
  const links = ownMatches(card, selectors.anyProfileLink).filter((candidate) => !text || text.compareDocumentPosition(candidate) & DOCUMENT_POSITION_PRECEDING);
  const profiles = links.map((candidate) => profileOfHref(candidate.getAttribute('href')));
  const first = profiles[0];
  if (!first || profiles.some((profile) => !profile || profile.kind !== first.kind || !sameHandle(profile.handle, first.handle))) return null;
  return { profile: first, link: links[0]! };
}

export function authorOfCard(card: Element): PostReading['author'] | null {
  const actor = actorOfCard(card);
  if (!actor) return null;
  const shownName = visibleText(ownFirst(card, selectors.actorName)) ?? visibleText(actor.link);
  return { handle: actor.profile.handle, name: shownName && shownName.length <= 120 ? shownName : null, ...accountKindOf(actor.profile) };
}

/** Ember: a company author's description line is "12,345 followers". */
export function actorFollowers(card: Element, lang: string | null): SourcedCount | null {
  return labelledCount(visibleText(ownFirst(card, selectors.actorDescription)), 'followers', lang, 'text');
}

function exactAttribute(card: Element, list: readonly string[], attribute: string): SourcedCount | null {
  const element = ownFirst(card, list);
  const raw = element?.getAttribute(attribute);
  return raw == null ? null : exactNumber(raw, 'attribute', `${attribute}="${raw}"`);
}

/** Ember shows the reactions as a bare number in the counts bar. */
function emberReactions(card: Element, lang: string | null): SourcedCount | null {
  const bar = ownFirst(card, selectors.countsBar);
  return bar && bareCount(firstMatch(bar, selectors.emberReactionsNumber), lang);
}

/** "48 comments" in the card's counts bar, or (SDUI, which has no bar class) anywhere in the card but its comments. */
function labelledInCard(card: Element, metric: LabelledMetric, lang: string | null): SourcedCount | null {
  const bar = ownFirst(card, selectors.countsBar);
  const count = agreedCount(bar ? [bar, ...bar.querySelectorAll('button,a,span,li')] : ownMatches(card, 'button,a,span,li'), metric, lang);
  return count === 'conflict' ? null : count;
}

function formatOfCard(card: Element): PostFormat {
  const has = (list: readonly string[]) => list.some((selector) => ownMatches(card, selector).length > 0);
  if (has(selectors.videoMedia)) return 'video';
  if (has(selectors.documentMedia)) return 'carousel';
  if (has(selectors.pollMedia)) return 'poll';
  const images = selectors.imageItems.map((selector) => ownMatches(card, selector).length).find((count) => count > 0) ?? 0;
  if (images > 1) return 'carousel';
  if (images === 1) return 'image';
  if (has(selectors.articleMedia)) return 'article';
  return 'text';
}
