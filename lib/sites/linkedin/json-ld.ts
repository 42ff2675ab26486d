/**
 * The schema.org JSON-LD that LinkedIn's guest pages carry (first load only; guest pages are not an SPA):
 *   public post (d_public_post): SocialMediaPosting {@id, datePublished, articleBody, interactionStatistic
 *     [LikeAction 333, CommentAction 20], commentCount, comment[…] (read from the DOM instead, which names the
 *     commenters' profiles), author{name, url, interactionStatistic FollowAction 389985}};
 *   guest profile: @graph [Person {url …/in/slug, name, interactionStatistic FollowAction}];
 *   guest company: @graph [Organization {url …/company/slug, name, numberOfEmployees (staff, not followers)},
 *     DiscussionForumPosting …].
 * Exact numbers; each node is checked to describe the page's post or profile before anything is taken from it.
 */
import type { CountSource, SourcedCount } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { type Json, asArray, asRecord, asString, at } from '../json-path';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { type ProfileRef, accountKindOf, exactNumber, profileOfHref, profileUrl, sameHandle } from './linkedin-counts';

export type LdNode = Record<string, Json>;
type Node = LdNode;

const POSTING = /^(?:SocialMediaPosting|DiscussionForumPosting)$/;
const SOURCE: CountSource = 'embedded';

export function jsonLdNodes(root: Document | null): Node[] {
  if (!root) return [];
  const nodes: Node[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let value: Json;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block says nothing; the other sources are read
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const record = asRecord(item);
      if (!record) continue;
      const graph = asArray(record['@graph']);
      for (const node of graph.length ? graph : [record]) if (asRecord(node)) nodes.push(node as Node);
    }
  }
  return nodes;
}

const typeOf = (node: Node) => asString(node['@type']) ?? '';

/** The post ids (activity, share, ugcPost) a posting names in its @id, url or mainEntityOfPage. */
export function idsOfPosting(node: Node): string[] {
  const urls = [node['@id'], node.url, node.mainEntityOfPage, at(node, 'mainEntityOfPage', '@id')].map(asString).join(' ');
  return [...urls.matchAll(/(?:activity|share|ugcPost)[-:](\d{10,25})/g)].map((match) => match[1]!);
}

export function postingsOf(nodes: Node[]): Node[] {
  return nodes.filter((node) => POSTING.test(typeOf(node)));
}

/** schema.org counters: {interactionType: "http://schema.org/LikeAction", userInteractionCount: 333}. */
function counterOf(node: Json, action: string): SourcedCount | null {
  for (const counter of [...asArray(at(node, 'interactionStatistic')), asRecord(at(node, 'interactionStatistic'))]) {
    const type = asString(at(counter, 'interactionType')) ?? asString(at(counter, 'interactionType', '@type')) ?? '';
    if (!type.endsWith(action)) continue;
    const value = at(counter, 'userInteractionCount');
    const count = exactNumber(value, SOURCE, `${action} ${String(value)}`);
    if (count) return count;
  }
  return null;
}

export interface LdPosting {
  post: PostReading;
  author: ProfileRef | null;
  authorFollowers: SourcedCount | null;
}

/** A posting read as the post `id` (the caller has checked that the posting names it). */
export function readPosting(node: Node, id: string, url: string): LdPosting {
  const metrics: PostReading['metrics'] = {};
  const likes = counterOf(node, 'LikeAction');
  if (likes) metrics.likes = likes;
  const comments = counterOf(node, 'CommentAction') ?? exactNumber(node.commentCount, SOURCE, `commentCount ${String(node.commentCount)}`);
  if (comments) metrics.comments = comments;
  const reposts = counterOf(node, 'ShareAction');
  if (reposts) metrics.reposts = reposts;
  const caption = (asString(node.articleBody) ?? asString(node.text))?.slice(0, 10_000) ?? null;
  const published = asString(node.datePublished);
  const authorNode = asRecord(Array.isArray(node.author) ? node.author[0] : node.author);
  const profile = profileOfHref(asString(authorNode?.url));
  const post: PostReading = {
    id,
    url,
    title: asString(node.headline),
    caption,
    publishedAt: published && !Number.isNaN(Date.parse(published)) ? new Date(published).toISOString() : null,
    sponsored: hasSponsorshipDisclosure(caption),
    metrics,
  };
  const authorName = asString(authorNode?.name);
  if (profile || authorName) post.author = { handle: profile?.handle ?? null, name: authorName, ...(profile ? accountKindOf(profile) : {}) };
  return {
    post,
    author: profile,
    authorFollowers: authorNode ? counterOf(authorNode, 'FollowAction') : null,
  };
}

export interface LdProfile {
  creator: CreatorReading | null;
  /** Another profile the page's JSON-LD describes (stale first-load state). */
  other: string | null;
}

/** The guest profile's Person, or the guest company page's Organization, checked against the URL's profile. */
export function readLdProfile(nodes: Node[], wanted: ProfileRef): LdProfile {
  let other: string | null = null;
  for (const node of nodes) {
    if (typeOf(node) !== (wanted.kind === 'in' ? 'Person' : 'Organization')) continue;
    const profile = profileOfHref(asString(node.url) ?? asString(node.sameAs));
    if (profile?.kind !== wanted.kind) continue;
    if (!sameHandle(profile.handle, wanted.handle)) {
      other ??= profile.handle;
      continue;
    }
    const creator: CreatorReading = { handle: wanted.handle, name: asString(node.name), url: profileUrl(wanted), ...accountKindOf(wanted) };
    const followers = counterOf(node, 'FollowAction');
    if (followers) creator.followers = followers;
    return { creator, other };
  }
  return { creator: null, other };
}
