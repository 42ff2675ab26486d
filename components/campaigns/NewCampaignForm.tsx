/**
 * A new campaign, goal first: the objective gives the KPI family; one primary KPI and 3–6 supporting KPIs from it,
 * each with a target and a time frame (the campaign's dates unless changed); dates, budget, the landing page of the
 * tagged links, and the creators picked from shortlists with the cost agreed with each. The background checks the
 * whole campaign with the campaign model and answers with its sentences, shown here; nothing is stored until it passes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MAX_SUPPORTING_KPIS, MIN_SUPPORTING_KPIS } from '../../lib/campaigns/campaign';
import { KPIS, kpisForObjective, OBJECTIVE_FAMILIES, OBJECTIVES, type KpiId, type Objective } from '../../lib/campaigns/kpi-catalog';
import { shortlistChoices } from '../../lib/panel/campaign-queries';
import { useCampaignsScreen } from '../../lib/panel/campaigns-store';
import { DAY_MS } from '../../lib/panel/format';
import { dateInputOf, dayStartOf } from '../../lib/panel/download';
import { useCampaignAction } from '../../lib/panel/use-campaign-action';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { usePanel } from '../../lib/panel/panel-context';

const OBJECTIVE_LABELS: Record<Objective, string> = {
  visibility: 'Visibility (awareness)',
  engagement: 'Engagement',
  performance: 'Performance (traffic, conversion, loyalty)',
};

interface KpiDraft {
  target: string;
  /** Empty: the campaign's own dates. */
  start: string;
  end: string;
}

const emptyKpi: KpiDraft = { target: '', start: '', end: '' };

