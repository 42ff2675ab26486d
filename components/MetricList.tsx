/**
 * Counts with their evidence trail: the value, its precision (exact, or the range a rounded display stands for),
 * when it was read, where from, and the page's own text. Page text is hostile: it is only ever rendered as text.
 */
import type { StoredCount } from '../lib/db/rows';
import { shorten, sourceLabel } from '../lib/panel/labels';
import { usePanel } from '../lib/panel/panel-context';
import { TimeText } from './TimeText';

export interface MetricItem {
  key: string;
  label: string;
  count: StoredCount & { readAt: number };
}

export function MetricList({ items }: { items: MetricItem[] }) {
  if (items.length === 0) return <p className="muted">No counts read from this page yet.</p>;
  return (
    <dl className="metrics">
      {items.map((item) => (
        <Metric key={item.key} item={item} />
      ))}
    </dl>
  );
}

function Metric({ item }: { item: MetricItem }) {
  const { format } = usePanel();
  const { count } = item;
  const range = format.countRange(count);
  return (
    <div className="metric" data-metric={item.key}>
      <dt>{item.label}</dt>
      <dd className="metric-value">
        <data value={count.value}>{format.countValue(count)}</data>{' '}
        {range ? (
          <span className="precision precision-range">range {range}</span>
        ) : (
          <span className="precision precision-exact">exact</span>
        )}
      </dd>
      <dd className="evidence">
        Read <TimeText at={count.readAt} /> from {sourceLabel(count.source)}:{' '}
        <q className="page-text" title={count.text.length > 80 ? count.text : undefined}>
          {shorten(count.text, 80)}
        </q>
      </dd>
    </div>
  );
}
