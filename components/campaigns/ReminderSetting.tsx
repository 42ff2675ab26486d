/**
 * The tracking reminder's setting: after how many days without a visit a tracked post is counted on the toolbar
 * button (0: never). Castlist fetches nothing, so the reminder is how a campaign's charts keep getting points.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DEFAULT_REMINDER_DAYS } from '../../lib/campaigns/tracking-reminder';
import { MAX_REMINDER_DAYS, reminderDays } from '../../lib/db/settings';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { usePanel } from '../../lib/panel/panel-context';

export function ReminderSetting() {
  const { db } = usePanel();
  const stored = useLiveQuery(() => reminderDays(db), [db]);
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useCampaignAction();
  useEffect(() => {
    if (stored !== undefined) setDays(String(stored));
  }, [stored]);
  return (
    <form
      className="form-row reminder-setting"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        if (await run({ type: 'settings.set', key: 'campaigns.reminderDays', value: Number(days) })) setSaved(true);
      }}
    >
      <label>
        Remind me on the toolbar button when a tracked post has not been visited for{' '}
        <input type="number" min={0} max={MAX_REMINDER_DAYS} step={1} value={days} onChange={(event) => setDays(event.target.value)} aria-label="Reminder days" /> days
      </label>
      <button type="submit" disabled={busy}>
        Save
      </button>
      <span className="muted">(0: never; {DEFAULT_REMINDER_DAYS} unless set)</span>
      {saved && <span role="status">Saved.</span>}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
