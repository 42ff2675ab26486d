/**
 * Keeps the toolbar's tracking reminder current: the posts tracked by campaigns that are running now which the user
 * has not visited for the set number of days (setting `campaigns.reminderDays`; 0 turns it off). Counted from the
 * newest stored reading of the post, or from when it was tracked if none came since.
 *
 * Nothing wakes the background to do this on a timer (no `alarms` permission, nothing fetched): it runs when the
 * background starts and after every stored reading, campaign change and setting change — the moments something can
 * change. A browser used for a day without visiting any of the five sites shows the count from its last start.
 */
import { overduePosts, type TrackedPostSighting } from '../campaigns/tracking-reminder';
import { reminderNotice, type OverdueTrackedPost } from '../campaigns/reminder-notice';
import type { CastlistDatabase } from '../db/castlist-db';
import { reminderDays } from '../db/settings';
import type { ReminderNotice } from '../platform/toolbar-badge';

export interface ReminderDisplay {
  showReminder(reminder: ReminderNotice | null): Promise<void>;
}

/** The overdue tracked posts of running campaigns, longest unseen first, and the days setting they were judged by. */
export async function overdueTrackedPosts(db: CastlistDatabase, now: number): Promise<{ days: number; overdue: OverdueTrackedPost[] }> {
  const days = await reminderDays(db);
  if (days === 0) return { days, overdue: [] };
  const running = (await db.campaigns.toArray()).filter((campaign) => campaign.startsAt <= now && now < campaign.endsAt);
  if (running.length === 0) return { days, overdue: [] };
  const names = new Map(running.map((campaign) => [campaign.id, campaign.name]));
  const tracked = await db.trackedPosts.where('campaignId').anyOf([...names.keys()]).toArray();
  const byPost = new Map<string, { addedAt: number; campaigns: string[]; creatorKey: string; campaignId: string }>();
  for (const post of tracked) {
    const seen = byPost.get(post.postKey);
    if (seen) {
      seen.addedAt = Math.min(seen.addedAt, post.addedAt);
      seen.campaigns.push(names.get(post.campaignId)!);
    } else {
      byPost.set(post.postKey, { addedAt: post.addedAt, campaigns: [names.get(post.campaignId)!], creatorKey: post.creatorKey, campaignId: post.campaignId });
    }
  }
  const postKeys = [...byPost.keys()];
  const rows = await db.posts.bulkGet(postKeys);
  const sightings: TrackedPostSighting[] = postKeys.map((postKey, index) => {
    const { addedAt } = byPost.get(postKey)!;
    const lastSeenAt = rows[index]?.lastSeenAt ?? null;
    return { postKey, addedAt, lastSeenAt: lastSeenAt !== null && lastSeenAt >= addedAt ? lastSeenAt : null };
  });
  const overdue = overduePosts(sightings, now, days);
  const creators = await db.campaignCreators.where('creatorKey').anyOf(overdue.map((post) => byPost.get(post.postKey)!.creatorKey)).toArray();
  return {
    days,
    overdue: overdue.map((post) => {
      const { creatorKey, campaigns } = byPost.get(post.postKey)!;
      const creator = creators.find((candidate) => candidate.creatorKey === creatorKey);
      const row = rows[postKeys.indexOf(post.postKey)];
      return { ...post, platform: row?.platform ?? creator!.platform, handle: creator?.handle ?? creatorKey, campaigns };
    }),
  };
}

export class TrackingReminderBadge {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: CastlistDatabase,
    private readonly display: ReminderDisplay,
    private readonly now: () => number = Date.now,
  ) {}

  /** Recomputes the reminder; calls made while one runs are folded into one more run after it. Never rejects. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  /** Resolves once no refresh is running or queued (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    try {
      const { days, overdue } = await overdueTrackedPosts(this.db, this.now());
      await this.display.showReminder(reminderNotice(overdue, days));
    } catch (error) {
      // The reminder is a hint: the next stored reading or campaign change tries again. Say why it may be stale.
      console.error('[castlist] could not update the tracking reminder on the toolbar button:', error);
    }
  }
}
