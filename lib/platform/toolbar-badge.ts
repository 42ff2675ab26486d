/**
 * The toolbar button's badge and tooltip, shared by the two things that use it: missing site access
 * (toolbar-site-access.ts) and the reminder of tracked campaign posts not visited for a while
 * (lib/background/tracking-reminder-badge.ts). One object per button holds both states and draws them together, so
 * neither use erases the other.
 *
 * Site access comes first: while Castlist cannot read a site, no visit there is stored — not even a visit to a
 * tracked post — so "!" is what the user must act on, and a count of posts to visit would ask for something that
 * cannot work yet. The tooltip still says both, so the reminder is not lost; once access is back the badge shows the
 * count. (Per-tab badges set elsewhere take precedence on their tab, as the browser does.)
 */
import type { Platform } from '../reading/reading';
import type { ToolbarButtonApi } from './extension-apis';
import { missingAccessToolbarTitle } from './site-access';

/** The manifest's action.default_title (wxt.config.ts), restored once there is nothing to say. */
export const TOOLBAR_DEFAULT_TITLE = 'Open Castlist';
export const MISSING_ACCESS_BADGE = '!';
export const MISSING_ACCESS_BADGE_COLOR = '#d4a72c';
export const REMINDER_BADGE_COLOR = '#1f6feb';

/** What the tracking reminder wants the button to say; null when no tracked post is overdue. */
export interface ReminderNotice {
  /** The badge text: how many posts are overdue ("3", "99+"). */
  badge: string;
  /** The tooltip: which posts, for how long. */
  title: string;
}

export interface ToolbarFace {
  text: string;
  /** Null: the colour does not matter (no badge). */
  color: string | null;
  title: string;
}

/** What the button shows for both states (a pure decision; see the file comment for the order). */
export function toolbarFace(missing: readonly Platform[], reminder: ReminderNotice | null): ToolbarFace {
  if (missing.length > 0) {
    const title = missingAccessToolbarTitle(missing);
    return { text: MISSING_ACCESS_BADGE, color: MISSING_ACCESS_BADGE_COLOR, title: reminder ? `${title}\n${reminder.title}` : title };
  }
  if (reminder) return { text: reminder.badge, color: REMINDER_BADGE_COLOR, title: reminder.title };
  return { text: '', color: null, title: TOOLBAR_DEFAULT_TITLE };
}

export class ToolbarBadge {
  private missing: readonly Platform[] = [];
  private reminder: ReminderNotice | null = null;
  private drawn: Promise<void> = Promise.resolve();

  constructor(private readonly button: ToolbarButtonApi) {}

  showSiteAccess(missing: readonly Platform[]): Promise<void> {
    this.missing = [...missing];
    return this.draw();
  }

  showReminder(reminder: ReminderNotice | null): Promise<void> {
    this.reminder = reminder;
    return this.draw();
  }

  /** Draws the current face after any drawing in progress, so a slower earlier call never overwrites a later one. */
  private draw(): Promise<void> {
    const drawing = this.drawn.catch(() => undefined /* that draw's caller was told */).then(() => this.apply(toolbarFace(this.missing, this.reminder)));
    this.drawn = drawing;
    return drawing;
  }

  private async apply(face: ToolbarFace): Promise<void> {
    await Promise.all([
      ...(face.color ? [this.button.setBadgeBackgroundColor({ color: face.color })] : []),
      this.button.setBadgeText({ text: face.text }),
      this.button.setTitle({ title: face.title }),
    ]);
  }
}

const badges = new WeakMap<ToolbarButtonApi, ToolbarBadge>();

/** The one badge of this button (both uses must draw through the same object). */
export function toolbarBadgeOf(button: ToolbarButtonApi): ToolbarBadge {
  let badge = badges.get(button);
  if (!badge) {
    badge = new ToolbarBadge(button);
    badges.set(button, badge);
  }
  return badge;
}
