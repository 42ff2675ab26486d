/**
 * The toolbar badge's reminder: tracked posts the user has not visited for a set number of days. Nothing is fetched
 * in the background — a visit is the only way a tracked post gets a new snapshot — so the badge asks for one.
 */

export const DEFAULT_REMINDER_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrackedPostSighting {
  postKey: string;
  addedAt: number;
  /** When a snapshot of the post was last stored, or null if never since it was added. */
  lastSeenAt: number | null;
}

export interface OverduePost {
  postKey: string;
  daysUnseen: number;
}

/** Posts unseen for at least `days` days (counted from when they were added if never seen), longest unseen first. */
export function overduePosts(posts: readonly TrackedPostSighting[], now: number, days = DEFAULT_REMINDER_DAYS): OverduePost[] {
  return posts
    .map((post) => ({ postKey: post.postKey, daysUnseen: Math.floor((now - (post.lastSeenAt ?? post.addedAt)) / DAY_MS) }))
    .filter((post) => post.daysUnseen >= days)
    .sort((a, b) => b.daysUnseen - a.daysUnseen || a.postKey.localeCompare(b.postKey));
}

/** The badge text: the number of overdue posts, or empty when none is. */
export function reminderBadgeText(overdue: readonly OverduePost[]): string {
  return overdue.length === 0 ? '' : overdue.length > 99 ? '99+' : String(overdue.length);
}
