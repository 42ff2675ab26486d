/**
 * The toolbar's tracking reminder: tracked posts of running campaigns not visited for the set number of days give a
 * count badge and a tooltip naming them; missing site access keeps the "!" (a visit cannot be stored without it) and
 * the tooltip says both; 0 days turns the reminder off.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { overdueTrackedPosts, TrackingReminderBadge } from '../../lib/background/tracking-reminder-badge';
import { reminderNotice } from '../../lib/campaigns/reminder-notice';
import { CastlistDatabase } from '../../lib/db/castlist-db';
import type { BackgroundReply } from '../../lib/messages/background-messages';
import type { ToolbarButtonApi } from '../../lib/platform/extension-apis';
import { MISSING_ACCESS_BADGE, REMINDER_BADGE_COLOR, TOOLBAR_DEFAULT_TITLE, ToolbarBadge, toolbarFace } from '../../lib/platform/toolbar-badge';
import { captureMessage, watchReadingAt, idOf } from './background-fixtures';
import { openTestDatabase, removeTestDatabase } from './test-database';

const DAY = 86_400_000;
const START = Date.parse('2026-11-01T00:00:00Z');
const END = START + 30 * DAY;
const TRACKED_AT = Date.parse('2026-11-02T12:00:00Z');

let db: CastlistDatabase;
const send = (message: unknown, now: number): Promise<BackgroundReply> => handleBackgroundMessage(message, db, now);

beforeEach(async () => {
  db = await openTestDatabase('tracking-reminder', ['warn']);
});

afterEach(() => removeTestDatabase(db));

/** A running campaign tracking the fixture's watch page, last visited at 2026-11-02T10:00Z. */
async function trackedWatchPage(): Promise<void> {
  expect(await send(captureMessage('visit-1', watchReadingAt('2026-11-02T10:00:00.000Z', 1_000)), TRACKED_AT)).toMatchObject({ ok: true });
  const [creator] = await db.creators.toArray();
  const [post] = await db.posts.toArray();
  const frame = { start: START, end: END };
  const campaignId = idOf(
    await send(
      {
        type: 'campaign.create',
        name: 'Winter launch',
        objective: 'engagement',
        primaryKpi: { kpi: 'likes', target: 1_000, timeFrame: frame },
        supportingKpis: ['comments', 'shares', 'saves'].map((kpi) => ({ kpi, target: 10, timeFrame: frame })),
        startsAt: START,
        endsAt: END,
        budget: { amount: 1_000, currency: 'EUR' },
        creators: [{ creatorKey: creator!.key, agreedCost: { amount: 500, currency: 'EUR' } }],
      },
      TRACKED_AT,
    ),
  );
  idOf(await send({ type: 'campaign.track-post', campaignId, postKey: post!.key }, TRACKED_AT));
}

function fakeButton() {
  const calls: { text: string[]; color: string[]; title: string[] } = { text: [], color: [], title: [] };
  const button: ToolbarButtonApi = {
    onClicked: { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false } as unknown as ToolbarButtonApi['onClicked'],
    setBadgeText: async ({ text }) => void calls.text.push(text),
    setBadgeBackgroundColor: async ({ color }) => void calls.color.push(color),
    setTitle: async ({ title }) => void calls.title.push(title),
  };
  return { button, calls };
}

