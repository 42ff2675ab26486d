/**
 * Posts read from X's JSON: the GraphQL `Tweet` results of TweetDetail, TweetResultByRestId and the timelines
 * (UserTweets, HomeTimeline, SearchTimeline, …), and v1.1-shaped tweets. Paths from twscrape
 * `models.py` and nitter `parser.nim`:
 *   legacy.{favorite_count, retweet_count, reply_count, quote_count, bookmark_count, full_text, created_at,
 *   extended_entities.media}, views.count (a string), core.user_results.result (the author);
 *   `TweetWithVisibilityResults` wraps the tweet in `.tweet`; since 2026 `legacy` may be null with its fields
 *   moved up to the result itself, so every field is looked up in both places.
 */
import type { CountSource } from '../../count';
import type { CreatorReading, PostFormat, PostMetric, PostReading } from '../../reading/reading';
import { type Json, asArray, asRecord, asString, at, findAllUnderKey } from '../json-path';
import { hasSponsorshipDisclosure } from '../sponsorship';
import { readUser } from './user-data';
import { xJsonCount } from './x-counts';

export type TweetRecord = Record<string, Json>;

/** The tweet inside a `tweet_results.result`, whichever wrapper it comes in. */
export function unwrapTweet(result: Json): TweetRecord | null {
  const record = asRecord(result);
  return record?.__typename === 'TweetWithVisibilityResults' ? asRecord(record.tweet) : record;
}

/** A field of the tweet: in `legacy` (–2026), or on the result itself (2026– flattened, and v1.1 tweets). */
export function tweetField(tweet: TweetRecord, name: string): Json {
  return asRecord(tweet.legacy)?.[name] ?? tweet[name];
}

export function tweetIdOf(tweet: TweetRecord): string | null {
  const id = asString(tweet.rest_id) ?? asString(tweetField(tweet, 'id_str'));
  return id && /^\d{1,25}$/.test(id) ? id : null;
}

/** A deleted, withheld or protected post: X sends a tombstone in its place. */
export function isUnavailableTweet(tweet: TweetRecord): boolean {
  return tweet.__typename === 'TweetTombstone' || tweet.__typename === 'TweetUnavailable';
}

const JSON_METRICS: [PostMetric, string][] = [
  ['likes', 'favorite_count'],
  ['reposts', 'retweet_count'],
  ['comments', 'reply_count'],
  ['quotes', 'quote_count'],
  ['bookmarks', 'bookmark_count'],
];

export interface TweetParts {
  post: PostReading;
  author: CreatorReading | null;
}

/** One post with its exact counts and its author (a v1.1 tweet carries its author in `user`). */
export function readTweet(tweet: TweetRecord, source: CountSource): TweetParts | null {
  const id = tweetIdOf(tweet);
  if (!id || isUnavailableTweet(tweet)) return null;
  const author = readUser(at(tweet, 'core', 'user_results', 'result') ?? tweet.user, source);
  const metrics: PostReading['metrics'] = {};
  for (const [metric, field] of JSON_METRICS) {
    const count = xJsonCount(tweetField(tweet, field), source);
    if (count) metrics[metric] = count;
  }
  const views = xJsonCount(at(tweet, 'views', 'count') ?? at(tweetField(tweet, 'ext_views'), 'count'), source);
  if (views) metrics.views = views;
  const text =
    asString(at(tweet, 'note_tweet', 'note_tweet_results', 'result', 'text')) ??
    asString(tweetField(tweet, 'full_text')) ??
    asString(tweetField(tweet, 'text'));
  const handle = author?.handle ?? null;
  const post: PostReading = {
    id,
    url: `https://x.com/${handle ?? 'i/web'}/status/${id}`,
    caption: text,
    publishedAt: twitterDate(asString(tweetField(tweet, 'created_at'))),
    format: formatOf(tweet),
    // X's own "Paid partnership" label (API v2 `paid_partnership` ⚠ field name in GraphQL unconfirmed), or #ad in the text.
    sponsored: tweetField(tweet, 'paid_partnership') === true || hasSponsorshipDisclosure(text),
    metrics,
  };
  if (author) post.author = { handle, name: author.name, ...(author.id ? { id: author.id } : {}) };
  return { post, author };
}

