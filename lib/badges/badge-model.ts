/**
 * What a page badge says, from a reading: plain data, no DOM, so it is tested with tables and rendered by the
 * content script. A post's badge shows its engagement rate (by views where the site shows views, by followers
 * otherwise); a creator's badge shows the audience and how far the latest post reached it. A badge never just
 * repeats what the page already shows: no rate, no badge.
 */
import type { BandTone } from '../benchmarks/band-words';
import type { Count } from '../count';
import { boundedMemo } from '../count/bounded-memo';
import { engagementRateByFollowers, engagementRateByViews } from '../kpi/engagement-rate';
import { formatPercent } from '../kpi/format-percent';
import type { CreatorReading, Platform, PostReading } from '../reading/reading';

export interface BadgeModel {
  /** The short text on the page. */
  text: string;
  /** The explanation on hover: formula and inputs, with the precision of each. */
  title: string;
  kind: 'post' | 'creator';
  /**
   * Where the badge's creator sits in the benchmark bands (lib/background/badge-bands.ts), shown beside the badge:
   * the word in `text` ("ER 8.8% · above median"); the colour of its tone only repeats the word.
   */
  band?: { text: string; title: string; tone: BandTone; colour: string };
}

const followerWord = (platform: Platform) => (platform === 'youtube' ? 'subscribers' : 'followers');

/**
 * One Intl.NumberFormat per style and locale: building one costs far more than formatting with it, and a feed's
 * reading asks for several per badge (a 1,000-post feed: thousands). Bounded: a handful of locales at most in use.
 */
const FORMAT_OPTIONS = {
  plain: {},
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  percent: { style: 'percent', maximumSignificantDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
type FormatStyle = keyof typeof FORMAT_OPTIONS;
const formatters = boundedMemo(48, (key: string) => {
  const [style, locale] = JSON.parse(key) as [FormatStyle, string | null];
  return new Intl.NumberFormat(locale ?? undefined, FORMAT_OPTIONS[style]);
});
const formatterOf = (style: FormatStyle, locale?: string): Intl.NumberFormat => formatters(JSON.stringify([style, locale ?? null]));

const percent = (value: number, locale?: string) => formatterOf('percent', locale).format(value);

export function formatCount(count: Count, locale?: string): string {
  return formatterOf(count.exact ? 'plain' : 'compact', locale).format(count.value);
}

/** "likes 48,321" or "comments 1,900–1,999 (shown as "1.9K")". */
function describeCount(name: string, count: Count, locale?: string): string {
  const formatter = formatterOf('plain', locale);
  const format = (value: number) => formatter.format(value);
  return count.exact ? `${name} ${format(count.value)}` : `${name} ${format(count.min)}–${format(count.max)} (shown as "${count.text.trim()}")`;
}

export function postBadge(platform: Platform, post: PostReading, creator: CreatorReading | null, locale?: string): BadgeModel | null {
  const rate = engagementRateByViews(post.metrics) ?? engagementRateByFollowers(post.metrics, creator?.followers);
  if (!rate) return null;
  const word = rate.denominator === 'views' ? 'views' : followerWord(platform);
  const denominator = rate.denominator === 'views' ? post.metrics.views! : creator!.followers!;
  const inputs = [...rate.numerator.map((metric) => describeCount(metric, post.metrics[metric]!, locale)), describeCount(word, denominator, locale)];
  const missing = rate.missing.length ? `; not shown on the page: ${rate.missing.join(', ')}` : '';
  return {
    kind: 'post',
    text: `ER ${formatPercent(rate, locale)} by ${word}`,
    title: `Castlist · engagement rate = (${rate.numerator.join(' + ')}) / ${word}: ${inputs.join('; ')}${missing}`,
  };
}

/** The creator's audience, and the reach of the newest post on the page as a share of it. */
export function creatorBadge(platform: Platform, creator: CreatorReading, posts: readonly PostReading[], locale?: string): BadgeModel | null {
  const followers = creator.followers;
  if (!followers) return null;
  const word = followerWord(platform);
  // The creator's own newest post: pages also list others' posts (recommendations, reposts, tiles).
  const own = (post: PostReading) => !post.author?.handle || post.author.handle.toLowerCase() === creator.handle?.toLowerCase();
  const latest = posts.find((post) => post.metrics.views && !post.pinned && own(post));
  let text = `${formatCount(followers, locale)} ${word}`;
  let title = `Castlist · ${describeCount(word, followers, locale)}`;
  if (latest && followers.value > 0) {
    const views = latest.metrics.views!;
    const reach = percent(views.value / followers.value, locale);
    text += ` · latest ${formatCount(views, locale)} views (${reach})`;
    title += `; latest post "${latest.title ?? latest.id}": ${describeCount('views', views, locale)}, ${reach} of ${word}`;
  }
  return { kind: 'creator', text, title };
}

/**
 * A grid or feed tile's badge: the engagement rate where the tile shows enough for it, otherwise the post's reach
 * as a share of the creator's audience (on the creator's own grid).
 */
export function tileBadge(platform: Platform, post: PostReading, creator: CreatorReading | null, locale?: string): BadgeModel | null {
  const rated = postBadge(platform, post, creator, locale);
  const views = post.metrics.views;
  const followers = creator?.followers;
  if (rated || !views || !followers?.value) return rated;
  const word = followerWord(platform);
  const reach = percent(views.value / followers.value, locale);
  return {
    kind: 'post',
    text: `reach ${reach}`,
    title: `Castlist · views as a share of ${word}: ${describeCount('views', views, locale)}; ${describeCount(word, followers, locale)}`,
  };
}
