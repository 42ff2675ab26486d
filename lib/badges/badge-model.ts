/**
 * What a page badge says, from a reading: plain data, no DOM, so it is tested with tables and rendered by the
 * content script. A post's badge shows its engagement rate (by views where the site shows views, by followers
 * otherwise); a creator's badge shows the audience and how far the latest post reached it.
 */
import type { Count } from '../count';
import { engagementRateByFollowers, engagementRateByViews } from '../kpi/engagement-rate';
import { formatPercent } from '../kpi/format-percent';
import type { CreatorReading, PostReading } from '../reading/reading';
import { PLATFORM_NAMES, type Platform } from '../reading/reading';

export interface BadgeModel {
  /** The short text on the page. */
  text: string;
  /** The explanation on hover: formula and inputs. */
  title: string;
  kind: 'post' | 'creator';
}

const FOLLOWER_WORD: Record<Platform, string> = {
  youtube: 'subscribers',
  tiktok: 'followers',
  instagram: 'followers',
  x: 'followers',
  linkedin: 'followers',
};

export function formatCount(count: Count, locale?: string): string {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return count.exact ? new Intl.NumberFormat(locale).format(count.value) : compact.format(count.value);
}

function describeCount(name: string, count: Count, locale?: string): string {
  const exact = new Intl.NumberFormat(locale);
  if (count.exact) return `${name} ${exact.format(count.value)}`;
  return `${name} ${exact.format(count.min)}–${exact.format(count.max)} (shown as "${count.text.trim()}")`;
}

export function postBadge(platform: Platform, post: PostReading, creator: CreatorReading | null, locale?: string): BadgeModel | null {
  const byViews = engagementRateByViews(post.metrics);
  const rate = byViews ?? engagementRateByFollowers(post.metrics, creator?.followers);
  if (!rate) {
    const views = post.metrics.views;
    if (!views) return null;
    return {
      kind: 'post',
      text: `${formatCount(views, locale)} views`,
      title: `Castlist: ${describeCount('views', views, locale)}. Engagement needs the like count, which this page does not show.`,
    };
  }
  const inputs = rate.numerator.map((metric) => describeCount(metric, post.metrics[metric]!, locale));
  const denominator =
    rate.denominator === 'views'
      ? describeCount('views', post.metrics.views!, locale)
      : describeCount(FOLLOWER_WORD[platform], creator!.followers!, locale);
  const formula = `(${rate.numerator.join(' + ')}) / ${rate.denominator === 'views' ? 'views' : FOLLOWER_WORD[platform]}`;
  const missing = rate.missing.length ? ` Not shown on the page: ${rate.missing.join(', ')}.` : '';
  return {
    kind: 'post',
    text: `ER ${formatPercent(rate, locale)} ${rate.denominator === 'views' ? 'by views' : `by ${FOLLOWER_WORD[platform]}`}`,
    title: `Castlist · ${PLATFORM_NAMES[platform]} engagement rate = ${formula}. Inputs: ${[...inputs, denominator].join('; ')}.${missing}`,
  };
}

/** The creator's audience, and the reach of the newest post on the page as a share of it. */
export function creatorBadge(platform: Platform, creator: CreatorReading, posts: readonly PostReading[], locale?: string): BadgeModel | null {
  const followers = creator.followers;
  if (!followers) return null;
  const word = FOLLOWER_WORD[platform];
  const latest = posts.find((post) => post.metrics.views && !post.pinned);
  let text = `${formatCount(followers, locale)} ${word}`;
  let title = `Castlist · ${describeCount(word, followers, locale)}`;
  if (latest?.metrics.views) {
    const views = latest.metrics.views;
    const reach = views.value / followers.value;
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(reach);
    text += ` · latest ${formatCount(views, locale)} views (${percent})`;
    title += `; latest post on this page "${latest.title ?? latest.id}": ${describeCount('views', views, locale)}, ${percent} of ${word}`;
  }
  return { kind: 'creator', text, title };
}
