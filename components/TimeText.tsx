import { usePanel, useNow } from '../lib/panel/panel-context';

/** "5 minutes ago · 30 Nov, 14:02", with the full time in the element's dateTime and title. */
export function TimeText({ at, dateOnly = false }: { at: number; dateOnly?: boolean }) {
  const { format } = usePanel();
  const now = useNow();
  const absolute = dateOnly ? format.date(at) : format.dateTime(at, now);
  return (
    <time dateTime={new Date(at).toISOString()} title={format.fullDateTime(at)}>
      {format.relative(at, now)} · {absolute}
    </time>
  );
}