describe('overdue tracked posts', () => {
  it('are the tracked posts unseen for the set days, counted from when they were tracked until a visit comes', async () => {
    await trackedWatchPage();
    expect((await overdueTrackedPosts(db, Date.parse('2026-11-05T11:00:00Z'))).overdue).toEqual([]);
    const { days, overdue } = await overdueTrackedPosts(db, Date.parse('2026-11-05T12:00:00Z'));
    expect(days).toBe(3);
    expect(overdue).toEqual([expect.objectContaining({ daysUnseen: 3, platform: 'youtube', handle: 'RickAstleyYT', campaigns: ['Winter launch'] })]);
  });

  it('follow the days setting, 0 turning the reminder off, and ignore campaigns that have ended', async () => {
    await trackedWatchPage();
    idOf(await send({ type: 'settings.set', key: 'campaigns.reminderDays', value: 1 }, TRACKED_AT));
    expect((await overdueTrackedPosts(db, Date.parse('2026-11-03T12:00:00Z'))).overdue).toHaveLength(1);
    idOf(await send({ type: 'settings.set', key: 'campaigns.reminderDays', value: 0 }, TRACKED_AT));
    expect((await overdueTrackedPosts(db, Date.parse('2026-11-20T11:00:00Z'))).overdue).toEqual([]);
    idOf(await send({ type: 'settings.set', key: 'campaigns.reminderDays', value: 1 }, TRACKED_AT));
    expect((await overdueTrackedPosts(db, END + DAY)).overdue).toEqual([]);
    expect(await send({ type: 'settings.set', key: 'campaigns.reminderDays', value: 91 }, TRACKED_AT)).toMatchObject({ ok: false });
  });

  it('are shown on the toolbar button by the reminder badge, and cleared by the next visit', async () => {
    await trackedWatchPage();
    const { button, calls } = fakeButton();
    let now = Date.parse('2026-11-06T11:00:00Z');
    const reminder = new TrackingReminderBadge(db, new ToolbarBadge(button), () => now);
    await reminder.refresh();
    expect(calls.text.at(-1)).toBe('1');
    expect(calls.color.at(-1)).toBe(REMINDER_BADGE_COLOR);
    expect(calls.title.at(-1)).toMatch(/^1 tracked post not visited for 3 days or more; visit it to add its next point:\n• YouTube post by @RickAstleyYT, 3 days \(Winter launch\)$/);
    expect(await send(captureMessage('visit-2', watchReadingAt('2026-11-06T10:30:00.000Z', 5_000)), now)).toMatchObject({ ok: true });
    now += 1_000;
    await reminder.refresh();
    expect(calls.text.at(-1)).toBe('');
    expect(calls.title.at(-1)).toBe(TOOLBAR_DEFAULT_TITLE);
  });
});

describe('the toolbar face', () => {
  const reminder = reminderNotice([{ postKey: 'p', daysUnseen: 5, platform: 'tiktok', handle: 'ada', campaigns: ['A', 'B'] }], 3);

  it('shows missing site access first, with the reminder still in the tooltip', () => {
    const face = toolbarFace(['instagram'], reminder);
    expect(face.text).toBe(MISSING_ACCESS_BADGE);
    expect(face.title).toMatch(/Instagram[\s\S]*\n1 tracked post not visited for 3 days or more[\s\S]*TikTok post by @ada, 5 days \(A, B\)/);
  });

  it('shows the count when every site is granted, and the default title when there is nothing to say', () => {
    expect(toolbarFace([], reminder)).toEqual({ text: '1', color: REMINDER_BADGE_COLOR, title: reminder!.title });
    expect(toolbarFace([], null)).toEqual({ text: '', color: null, title: TOOLBAR_DEFAULT_TITLE });
  });

  it('lists five posts by name and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, index) => ({ postKey: `p${index}`, daysUnseen: 9 - index, platform: 'x' as const, handle: `h${index}`, campaigns: ['C'] }));
    const notice = reminderNotice(many, 3)!;
    expect(notice.badge).toBe('7');
    expect(notice.title.split('\n')).toHaveLength(1 + 5 + 1);
    expect(notice.title).toMatch(/• and 2 more: see Campaigns in Castlist$/);
  });

  it('never lets the reminder erase the site-access badge drawn by the same button', async () => {
    const { button, calls } = fakeButton();
    const badge = new ToolbarBadge(button);
    await badge.showSiteAccess(['x']);
    await badge.showReminder(reminder);
    expect(calls.text.at(-1)).toBe(MISSING_ACCESS_BADGE);
    await badge.showSiteAccess([]);
    expect(calls.text.at(-1)).toBe('1');
  });
});
