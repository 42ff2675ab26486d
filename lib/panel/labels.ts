/** The words the panel uses for metrics, sources and formats. */
import type { CountSource } from '../count';
import type { CreatorMetric, Platform, PostFormat, PostMetric } from '../reading/reading';

export const POST_METRIC_LABELS: Record<PostMetric, string> = {
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  saves: 'Saves',
  reposts: 'Reposts',
  quotes: 'Quotes',
  bookmarks: 'Bookmarks',
};

const CREATOR_METRIC_LABELS: Record<CreatorMetric, string> = {
  followers: 'Followers',
  following: 'Following',
  posts: 'Posts',
  likes: 'Likes',
};

/** The platform's own word where it has one: subscribers and videos on YouTube, hearts… (likes) on TikTok. */
export function creatorMetricLabel(platform: Platform, metric: CreatorMetric): string {
  if (platform === 'youtube' && metric === 'followers') return 'Subscribers';
  if (platform === 'youtube' && metric === 'posts') return 'Videos';
  if (platform === 'tiktok' && metric === 'likes') return 'Likes (all videos)';
  return CREATOR_METRIC_LABELS[metric];
}

/** Where a number was read from, in words (most robust first). */
export const SOURCE_LABELS: Record<CountSource, string> = {
  network: 'network response',
  state: 'page state',
  embedded: 'embedded state',
  attribute: 'attribute',
  text: 'page text',
  meta: 'meta tag',
};

export function sourceLabel(source: CountSource | undefined): string {
  return source ? SOURCE_LABELS[source] : 'unknown source';
}

export const FORMAT_LABELS: Record<PostFormat, string> = {
  video: 'Video',
  short: 'Short video',
  image: 'Image',
  carousel: 'Carousel',
  text: 'Text',
  article: 'Article',
  live: 'Live',
  audio: 'Audio',
  poll: 'Poll',
};

/** Long page text is shown in full on demand; the list shows its start. */
export function shorten(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A link target taken from stored page data: only http(s), never javascript: or data:. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