export function NewCampaignForm() {
  const { db, now } = usePanel();
  const open = useCampaignsScreen((state) => state.open);
  const choices = useLiveQuery(() => shortlistChoices(db), [db]);
  const { run, busy, error, setError } = useCampaignAction();
  const today = dateInputOf(now());
  const [name, setName] = useState('');
  const [objective, setObjective] = useState<Objective>('engagement');
  const [startDate, setStartDate] = useState(today);
  const [endDate, setEndDate] = useState(dateInputOf(now() + 30 * DAY_MS));
  const [budget, setBudget] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [landingPage, setLandingPage] = useState('');
  const [primary, setPrimary] = useState<KpiId>(kpisForObjective('engagement')[0]!);
  const [kpis, setKpis] = useState<Partial<Record<KpiId, KpiDraft>>>({});
  const [picked, setPicked] = useState<Record<string, { cost: string; entryId: string }>>({});

  const available = kpisForObjective(objective);
  const supporting = available.filter((kpi) => kpi !== primary && kpis[kpi]);

  const chooseObjective = (next: Objective) => {
    setObjective(next);
    setPrimary(kpisForObjective(next)[0]!);
    setKpis({});
  };
  const kpiDraft = (kpi: KpiId) => kpis[kpi] ?? emptyKpi;
  const setKpi = (kpi: KpiId, draft: KpiDraft | null) =>
    setKpis((current) => {
      const next = { ...current };
      if (draft) next[kpi] = draft;
      else delete next[kpi];
      return next;
    });

  const submit = async () => {
    const startsAt = dayStartOf(startDate);
    const lastDay = dayStartOf(endDate);
    if (startsAt === null || lastDay === null) return setError('give the campaign a start date and an end date');
    const endsAt = lastDay + DAY_MS;
    const targetOf = (kpi: KpiId) => {
      const draft = kpiDraft(kpi);
      const start = draft.start ? dayStartOf(draft.start) : startsAt;
      const end = draft.end ? (dayStartOf(draft.end) ?? Number.NaN) + DAY_MS : endsAt;
      return { kpi, target: Number(draft.target), timeFrame: { start: start ?? Number.NaN, end } };
    };
    const targets = [primary, ...supporting].map(targetOf);
    const missing = targets.filter((target) => !Number.isFinite(target.target) || kpiDraft(target.kpi).target.trim() === '');
    if (missing.length > 0) return setError(`give a target for ${missing.map((target) => KPIS[target.kpi].label).join(', ')}`);
    const creators = Object.entries(picked).map(([creatorKey, { cost, entryId }]) => ({
      creatorKey,
      agreedCost: { amount: Number(cost), currency },
      shortlistEntryId: entryId,
    }));
    const badCost = creators.find((creator) => !Number.isFinite(creator.agreedCost.amount) || picked[creator.creatorKey]!.cost.trim() === '');
    if (badCost) return setError(`give the cost agreed with ${badCost.creatorKey}`);
    const reply = await run({
      type: 'campaign.create',
      name,
      objective,
      primaryKpi: targets[0]!,
      supportingKpis: targets.slice(1),
      startsAt,
      endsAt,
      budget: { amount: Number(budget || Number.NaN), currency },
      links: { base: landingPage.trim() || null },
      creators,
    });
    if (reply?.id) open({ kind: 'campaign', campaignId: reply.id });
  };

  return (
    <form
      className="campaign-form"
      aria-label="New campaign"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1>New campaign</h1>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </label>
      <label>
        Objective{' '}
        <select value={objective} onChange={(event) => chooseObjective(event.target.value as Objective)}>
          {OBJECTIVES.map((value) => (
            <option key={value} value={value}>
              {OBJECTIVE_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">KPIs of a {objective} campaign come from: {OBJECTIVE_FAMILIES[objective].join(', ')}.</p>
      <div className="form-row">
        <label>
          Starts <input type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} required />
        </label>
        <label>
          Ends (last day) <input type="date" value={endDate} onChange={(event) => setEndDate(event.target.value)} required />
        </label>
      </div>
      <div className="form-row">
        <label>
          Budget <input inputMode="decimal" value={budget} onChange={(event) => setBudget(event.target.value)} required />
        </label>
        <label>
          Currency <input value={currency} onChange={(event) => setCurrency(event.target.value.toUpperCase())} maxLength={3} size={4} />
        </label>
      </div>
      <label>
        Landing page for the tagged links (optional){' '}
        <input type="url" value={landingPage} onChange={(event) => setLandingPage(event.target.value)} placeholder="https://shop.example/winter" />
      </label>

      <fieldset>
        <legend>Primary KPI</legend>
        <select aria-label="Primary KPI" value={primary} onChange={(event) => setPrimary(event.target.value as KpiId)}>
          {available.map((kpi) => (
            <option key={kpi} value={kpi}>
              {KPIS[kpi].label}
            </option>
          ))}
        </select>
        <KpiFields kpi={primary} draft={kpiDraft(primary)} onChange={(draft) => setKpi(primary, draft)} />
      </fieldset>

      <fieldset>
        <legend>
          Supporting KPIs ({MIN_SUPPORTING_KPIS}–{MAX_SUPPORTING_KPIS}; {supporting.length} chosen)
        </legend>
        {available
          .filter((kpi) => kpi !== primary)
          .map((kpi) => (
            <div key={kpi} className="kpi-choice">
              <label>
                <input type="checkbox" checked={Boolean(kpis[kpi])} onChange={(event) => setKpi(kpi, event.target.checked ? emptyKpi : null)} />{' '}
                {KPIS[kpi].label}
              </label>
              {kpis[kpi] && <KpiFields kpi={kpi} draft={kpiDraft(kpi)} onChange={(draft) => setKpi(kpi, draft)} />}
            </div>
          ))}
      </fieldset>

      <fieldset>
        <legend>Creators from your shortlists</legend>
        {choices === undefined ? (
          <p className="muted">Loading…</p>
        ) : choices.every((choice) => choice.entries.length === 0) ? (
          <p className="muted">No shortlisted creators yet: add creators to a shortlist from their pages, or add them to the campaign later.</p>
        ) : (
          choices.map(({ shortlist, entries }) => (
            <div key={shortlist.id} className="shortlist-pick">
              <h3>{shortlist.name}</h3>
              {entries.map(({ entry, creator }) => {
                const label = creator ? `${creator.handle ? `@${creator.handle}` : (creator.name ?? entry.creatorKey)} (${PLATFORM_NAMES[creator.platform]})` : entry.creatorKey;
                const choice = picked[entry.creatorKey];
                return (
                  <div key={entry.id} className="creator-pick">
                    <label>
                      <input
                        type="checkbox"
                        checked={Boolean(choice)}
                        onChange={(event) =>
                          setPicked((current) => {
                            const next = { ...current };
                            if (event.target.checked) next[entry.creatorKey] = { cost: '', entryId: entry.id };
                            else delete next[entry.creatorKey];
                            return next;
                          })
                        }
                      />{' '}
                      {label}
                    </label>
                    {choice && (
                      <label>
                        Agreed cost ({currency}){' '}
                        <input
                          inputMode="decimal"
                          aria-label={`Agreed cost for ${label}`}
                          value={choice.cost}
                          onChange={(event) => setPicked((current) => ({ ...current, [entry.creatorKey]: { ...choice, cost: event.target.value } }))}
                        />
                      </label>
                    )}
                  </div>
                );
              })}
            </div>
          ))
        )}
      </fieldset>

      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-row">
        <button type="submit" disabled={busy}>
          Create campaign
        </button>
        <button type="button" onClick={() => open({ kind: 'list' })}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function KpiFields({ kpi, draft, onChange }: { kpi: KpiId; draft: KpiDraft; onChange(draft: KpiDraft): void }) {
  const definition = KPIS[kpi];
  const unit = definition.unit === 'ratio' ? ' (a share: 0.04 is 4 %)' : definition.unit === 'money' ? ' (in the budget currency)' : '';
  return (
    <div className="kpi-fields">
      <label>
        Target for {definition.label}
        {unit}{' '}
        <input inputMode="decimal" aria-label={`Target for ${definition.label}`} value={draft.target} onChange={(event) => onChange({ ...draft, target: event.target.value })} />
      </label>
      <label>
        from <input type="date" aria-label={`${definition.label} from`} value={draft.start} onChange={(event) => onChange({ ...draft, start: event.target.value })} />
      </label>
      <label>
        to <input type="date" aria-label={`${definition.label} to`} value={draft.end} onChange={(event) => onChange({ ...draft, end: event.target.value })} />
      </label>
      <span className="muted"> (empty: the campaign's dates)</span>
    </div>
  );
}
