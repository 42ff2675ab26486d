/**
 * How LinkedIn writes counts, and the ids it writes them about.
 *
 * Counts come as exact JSON numbers (Voyager, JSON-LD), exact attributes (data-num-reactions="333"), or labelled
 * text: "333 Reactions", "48 Comments", "12,345 followers", "1,2 Mio. Aufrufe". A labelled text is read only when
 * the whole text is one number and one word naming the metric, so a headline ("Helping 10,000 founders") or a
 * social proof line ("Ada and 1,233 others") never becomes a count. How LinkedIn shortens big numbers is not
 * documented: a short count is read with rounding 'either'.
 */
import { type CountSource, type SourcedCount, exactCount, parseCount } from '../../count';
import type { PostMetric } from '../../reading/reading';

export type LabelledMetric = Extract<PostMetric, 'likes' | 'comments' | 'reposts' | 'views'> | 'followers';

/**
 * The words LinkedIn puts after each count, in the UI languages we know (en, de, fr, es, pt; followers in more). A word names one metric in every
 * language listed; "connections" is not here on purpose ("500+ connections" is a bound, not a count).
 */
const METRIC_WORDS: Record<LabelledMetric, string> = {
  likes: 'reactions?|likes?|reaktionen|reaktion|réactions?|reacciones|reacción|reações|reação',
  comments: 'comments?|kommentare?|commentaires?|comentarios?|comentários?|comentário',
  reposts: 'reposts?|shares?|direktbeiträge|republications?|partages?|compartidos?|compartilhamentos?',
  views: 'views?|aufrufe|vues|visualizaciones|visualizações',
  followers: 'followers?|follower:innen|abonnés|seguidores|volgers|följare|følgere|obserwujących',
};

/** "12,345 followers", "1,2 Mio. Aufrufe", "1.2K reactions": a number, an optional short unit, the word. */
const LABELLED = Object.fromEntries(
  Object.entries(METRIC_WORDS).map(([metric, words]) => [
    metric,
    new RegExp(`^(\\d[\\d.,' ]*(?: ?(\\p{L}{1,4}\\.?))?) ?(?:${words})$`, 'iu'),
  ]),
) as Record<LabelledMetric, RegExp>;

export function linkedinCount(text: string | null | undefined, lang: string | null, source: CountSource): SourcedCount | null {
  const count = parseCount(text, { lang, rounding: 'either' });
  return count ? { ...count, source } : null;
}

/** An exact number from JSON or an attribute (333, "333"), with the text it was read from. */
export function exactNumber(value: unknown, source: CountSource, text?: string): SourcedCount | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < 0) return null;
  return { ...exactCount(number, text ?? String(value)), source };
}

/**
 * The count of `metric` in a text like "333 Reactions" or "Software · Paris · 12,345 followers" (parts split on
 * "·", "•", "|"). Null unless exactly one value is found; parts that disagree give null.
 */
export function labelledCount(text: string | null | undefined, metric: LabelledMetric, lang: string | null, source: CountSource): SourcedCount | null {
  if (!text) return null;
  let found: SourcedCount | null = null;
  for (const part of text.replace(/\s+/g, ' ').split(/\s*[·•|]\s*/)) {
    const match = LABELLED[metric].exec(part.trim());
    if (!match) continue;
    const count = parseCount(match[1], { lang, rounding: 'either' });
    // Letters before the word that the locale does not read as a unit ("12 of followers") are not a count.
    if (!count || (match[2] && count.exact)) continue;
    if (found && (found.min !== count.min || found.max !== count.max)) return null;
    found = { ...count, text: part.trim(), source };
  }
  return found;
}

/** The ad label ("Promoted") in the UI languages we know: its post is an advertiser's, never a creator's. */
export const PROMOTED = /^(?:promoted|sponsored|gesponsert|anzeige|sponsorisé|promocionado|promovido|promosso|patrocinado)(?:\s|$|[·•])/i;

const POST_URN = /^urn:li:(?:activity|ugcPost|share):(\d{10,25})$/;
const ANY_POST_URN = /urn:li:(?:activity|ugcPost|share):(\d{10,25})/g;

/** The numeric id of a post urn ("urn:li:activity:7458…" → "7458…"); null for anything else (comments, profiles). */
export function postIdOfUrn(urn: string | null | undefined): string | null {
  return (urn && POST_URN.exec(urn)?.[1]) || null;
}

/** Every post id a string mentions ("urn:li:fsd_update:(urn:li:activity:1,MAIN_FEED,…)"). */
export function postIdsIn(text: string | null | undefined): string[] {
  return text ? [...text.matchAll(ANY_POST_URN)].map((match) => match[1]!) : [];
}

/** LinkedIn ids carry their creation time: the top 41 bits are milliseconds since 1970. */
export function publishedAtOfId(id: string): string | null {
  if (!/^\d{15,25}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 22n);
  // Outside LinkedIn's lifetime means this is no such id.
  return ms > Date.UTC(2003, 0) && ms < Date.UTC(2100, 0) ? new Date(ms).toISOString() : null;
}

export function postUrlOfId(id: string): string {
  return `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;
}

export interface ProfileRef {
  handle: string;
  kind: 'in' | 'company';
}

/** The person or company a link points to (/in/slug, /company/slug on any LinkedIn host), or null. */
export function profileOfHref(href: string | null | undefined): ProfileRef | null {
  const match = href && /^(?:https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com)?\/(in|company)\/([^/?#]+)/i.exec(href);
  if (!match) return null;
  let handle = match[2]!;
  try {
    handle = decodeURIComponent(handle);
  } catch {
    // a malformed escape: keep the slug as written
  }
  return { handle, kind: match[1]!.toLowerCase() as ProfileRef['kind'] };
}

/**
 * The account kind a reading gives a profile: a company page is another creator than a person with the same slug
 * (lib/reading/keys.ts keys it `linkedin:company:<slug>`); a person is LinkedIn's default and carries no kind.
 */
export function accountKindOf(ref: ProfileRef): { kind?: 'company' } {
  return ref.kind === 'company' ? { kind: 'company' } : {};
}

export function profileUrl(ref: ProfileRef): string {
  return `https://www.linkedin.com/${ref.kind}/${encodeURIComponent(ref.handle)}/`;
}

export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