function formatOf(tweet: TweetRecord): PostFormat {
  const media = asArray(at(tweetField(tweet, 'extended_entities'), 'media'));
  const all = media.length ? media : asArray(at(tweetField(tweet, 'entities'), 'media'));
  if (all.length > 1) return 'carousel';
  const type = asString(at(all[0], 'type'));
  if (type === 'video' || type === 'animated_gif') return 'video';
  if (type === 'photo') return 'image';
  if (/^poll/.test(asString(at(tweet, 'card', 'legacy', 'name')) ?? '')) return 'poll';
  if (tweet.article !== undefined) return 'article';
  return 'text';
}

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** "Thu Apr 20 23:21:13 +0000 2023" (X's created_at) → ISO 8601; an ISO string passes through. */
export function twitterDate(text: string | null): string | null {
  if (!text) return null;
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(text);
  const month = match ? MONTHS.indexOf(match[1]!) / 3 + 1 : 0;
  const iso = match && month >= 1 ? `${match[6]}-${String(month).padStart(2, '0')}-${match[2]}T${match[3]}${match[4]}:${match[5]}` : text;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export interface TimelineTweet {
  tweet: TweetRecord;
  /** Pinned to the top of a profile (TimelinePinEntry). */
  pinned: boolean;
  /** The timeline entry ("tweet-1649191520250245121"): it names a post even when X sends a tombstone for it. */
  entryId: string;
  /** Who put it in the timeline: its author, or the reposter when it is a repost. */
  postedBy: string | null;
}

/**
 * Every post a GraphQL response lists, in order: timeline entries and conversation modules (`instructions`, under
 * whichever operation's root), and TweetResultByRestId's single `tweetResult`. Promoted entries (ads) are left out;
 * a repost stands for the post it reposts (its counts are the original's, as the page shows them).
 */
export function timelineTweets(json: Json): TimelineTweet[] {
  const found: TimelineTweet[] = [];
  const add = (itemContent: Json, pinned: boolean, entryId: string) => {
    if (itemContent === undefined || at(itemContent, 'promotedMetadata') !== undefined || /^promoted/i.test(entryId)) return;
    const tweet = unwrapTweet(at(itemContent, 'tweet_results', 'result'));
    if (!tweet) return;
    const reposted = unwrapTweet(at(tweetField(tweet, 'retweeted_status_result'), 'result'));
    const postedBy = readUser(at(tweet, 'core', 'user_results', 'result'), 'network')?.handle ?? null;
    found.push({ tweet: reposted ?? tweet, pinned, entryId, postedBy });
  };
  for (const instructions of findAllUnderKey(json, 'instructions', 20)) {
    for (const instruction of asArray(instructions)) {
      const pinned = at(instruction, 'type') === 'TimelinePinEntry';
      const single = at(instruction, 'entry');
      for (const entry of [...asArray(at(instruction, 'entries')), ...(single ? [single] : [])]) {
        const entryId = asString(at(entry, 'entryId')) ?? '';
        const content = at(entry, 'content');
        add(at(content, 'itemContent'), pinned, entryId);
        for (const item of asArray(at(content, 'items'))) add(at(item, 'item', 'itemContent'), pinned, asString(at(item, 'entryId')) ?? entryId);
      }
      // TimelineAddToModule: more replies added to a conversation module
      for (const item of asArray(at(instruction, 'moduleItems'))) add(at(item, 'item', 'itemContent'), false, asString(at(item, 'entryId')) ?? '');
    }
  }
  const single = unwrapTweet(at(json, 'data', 'tweetResult', 'result'));
  if (single) found.push({ tweet: single, pinned: false, entryId: '', postedBy: null });
  return found;
}
