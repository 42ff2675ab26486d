/**
 * What Instagram puts in the page head: first-load only and localized, so each piece is trusted only when it
 * names the URL's user or post.
 *   profile `og:description` / `description`: "86 Followers, 137 Following, 11 Posts - See Instagram photos and
 *     videos from Name (@user)" ("팔로워 86명, 팔로잉 137명, 게시물 11개 - …", "86 seguidores, 137 seguidos, …");
 *   post `description`: "7,434 likes, 63 comments - user on September 24, 2025: "caption"", named by og:url;
 *   JSON-LD (2019–2023): ProfilePage interactionStatistic (FollowAction → followers, WriteAction → posts). Its
 *     per-post SocialMediaPosting entries (2023 logged-out grids) are not read, to keep the content script small;
 *   `<title>` / og:title "Name (@user) • Instagram photos and videos" (the title is kept current in-page).
 * The words change with the locale but not their order, so the counts are read by position, and only when the text
 * has exactly the expected number of parts; where the words are English they must also be in that order.
 */
import type { SourcedCount } from '../../count';
import type { CreatorReading, PostReading } from '../../reading/reading';
import { cleanText, metaContent } from '../dom-text';
import { type Json, asRecord, asString, at } from '../json-path';
import { detectInstagramPage, sameUsername } from './detect';
import { jsonCount, shownCount } from './instagram-counts';
import { postLinkOf, postUrl } from './shortcode';

/** Between the counts and the rest: " - " (also en and em dashes). */
const COUNTS_END = /\s[-–—]\s/;
/** Between two counts: a comma and a space (a comma inside "1,234" has none), or a CJK or Arabic comma. */
const COUNT_SEPARATOR = /\s*(?:[,،]\s+|[，、])\s*/;
const PROFILE_WORDS = [/\bfollowers?\b/i, /\bfollowing\b/i, /\bposts?\b/i];
const POST_WORDS = [/\blikes?\b/i, /\bcomments?\b/i];

/** The counts before " - ", when there are exactly `words.length` of them in an order English words agree with. */
function countsByPosition(text: string | null, words: RegExp[], lang: string | null): SourcedCount[] | null {
  const end = text?.search(COUNTS_END) ?? -1;
  if (!text || end < 0) return null;
  const parts = text.slice(0, end).split(COUNT_SEPARATOR);
  if (parts.length !== words.length) return null;
  const wrongOrder = parts.some((part, index) => words.some((word, other) => other !== index && word.test(part) && !words[index]!.test(part)));
  if (wrongOrder) return null;
  const counts = parts.map((part) => shownCount(part, lang, 'meta'));
  return counts.every((count): count is SourcedCount => count !== null) ? counts : null;
}

function description(root: Document): string | null {
  return metaContent(root, 'og:description') ?? metaContent(root, 'description');
}

export function readProfileHead(root: Document, handle: string, lang: string | null): CreatorReading | null {
  const creator: CreatorReading = { handle: handle.toLowerCase(), name: nameInTitle(root, handle) };
  const fromLd = profileCountsInLdJson(root, handle);
  Object.assign(creator, fromLd);
  const text = description(root);
  if (text && describesUser(root, text, handle)) {
    const counts = countsByPosition(text, PROFILE_WORDS, lang);
    if (counts) {
      const [followers, following, posts] = counts as [SourcedCount, SourcedCount, SourcedCount];
      creator.followers ??= followers;
      creator.following ??= following;
      creator.posts ??= posts;
    }
  }
  return creator.followers || creator.following || creator.posts ? creator : null;
}

/**
 * Whether the description is about `handle`: it ends "(@user)" (or "@user") on profile and story pages, and a
 * description about anyone else is not this page's. One naming nobody is about the page the head's own URL names
 * (og:url, canonical).
 */
function describesUser(root: Document, text: string, handle: string): boolean {
  const named = [...text.matchAll(/(?:^|[\s(])@([\w.]{1,30})/g)].pop()?.[1];
  if (named) return sameUsername(named, handle);
  const pageUrl = metaContent(root, 'og:url') ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return sameUsername(detectInstagramPage(new URL(pageUrl ?? ''))?.handle, handle);
  } catch {
    return false; // no URL of its own in the head: nothing says whose description it is
  }
}

/** "Megadeth (@megadeth) • Instagram photos and videos" → "Megadeth", when the handle is the URL's. */
export function nameInTitle(root: Document, handle: string): string | null {
  for (const title of [root.title, metaContent(root, 'og:title')]) {
    const match = /^(.*?)\s*\(@([\w.]+)\)/.exec(cleanText(title) ?? '');
    if (match && sameUsername(match[2], handle)) return cleanText(match[1]);
  }
  return null;
}

function ldJsonObjects(root: Document): Record<string, Json>[] {
  const objects: Record<string, Json>[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let json: Json;
    try {
      json = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // a malformed JSON-LD block says nothing
    }
    for (const item of Array.isArray(json) ? json : [json]) {
      const record = asRecord(item);
      if (record) objects.push(record);
    }
  }
  return objects;
}

function ldType(object: Json): string {
  return asString(at(object, '@type')) ?? '';
}

/** The interaction counts of a JSON-LD object: "FollowAction" → count, by the type's last path part. */
function interactions(object: Json): Map<string, SourcedCount> {
  const counts = new Map<string, SourcedCount>();
  const statistics = at(object, 'interactionStatistic');
  for (const statistic of Array.isArray(statistics) ? statistics : [statistics]) {
    const type = asString(at(statistic, 'interactionType'))?.split('/').pop();
    const count = jsonCount(at(statistic, 'userInteractionCount'), 'meta');
    if (type && count && !counts.has(type)) counts.set(type, count);
  }
  return counts;
}

function ldUsername(object: Json): string | null {
  const name = asString(at(object, 'identifier', 'value')) ?? asString(at(object, 'alternateName'));
  return name ? name.replace(/^@/, '') : null;
}

function profileCountsInLdJson(root: Document, handle: string): Partial<CreatorReading> {
  for (const page of ldJsonObjects(root)) {
    if (ldType(page) !== 'ProfilePage') continue;
    const person = [page, at(page, 'mainEntity'), at(page, 'author')];
    if (!person.some((object) => sameUsername(ldUsername(object), handle))) continue;
    const found: Partial<CreatorReading> = {};
    for (const object of person) {
      const counts = interactions(object);
      const followers = counts.get('FollowAction');
      const posts = counts.get('WriteAction');
      if (followers && !found.followers) found.followers = followers;
      if (posts && !found.posts) found.posts = posts;
    }
    return found;
  }
  return {};
}

/** The post page's description, when og:url (or the canonical link) says it is about `code`. */
export function readPostHead(root: Document, code: string, lang: string | null): PostReading | null {
  const pageUrl = metaContent(root, 'og:url') ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (postLinkOf(pageUrl)?.code !== code) return null;
  const counts = countsByPosition(description(root), POST_WORDS, lang);
  if (!counts) return null;
  const [likes, comments] = counts as [SourcedCount, SourcedCount];
  return { id: code, url: postUrl(code, /\/reels?\//.test(pageUrl ?? '')), metrics: { likes, comments } };
}
