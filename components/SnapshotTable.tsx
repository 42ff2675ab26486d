/**
 * The recent snapshots of a post or creator, oldest first: one row per reading, one column per count, and the rate
 * of one count since the previous snapshot (views per hour, followers per day).
 */
import type { Count } from '../lib/count';
import type { SnapshotRow } from '../lib/db/rows';
import { rateSeries, type GrowthRate } from '../lib/panel/growth';
import { usePanel, useNow } from '../lib/panel/panel-context';

export interface SnapshotColumn {
  key: string;
  label: string;
}

export interface RateColumn {
  metric: string;
  unitMs: number;
  /** "Views/hour" */
  label: string;
}

export function SnapshotTable({
  snapshots,
  columns,
  rate,
  caption,
}: {
  snapshots: SnapshotRow[];
  columns: SnapshotColumn[];
  rate?: RateColumn;
  caption: string;
}) {
  const { format } = usePanel();
  const now = useNow();
  if (snapshots.length === 0) return <p className="muted">No snapshots yet.</p>;
  const shown = columns.filter((column) => snapshots.some((snapshot) => snapshot.counts[column.key as keyof SnapshotRow['counts']]));
  const rates = rate ? rateSeries(snapshots, rate.metric, rate.unitMs) : [];
  const anyInexact = snapshots.some((snapshot) => Object.values(snapshot.counts).some((count) => count && !count.exact));
  return (
    <>
      {anyInexact && <p className="table-note muted">≈ read from a rounded display: hover a number for its range.</p>}
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="snapshots">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Read</th>
              {shown.map((column) => (
                <th scope="col" key={column.key} className="number">
                  {column.label}
                </th>
              ))}
              {rate && (
                <th scope="col" className="number">
                  {rate.label}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot, index) => (
              <tr key={snapshot.id}>
                <th scope="row">
                  <time dateTime={new Date(snapshot.readAt).toISOString()} title={format.fullDateTime(snapshot.readAt)}>
                    {format.dateTime(snapshot.readAt, now)}
                  </time>
                </th>
                {shown.map((column) => (
                  <td key={column.key} className="number">
                    <CountCell count={snapshot.counts[column.key as keyof SnapshotRow['counts']]} />
                  </td>
                ))}
                {rate && (
                  <td className="number">
                    <RateCell rate={rates[index] ?? null} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CountCell({ count }: { count: Count | undefined }) {
  const { format } = usePanel();
  if (!count) return <span className="muted" title="not read">–</span>;
  const range = format.countRange(count);
  if (!range) return <>{format.countValue(count)}</>;
  return (
    <span title={`${range}, read as “${count.text}”`}>
      ≈{format.countValue(count)}
      <span className="visually-hidden"> (range {range})</span>
    </span>
  );
}

function RateCell({ rate }: { rate: GrowthRate | null }) {
  const { format } = usePanel();
  if (!rate) return <span className="muted" title="needs an earlier snapshot">–</span>;
  return <>{format.signedRange(rate, Math.abs(rate.value) < 10 ? 1 : 0)}</>;
}

/** "+1,234 views/hour between 30 Nov, 12:00 and 30 Nov, 14:02 (2 h 2 min)" */
export function GrowthLine({ rate, unit, empty }: { rate: GrowthRate | null; unit: string; empty: string }) {
  const { format } = usePanel();
  const now = useNow();
  if (!rate) return <p className="growth muted">{empty}</p>;
  return (
    <p className="growth">
      <strong>
        {format.signedRange(rate, Math.abs(rate.value) < 10 ? 1 : 0)} {unit}
      </strong>{' '}
      between {format.dateTime(rate.from, now)} and {format.dateTime(rate.to, now)} ({format.duration(rate.intervalMs)})
      {!rate.exact && <span className="precision precision-range"> · range: a count was rounded on the page</span>}
    </p>
  );
}
