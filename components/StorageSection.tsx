/**
 * The Data view's Storage section: how much of the browser's storage Castlist uses, how many rows each table holds,
 * a clear message when the browser refuses readings for want of room (or is about to), and what retention keeps.
 */
import { COMMENTS_PER_POST, DAY_MS } from '../lib/db/retention-policy';
import {
  ALMOST_FULL_SHARE,
  COUNTED_TABLES,
  formatBytes,
  quotaShare,
  type RetentionInfo,
  type StorageFullStatus,
} from '../lib/panel/storage-usage';
import { type EstimateState, useStorageUsage } from '../lib/panel/use-storage-usage';
import { usePanel, useNow } from '../lib/panel/panel-context';

export function StorageSection() {
  const { format } = usePanel();
  const now = useNow();
  const { counts, estimate, storageFull, retention } = useStorageUsage(now);
  const share = estimate.status === 'ready' ? quotaShare(estimate) : null;

  return (
    <section className="data-section" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {storageFull ? <StorageFullMessage status={storageFull} /> : null}
      {!storageFull && share !== null && share >= ALMOST_FULL_SHARE ? (
        <p className="banner banner-warning" role="alert">
          Castlist's storage is almost full ({format.number(Math.round(share * 100))}%). When it is full, readings wait in their tabs
          until old history is compacted; free disk space to keep storing them.
        </p>
      ) : null}
      <UsageLine estimate={estimate} />
      {counts === undefined ? (
        <p className="muted" aria-busy="true">Counting rows…</p>
      ) : (
        <table className="storage-counts">
          <caption className="visually-hidden">Rows per table</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col" className="number">Rows</th>
            </tr>
          </thead>
          <tbody>
            {COUNTED_TABLES.map(([table, label]) => (
              <tr key={table} data-table={table}>
                <th scope="row">{label}</th>
                <td className="number">{format.number(counts[table])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {retention ? <RetentionSummary info={retention} /> : null}
    </section>
  );
}

function UsageLine({ estimate }: { estimate: EstimateState }) {
  const { format } = usePanel();
  if (estimate.status === 'loading') return <p className="muted" aria-busy="true">Asking the browser how much storage Castlist uses…</p>;
  if (estimate.status === 'unavailable') return <p className="muted">Storage used: not known — {estimate.reason}.</p>;
  const share = quotaShare(estimate);
  return (
    <p data-testid="storage-used">
      Castlist uses <strong>{formatBytes(estimate.usage, format.locale)}</strong> of the{' '}
      {formatBytes(estimate.quota, format.locale)} the browser allows it
      {share !== null ? ` (${format.number(Math.round(share * 1000) / 10)}%)` : ''}.
    </p>
  );
}

function StorageFullMessage({ status }: { status: StorageFullStatus }) {
  const { format } = usePanel();
  const now = useNow();
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>Castlist's storage is full.</strong> Since {format.dateTime(status.since, now)} the browser refused to store{' '}
        {status.readings === 1 ? 'a reading' : `${format.number(status.readings)} readings`} (last {format.relative(status.last, now)}).
      </p>
      <p>
        Nothing read is thrown away: the readings wait in their tabs, Castlist keeps badging pages, and they are stored as soon as
        compacting old history makes room. If this stays, free disk space in your system.
      </p>
    </div>
  );
}

function RetentionSummary({ info }: { info: RetentionInfo }) {
  const { format } = usePanel();
  const now = useNow();
  const { settings, lastRun } = info;
  const removed = lastRun?.lastRemoved;
  return (
    <div className="retention">
      <h3>What is kept</h3>
      <ul>
        <li>Every snapshot of a shortlisted creator and of their posts, for ever.</li>
        <li>
          Other history: every snapshot for {format.number(settings.fullDetailDays)} days, then the last of each day until{' '}
          {format.number(settings.dailyDays)} days, then the last of each week.
        </li>
        <li>
          Comments: up to {format.number(COMMENTS_PER_POST)} per post; those not seen for {format.number(settings.commentDays)} days are removed unless their
          creator is shortlisted. Reader events: {format.number(settings.readerEventDays)} days.
        </li>
      </ul>
      <p className="muted">
        {lastRun?.lastRunAt != null ? (
          <>
            Last compacted {format.relative(lastRun.lastRunAt, now)}
            {removed
              ? `: ${format.number(removed.snapshots)} snapshots, ${format.number(removed.comments)} comments and ${format.number(removed.readerEvents)} reader events removed.`
              : '.'}
          </>
        ) : (
          `Not compacted yet: it runs in the background, at most every ${format.duration(DAY_MS / 4)}, and at once when storage is full.`
        )}
      </p>
    </div>
  );
}
