/**
 * LinkedIn's rendered DOM, one list per thing, each alternative with the layout it serves. Three kinds of markup
 * live side by side:
 *   guest pages (logged out, server-rendered): public posts (pageKey d_public_post), Pulse articles
 *     (d_flagship2_pulse_read), profiles and company pages; stable data-test-id / data-tracking-control-name
 *     attributes and BEM classes;
 *   the logged-in Ember app (2019–2026 for some buckets): BEM classes such as feed-shared-update-v2,
 *     data-urn="urn:li:activity:…";
 *   the 2026 server-driven UI (SDUI): hashed classes and no activity urn; only data-testid, componentkey, role
 *     and aria-label are stable. Never a hashed class.
 */

/** One post card, each generation. */
export const postCard = [
  'article.main-feed-activity-card[data-activity-urn]', // guest public post page and guest company/profile activity, 2023–
  'div[data-urn^="urn:li:activity:"]', // Ember feed, profile activity, post page (div.feed-shared-update-v2 and older)
  '[role="listitem"][componentkey^="expanded"]', // SDUI feed, 2026: the "expanded" key marks posts, not modules
].join(',');

/** What ends a card, to tell its own nodes from a reshared post's or a comment's inside it. */
export const cardBoundary = '[data-activity-urn],[data-urn],[role="listitem"][componentkey],[componentkey^="replaceableComment_"],[data-id^="urn:li:comment"],section.comment';

/** Exact counts as attributes on the guest card's links (data-test-id="social-actions__reactions" data-num-reactions="333"). */
export const guestReactions = ['[data-num-reactions]'] as const;
export const guestComments = ['[data-num-comments]'] as const;

/** The bar of counts under a post: only it, so comment and reshare counts never mix in. */
export const countsBar = [
  '.main-feed-activity-card__social-actions', // guest card
  '.social-details-social-counts', // Ember, 2020–
  '.social-action-counts', // guest Pulse article
] as const;

/** Ember: the bare reactions number ("1,234"), whose button label is a social-proof line ("Ada and 1,233 others"). */
export const emberReactionsNumber = [
  '.social-details-social-counts__reactions-count', // 2021–
] as const;

/** Guest Pulse article: "361 Reactions" on the link's aria-label, "361" inside. */
export const pulseReactions = ['.social-counts-reactions__social-counts-item[aria-label]'] as const;
export const pulseReactionsNumber = ['.social-counts-reactions__social-counts-numRections'] as const;

export const caption = [
  '[data-test-id="main-feed-activity-card__commentary"]', // guest card
  '.update-components-text', // Ember
  '[data-testid="expandable-text-box"]', // SDUI
] as const;

/**
 * The author's link in a card header. SDUI has no actor class: there the profile links above the post's text are
 * read, and only when they all name one profile (a "Jane likes this" line above the actor names another).
 */
export const actorLink = [
  'a[data-tracking-control-name$="feed-actor-name"]', // guest card ("public_post_feed-actor-name")
  'a.update-components-actor__meta-link', // Ember 2023–
  '.update-components-actor__container > a', // Ember 2022
] as const;
export const anyProfileLink = 'a[href*="/in/"],a[href*="/company/"]';
/** Ember; each holds a visible copy (aria-hidden) and a .visually-hidden one: read through visibleText(). */
export const actorName = [
  '.update-components-actor__title', // Ember 2023–
  '.update-components-actor__name', // Ember –2023
] as const;
/** Ember: a company actor's description is "12,345 followers"; a person's is their headline. */
export const actorDescription = ['.update-components-actor__description'] as const;
/** Ember: "2w • Edited •", or "Promoted" on an ad. */
export const actorSubDescription = ['.update-components-actor__sub-description'] as const;
/** Ads: an explicit label, each generation. */
export const promotedLabel = [
  '[data-testid="sponsored-label"]', // SDUI
  '.update-components-actor__sponsored-label', // Ember
] as const;

/** Media, for the post's format. */
export const videoMedia = [
  'video', // any generation, once the player is rendered
  '.update-components-linkedin-video', // Ember, before the player loads
];
export const documentMedia = [
  '[data-id="feed-paginated-document-content"]', // guest card: a PDF carousel
  '.update-components-document__container', // Ember
];
export const imageItems = [
  '[data-test-id="feed-images-content__list-item"]', // guest card, one per image
  '.update-components-image img', // Ember
];
export const pollMedia = ['.update-components-poll']; // Ember
export const articleMedia = ['.update-components-article', '[data-test-id="article-content"]']; // Ember, guest card

/** Visible comments, each generation. */
export const comment = [
  'section.comment', // guest post page and guest Pulse article
  'article.comments-comment-entity', // Ember 2023–
  'article.comments-comment-item', // Ember –2023
  '[componentkey^="replaceableComment_urn:li:comment"]', // SDUI 2026
].join(',');
export const commentAuthorLink = [
  'a.comment__author', // guest post page
  'a.comment__actor-name', // guest Pulse
  'a[href*="/in/"],a[href*="/company/"]', // Ember and SDUI: the commenter's avatar link comes first
] as const;
export const commentAuthorName = [
  '.comments-comment-meta__description-title', // Ember 2023–
  '.comments-post-meta__name-text', // Ember –2023
] as const;
export const commentText = [
  '.comment__text', // guest post page
  '.comment__message', // guest Pulse
  '.update-components-text', // Ember
  '[data-testid="expandable-text-box"]', // SDUI
] as const;
/** "6 Likes" (Pulse), "4 Reactions" (guest post; a hidden twin holds count + 1 for the viewer's own reaction). */
export const commentLikes = [
  '.comment__likes-count', // guest Pulse
  '.comment__reactions-count:not(.hidden)', // guest post page
  '[class*="comments-comment-social-bar__reactions-count"]', // Ember 2023, and its 2024– "--cr" variant
  'button[aria-label*="reaction" i]', // SDUI, English label
] as const;
export const commentTime = [
  'time', // guest Pulse, Ember
  '.comment__duration-since', // guest post page ("2w")
] as const;

/** A profile or company header, each generation. */
export const profileHeader = [
  'section.top-card-layout', // guest profile and company, 2020–
  '.pv-top-card', // Ember person, 2019–2024
  'section.artdeco-card[data-member-id]', // Ember person, 2024–
  '.org-top-card', // Ember company, 2020–
] as const;
/** Elements of a header that may hold "12,345 followers" as a whole, or as one part of "… · 12,345 followers". */
export const headerCountItems = 'li,span,p,a,h3,h4,div';
export const headerName = ['h1'] as const;

/** Guest Pulse article. */
export const pulseTitle = ['h1.article-content__title', 'h1'] as const;
export const pulseAuthorLink = ['.main-author-card a.base-card__full-link', 'a[data-tracking-control-name$="main-author-card"]'] as const;
export const pulseAuthorName = ['.main-author-card .base-main-card__title'] as const;
export const pulseBody = ['.article-content__body'] as const;
export const pulseScope = ['.social-details'] as const;

/** Where a post page says the post is gone. */
export const unavailableText = 'main h1,main h2,main p';

/** The page's canonical link: the article (or profile) the page itself says it is, in every generation's head. */
export const canonicalLink = 'link[rel="canonical"]';
