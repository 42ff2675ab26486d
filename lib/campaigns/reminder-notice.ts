/**
 * The toolbar reminder in words: how many tracked posts have gone unvisited for the set number of days, and which,
 * so that the tooltip alone tells the campaign manager where to go. Castlist fetches nothing itself; a visit is the
 * only way a tracked post gets its next point.
 */
import { PLATFORM_NAMES, type Platform } from '../reading/reading';
import { reminderBadgeText, type OverduePost } from './tracking-reminder';

/** Posts listed by name in the tooltip; the rest are counted. */
export const LISTED_POSTS = 5;

export interface OverdueTrackedPost extends OverduePost {
  platform: Platform;
  /** The creator's handle as the campaign has it. */
  handle: string;
  /** The campaigns tracking it, by name. */
  campaigns: string[];
}

export function reminderNotice(overdue: readonly OverdueTrackedPost[], days: number): { badge: string; title: string } | null {
  if (overdue.length === 0) return null;
  const heading =
    overdue.length === 1
      ? `1 tracked post not visited for ${days} day${days === 1 ? '' : 's'} or more; visit it to add its next point:`
      : `${overdue.length} tracked posts not visited for ${days} day${days === 1 ? '' : 's'} or more; visit them to add their next points:`;
  const lines = overdue.slice(0, LISTED_POSTS).map((post) => {
    const unseen = `${post.daysUnseen} day${post.daysUnseen === 1 ? '' : 's'}`;
    return `• ${PLATFORM_NAMES[post.platform]} post by @${post.handle.replace(/^@/, '')}, ${unseen} (${post.campaigns.join(', ')})`;
  });
  if (overdue.length > LISTED_POSTS) lines.push(`• and ${overdue.length - LISTED_POSTS} more: see Campaigns in Castlist`);
  return { badge: reminderBadgeText(overdue), title: [heading, ...lines].join('\n') };
}
