/**
 * One post page (/posts/…-activity-ID-…, /feed/update/urn:li:activity:ID) and one Pulse article (/pulse/slug, read
 * from its guest page's DOM):
 * the post, its author, its visible comments, and a problem for each required count no source shows.
 *
 * A URL may name the share behind an activity (/posts/…-share-ID-…): the card (data-attributed-urn) and the
 * Voyager Update (metadata.shareUrn) say which activity it is, and the post is stored under the activity id.
 */
import type { SourcedCount } from '../../count';
import type { CommentReading, CreatorReading, PostReading, ReaderProblem } from '../../reading/reading';
import { mergeCreator, mergePost, unresolvedProblems } from '../merge';
import { ProblemLog } from '../reader-problems';
import { readArticleDom } from './article-dom';
import { readDomComments } from './comments-dom';
import { type LdNode, idsOfPosting, postingsOf, readPosting } from './json-ld';
import { type ProfileRef, accountKindOf, postUrlOfId, profileUrl, sameHandle } from './linkedin-counts';
import { detectLinkedInPage } from './detect';
import { actorFollowers, actorOfCard, idsOfCard, readPostCard } from './post-card';
import * as selectors from './selectors';
import { type VoyagerData, creatorOf, updatesOf } from './voyager-data';

export interface PostParts {
  post: PostReading | null;
  creator: CreatorReading | null;
  comments: CommentReading[];
  problems: ReaderProblem[];
}

const UNAVAILABLE = /(?:isn[’']t|not|no longer) available|unavailable|been (?:deleted|removed)|cannot be displayed|n[’']est plus disponible|nicht (?:mehr )?verfügbar/i;

const authorCreator = (author: ProfileRef, name: string | null | undefined, followers: SourcedCount | null): CreatorReading => ({
  handle: author.handle,
  name: name ?? null,
  url: profileUrl(author),
  ...accountKindOf(author),
  ...(followers ? { followers } : {}),
});

export function readPost(urlId: string, data: VoyagerData[], ld: LdNode[], root: Document | null, lang: string | null): PostParts {
  const log = new ProblemLog('linkedin.post', 'page data');
  const cards = root ? [...root.querySelectorAll(selectors.postCard)] : [];
  const card = cards.find((candidate) => idsOfCard(candidate).includes(urlId));
  const updates = data.flatMap((item) => updatesOf(item, lang));
  const aliases = new Set([urlId, ...(card ? idsOfCard(card) : []), ...updates.filter((update) => update.ids.includes(urlId)).flatMap((update) => update.ids)]);
  // Stored under the activity id: the card's, else the Update's, else the URL's.
  const id = (card && idsOfCard(card)[0]) || updates.find((update) => update.ids.includes(urlId))?.post.id || urlId;

  let post: PostReading | null = null;
  let comments: CommentReading[] = [];
  let author: ProfileRef | null = null;
  const creators: (CreatorReading | null)[] = [];
  for (const update of updates) {
    if (!update.ids.some((alias) => aliases.has(alias))) continue;
    post = mergePost(post, { ...update.post, id }, log);
    if (update.author) {
      author ??= update.author;
      creators.push(authorCreator(update.author, update.post.author?.name, update.authorFollowers));
    }
  }
  for (const node of postingsOf(ld)) {
    const named = idsOfPosting(node);
    if (!named.some((alias) => aliases.has(alias))) {
      log.add('post', 'stale', `JSON-LD is about ${named[0] ?? 'another post'}`);
      continue;
    }
    const posting = readPosting(node, id, postUrlOfId(id));
    post = mergePost(post, posting.post, log);
    if (posting.author) {
      author ??= posting.author;
      creators.push(authorCreator(posting.author, posting.post.author?.name, posting.authorFollowers));
    }
  }
  if (card) {
    const fromCard = readPostCard(card, lang);
    if (fromCard) post = mergePost(post, { ...fromCard, id, url: post?.url ?? fromCard.url }, log);
    const actor = actorOfCard(card)?.profile;
    if (actor) {
      author ??= actor;
      creators.push(authorCreator(actor, fromCard?.author?.name, actorFollowers(card, lang)));
    }
    if (!comments.length) comments = readDomComments(card, id, author?.handle ?? null, lang);
  }
  // A person's followers are not on the post: the app may have loaded their profile.
  if (author) for (const item of data) creators.push(creatorOf(item, author));
  // Only what the sources say about the post's author (the most robust source's) is kept: never one profile's
  // numbers on another. A post whose own author line disagrees gets no creator at all.
  let creator: CreatorReading | null = null;
  if (author && (!post?.author || sameHandle(post.author.handle, author.handle))) {
    for (const candidate of creators) if (candidate && sameHandle(candidate.handle, author.handle)) creator = mergeCreator(creator, candidate, log);
  }
  return finish(post, creator, comments, log, root);
}

export function readArticle(slug: string, root: Document | null, lang: string | null): PostParts {
  const log = new ProblemLog('linkedin.article', 'rendered page');
  // The page names its own article in its canonical link: another article's page (a stale head, a redirect that
  // kept the URL) is not this URL's article, and nothing on it is attributed to it.
  const canonical = canonicalArticle(root);
  if (canonical !== null && canonical !== articleSlugKey(slug)) {
    log.add('post', 'stale', `the page's canonical link names the article "${canonical}", not "${articleSlugKey(slug)}"`);
    return { post: null, creator: null, comments: [], problems: log.problems };
  }
  const fromDom = root ? readArticleDom(root, slug, lang, log) : null;
  const comments = fromDom ? readDomComments(fromDom.scope, slug, fromDom.creator?.handle ?? null, lang) : [];
  return finish(fromDom?.post ?? null, fromDom?.creator ?? null, comments, log, root);
}

/** The Pulse article the page's canonical link names (its slug, compared as articleSlugKey), or null for none. */
function canonicalArticle(root: Document | null): string | null {
  const href = root?.querySelector(selectors.canonicalLink)?.getAttribute('href');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return null; // not a URL: it names no article
  }
  const identity = detectLinkedInPage(url);
  return identity?.page === 'article' && identity.postId ? articleSlugKey(identity.postId) : null;
}

/** A slug as LinkedIn compares them: decoded, in lower case, without a trailing slash. */
function articleSlugKey(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // a malformed escape: compare the slug as written
  }
  return decoded.replace(/\/+$/, '').toLowerCase();
}

/** Every required count of a post page either read or explained. */
function finish(post: PostReading | null, creator: CreatorReading | null, comments: CommentReading[], log: ProblemLog, root: Document | null): PostParts {
  if (!post) {
    const notice = root && [...root.querySelectorAll(selectors.unavailableText)].map((element) => element.textContent ?? '').find((text) => UNAVAILABLE.test(text));
    if (notice) log.add('post', 'unavailable', `the page says "${notice.trim().slice(0, 120)}"`);
    else log.notFound('post', 'nothing on the page describes this post');
  }
  for (const metric of ['likes', 'comments'] as const) {
    if (post && !post.metrics[metric]) log.notFound(`post.${metric}`, 'not shown (none yet, hidden, or the markup changed)');
  }
  return { post, creator, comments, problems: unresolvedProblems(log.problems, creator, post) };
}
