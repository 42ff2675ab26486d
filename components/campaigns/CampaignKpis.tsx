/**
 * The campaign against its targets: one chart per KPI (observed series and target line) with its pace — ahead, on
 * pace, behind, met, missed — the value expected by now, the projection and the time left; then the values entered
 * by hand for KPIs no page or file gives (reach, impressions, link clicks…).
 */
import { useCallback, useMemo, useState } from 'react';
import type { CampaignData, KpiProgress } from '../../lib/campaigns/campaign-progress';
import { KPIS, type KpiId } from '../../lib/campaigns/kpi-catalog';
import { targetLine } from '../../lib/campaigns/pacing';
import { dateInputOf, dayStartOf } from '../../lib/panel/download';
import { formatKpiRange, formatKpiValue, PACE_LABELS, targetText } from '../../lib/panel/kpi-values';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { usePanel } from '../../lib/panel/panel-context';
import { KpiChart } from './KpiChart';

export function CampaignKpis({ data, progress }: { data: CampaignData; progress: readonly KpiProgress[] }) {
  return (
    <section aria-labelledby="campaign-kpis" className="campaign-kpis">
      <h2 id="campaign-kpis">KPIs against targets</h2>
      <div className="kpi-charts" data-report-charts={data.campaign.id}>
        {progress.map((kpi) => (
          <KpiProgressItem key={kpi.target.kpi} progress={kpi} currency={data.campaign.budget.currency} />
        ))}
      </div>
      <EnteredValues data={data} />
    </section>
  );
}

function KpiProgressItem({ progress, currency }: { progress: KpiProgress; currency: string }) {
  const { format } = usePanel();
  const { target, pace, observations } = progress;
  const kpi = target.kpi;
  const label = `${KPIS[kpi].label}${progress.primary ? ' (primary)' : ''}`;
  const formatValue = useCallback((value: number) => formatKpiValue(kpi, value, format.locale, currency), [kpi, format.locale, currency]);
  const line = useMemo(() => targetLine(kpi, target.target, target.timeFrame), [kpi, target.target, target.timeFrame]);
  return (
    <div className={`kpi-progress pace-${pace.status}`} data-kpi={kpi}>
      <KpiChart title={`${label}: target ${targetText(kpi, target.target, format.locale, currency)}`} observations={observations} target={line} timeFrame={target.timeFrame} formatValue={formatValue} />
      <p>
        <strong className="pace-status">{PACE_LABELS[pace.status]}</strong>
        {pace.latest && <> · latest {formatKpiRange(kpi, pace.latest.min, pace.latest.max, format.locale, currency)}</>}
        {' · '}expected by now {formatValue(pace.expectedNow)}
        {pace.projected && <> · projected {formatKpiRange(kpi, pace.projected.min, pace.projected.max, format.locale, currency)}</>}
        {' · '}
        {pace.timeLeftMs > 0 ? `${format.duration(pace.timeLeftMs)} left` : 'time frame over'}
      </p>
      <p className="muted">
        {format.date(target.timeFrame.start)}–{format.date(target.timeFrame.end - 1)}; {observations.length} {observations.length === 1 ? 'point' : 'points'} from {progress.source}; projection: {pace.rule}.
      </p>
    </div>
  );
}

function EnteredValues({ data }: { data: CampaignData }) {
  const { format, now } = usePanel();
  const manual = [data.campaign.primaryKpi, ...data.campaign.supportingKpis].map((target) => target.kpi).filter((kpi) => KPIS[kpi].source === 'manual');
  const [kpi, setKpi] = useState<KpiId | ''>('');
  const [value, setValue] = useState('');
  const [date, setDate] = useState(dateInputOf(now()));
  const { run, busy, error, setError } = useCampaignAction();
  if (manual.length === 0) return null;
  const chosen = kpi || manual[0]!;
  return (
    <div className="entered-values">
      <h3>Values you enter</h3>
      <p className="muted">No page shows these to Castlist: enter them from the creators' insights or your analytics. A count is the total so far.</p>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const at = dayStartOf(date);
          if (at === null || value.trim() === '') return setError('give a value and its date');
          if (await run({ type: 'campaign.record-kpi', campaignId: data.campaign.id, kpi: chosen, at: Math.min(at, now()), value: Number(value) })) setValue('');
        }}
      >
        <select aria-label="KPI entered" value={chosen} onChange={(event) => setKpi(event.target.value as KpiId)}>
          {manual.map((id) => (
            <option key={id} value={id}>
              {KPIS[id].label}
            </option>
          ))}
        </select>
        <input aria-label="Value" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
        <input aria-label="As of" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        <button type="submit" disabled={busy}>
          Add value
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {data.entries.length > 0 && (
        <ul>
          {data.entries.map((entry) => (
            <li key={entry.id}>
              {KPIS[entry.kpi].label}: {formatKpiValue(entry.kpi, entry.value, format.locale, data.campaign.budget.currency)} as of {format.date(entry.at)}{' '}
              <button type="button" className="link-button" onClick={() => void run({ type: 'campaign.delete-kpi', campaignId: data.campaign.id, entryId: entry.id })}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
