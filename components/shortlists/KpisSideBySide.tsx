/**
 * An entry's KPIs when it was added beside the KPIs now, one row per figure. A frozen value this version cannot read
 * (another version's, or a hand-edited file's) is not hidden: its JSON is shown as it is stored.
 */
import { parseShortlistKpis, type ShortlistKpis } from '../../lib/shortlists/shortlist-kpis';
import {
  benchmarkSourceText,
  benchmarkText,
  commentsText,
  followersText,
  growthText,
  rateText,
  tierText,
} from '../../lib/shortlists/format-kpis';
import type { PanelFormatters } from '../../lib/panel/format';
import { usePanel } from '../../lib/panel/panel-context';

interface FigureRow {
  name: string;
  text(kpis: ShortlistKpis | null, format: PanelFormatters): string;
  title?(kpis: ShortlistKpis | null): string | null;
}

const FIGURES: readonly FigureRow[] = [
  {
    name: 'Followers',
    text: (kpis, format) => {
      const { value, range } = followersText(kpis, format);
      return range ? `${value} (${range})` : value;
    },
  },
  { name: 'Tier', text: (kpis) => tierText(kpis) },
  { name: 'ER by followers', text: (kpis, format) => rateText(kpis?.erByFollowers ?? null, format.locale) + postsOf(kpis?.erByFollowers) },
  { name: 'ER by views', text: (kpis, format) => rateText(kpis?.erByViews ?? null, format.locale) + postsOf(kpis?.erByViews) },
  { name: 'Benchmark', text: (kpis) => benchmarkText(kpis), title: benchmarkSourceText },
  { name: 'Growth', text: (kpis, format) => growthText(kpis, format) },
  { name: 'Comments', text: (kpis, format) => commentsText(kpis, format) },
  { name: 'Posts read', text: (kpis, format) => (kpis ? format.number(kpis.postsRead) : '—') },
];

function postsOf(rate: { posts: number } | null | undefined): string {
  return rate ? ` (${rate.posts} post${rate.posts === 1 ? '' : 's'})` : '';
}

export function KpisSideBySide({ atAdd, now, addedAt }: { atAdd: unknown; now: ShortlistKpis | null; addedAt: number }) {
  const { format } = usePanel();
  const parsed = atAdd === null || atAdd === undefined ? null : parseShortlistKpis(atAdd);
  const then = parsed?.ok ? parsed.kpis : null;
  return (
    <>
      <table className="kpis-side-by-side">
        <caption className="visually-hidden">KPIs when added and now</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col" title={format.fullDateTime(then?.at ?? addedAt)}>
              When added ({format.date(then?.at ?? addedAt)})
            </th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((figure) => (
            <tr key={figure.name}>
              <th scope="row">{figure.name}</th>
              <td title={figure.title?.(then) ?? undefined}>{then ? figure.text(then, format) : '—'}</td>
              <td title={figure.title?.(now) ?? undefined}>{now ? figure.text(now, format) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {parsed === null && <p className="muted">No KPIs were frozen when this creator was added (not read yet, or added before Castlist kept them).</p>}
      {parsed && !parsed.ok && (
        <details className="muted">
          <summary>The KPIs stored when added are in a form this version does not read ({parsed.error})</summary>
          <pre className="raw-json">{JSON.stringify(atAdd, null, 2)}</pre>
        </details>
      )}
    </>
  );
}
