/**
 * The user's own benchmarks: change a shipped set's figures (e.g. an agency's own bands), add a set, hide one, or go
 * back to the shipped figures. A set needs its source, year (or a note saying it is undated) and formula, as the
 * shipped ones do. Saving sends the edits to the background (settings key `benchmarks.edits`), which checks them
 * again and is the only one to store them; the card follows by itself.
 */
import { useId, useState } from 'react';
import { BAND_LABELS, BASES, BENCHMARK_INTERACTIONS, CONTENTS, POPULATIONS, STATISTICS } from '../../lib/benchmarks/benchmark-schema';
import { BENCHMARK_EDITS_KEY, type BenchmarkEdits, type MergedBenchmarkSet } from '../../lib/benchmarks/benchmark-edits';
import { BENCHMARK_DATA } from '../../lib/benchmarks/shipped-benchmarks';
import type { PanelBenchmarks } from '../../lib/panel/benchmark-queries';
import {
  type BandDraft,
  type SetDraft,
  type TierDraft,
  draftOf,
  editsWithHidden,
  editsWithoutSet,
  editsWithSet,
  newSetDraft,
  setOfDraft,
} from '../../lib/panel/benchmark-drafts';
import { usePanel } from '../../lib/panel/panel-context';
import { Disclosure } from './Disclosure';
import { PLATFORM_NAMES, type Platform } from '../../lib/reading/reading';

const ORIGIN_WORDS: Record<MergedBenchmarkSet['origin'], string> = { shipped: 'as published', edited: 'your figures', added: 'your own' };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; what: string } | { kind: 'error'; error: string };

export function BenchmarkEditor({ platform, benchmarks }: { platform: Platform; benchmarks: PanelBenchmarks }) {
  const { send, now } = usePanel();
  const [draft, setDraft] = useState<SetDraft | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const sets = benchmarks.merged.sets.filter((set) => set.platform === platform);
  const hidden = BENCHMARK_DATA.sets.filter((set) => set.platform === platform && benchmarks.merged.hidden.includes(set.id));

  const openDraft = (next: SetDraft) => {
    setDraft(next);
    setStatus({ kind: 'idle' });
  };
  const store = async (edits: BenchmarkEdits, what: string) => {
    setStatus({ kind: 'saving' });
    const reply = await send({ type: 'settings.set', key: BENCHMARK_EDITS_KEY, value: edits });
    setStatus(reply.ok ? { kind: 'saved', what } : { kind: 'error', error: reply.error });
    return reply.ok;
  };
  const save = async () => {
    if (!draft) return;
    const result = setOfDraft(draft);
    if (!result.ok) {
      setStatus({ kind: 'error', error: result.error });
      return;
    }
    const shipped = BENCHMARK_DATA.sets.find((set) => set.id === result.set.id);
    if (await store(editsWithSet(benchmarks.edits, result.set, shipped?.version ?? null, now()), `Saved “${result.set.source.name}”.`)) setDraft(null);
  };

  return (
    <Disclosure className="benchmark-editor" summary={<>Your benchmarks for {PLATFORM_NAMES[platform]}: change, add or hide</>}>
      {() => (
      <>
      {benchmarks.problem ? (
        <p className="banner banner-warning" role="alert">
          Your saved benchmarks could not be used, so the published ones are shown: {benchmarks.problem}
        </p>
      ) : null}
      <ul className="benchmark-sets">
        {sets.map((set) => (
          <li key={set.id} data-set={set.id}>
            <strong>{set.source.name}</strong>
            {set.source.year !== null ? ` (${set.source.year})` : ''} · {ORIGIN_WORDS[set.origin]}
            {set.shippedChangedSinceEdit ? <span className="caveat"> — the published figures have changed since you edited them</span> : null}{' '}
            <button type="button" onClick={() => openDraft(draftOf(set))}>
              Edit
            </button>{' '}
            {set.origin === 'added' ? (
              <button type="button" onClick={() => void store(editsWithoutSet(benchmarks.edits, set.id), `Removed “${set.source.name}”.`)}>
                Remove
              </button>
            ) : (
              <button type="button" onClick={() => void store(editsWithHidden(benchmarks.edits, set.id, true), `Hid “${set.source.name}”.`)}>
                Hide
              </button>
            )}{' '}
            {set.origin === 'edited' ? (
              <button type="button" onClick={() => void store(editsWithoutSet(benchmarks.edits, set.id), `“${set.source.name}” is back to its published figures.`)}>
                Back to published figures
              </button>
            ) : null}
          </li>
        ))}
        {hidden.map((set) => (
          <li key={set.id} data-set={set.id} className="muted">
            {set.source.name} ({set.source.year ?? 'undated'}) · hidden{' '}
            <button type="button" onClick={() => void store(editsWithHidden(benchmarks.edits, set.id, false), `Showing “${set.source.name}” again.`)}>
              Show again
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() => openDraft(newSetDraft(platform, benchmarks.edits.sets.map((entry) => entry.set.id)))}
        >
          Add a benchmark
        </button>
      </p>
      {draft ? <SetForm draft={draft} onChange={setDraft} onSave={() => void save()} onCancel={() => setDraft(null)} /> : null}
      <p role="status" className={status.kind === 'error' ? 'form-error' : 'muted'}>
        {status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? status.what : status.kind === 'error' ? `Not saved: ${status.error}` : ''}
      </p>
      </>
      )}
    </Disclosure>
  );
}

function SetForm({ draft, onChange, onSave, onCancel }: { draft: SetDraft; onChange(draft: SetDraft): void; onSave(): void; onCancel(): void }) {
  const id = useId();
  const field = (name: keyof Pick<SetDraft, 'sourceName' | 'citation' | 'year' | 'note'>, label: string, long = false) => (
    <p className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {long ? (
        <textarea id={`${id}-${name}`} value={draft[name]} onChange={(event) => onChange({ ...draft, [name]: event.target.value })} rows={2} />
      ) : (
        <input id={`${id}-${name}`} value={draft[name]} onChange={(event) => onChange({ ...draft, [name]: event.target.value })} />
      )}
    </p>
  );
  const formula = <Key extends keyof SetDraft['formula']>(name: Key, label: string, choices: readonly SetDraft['formula'][Key][]) => (
    <p className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={draft.formula[name]}
        onChange={(event) => onChange({ ...draft, formula: { ...draft.formula, [name]: event.target.value } })}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </p>
  );
  const setTier = (index: number, tier: TierDraft) => onChange({ ...draft, tiers: draft.tiers.map((old, at) => (at === index ? tier : old)) });

  return (
    <form
      className="benchmark-form"
      aria-label={`Benchmark ${draft.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <fieldset>
        <legend>Source</legend>
        {field('sourceName', 'Who published it, and the title')}
        {field('citation', 'Where (URL or citation)')}
        {field('year', 'Year of the data (empty if undated: say so in the note)')}
        {field('note', 'Method and caveats', true)}
      </fieldset>
      <fieldset>
        <legend>Formula the source used</legend>
        {formula('basis', 'Divided by', BASES)}
        {formula('statistic', 'Statistic', STATISTICS)}
        {formula('interactions', 'Interactions', BENCHMARK_INTERACTIONS)}
        {formula('population', 'Accounts', POPULATIONS)}
        {formula('content', 'Posts', CONTENTS)}
      </fieldset>
      {draft.tiers.map((tier, index) => (
        <TierFields
          key={index}
          tier={tier}
          index={index}
          onChange={(changed) => setTier(index, changed)}
          onRemove={draft.tiers.length > 1 ? () => onChange({ ...draft, tiers: draft.tiers.filter((_, at) => at !== index) }) : null}
        />
      ))}
      <p>
        <button
          type="button"
          onClick={() => onChange({ ...draft, tiers: [...draft.tiers, { name: '', followersMin: '0', followersMax: '', typical: '', bands: [] }] })}
        >
          Add a tier
        </button>
      </p>
      <p>
        <button type="submit">Save benchmark</button> <button type="button" onClick={onCancel}>Cancel</button>
      </p>
    </form>
  );
}

function TierFields({ tier, index, onChange, onRemove }: { tier: TierDraft; index: number; onChange(tier: TierDraft): void; onRemove: (() => void) | null }) {
  const id = useId();
  const input = (name: keyof Omit<TierDraft, 'bands'>, label: string) => (
    <p className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} value={tier[name]} inputMode={name === 'name' ? 'text' : 'decimal'} onChange={(event) => onChange({ ...tier, [name]: event.target.value })} />
    </p>
  );
  const setBand = (at: number, band: BandDraft) => onChange({ ...tier, bands: tier.bands.map((old, position) => (position === at ? band : old)) });
  return (
    <fieldset className="tier-fields">
      <legend>Tier {index + 1}</legend>
      {input('name', 'Name')}
      {input('followersMin', 'Followers from')}
      {input('followersMax', 'Followers up to (not included; empty: no limit)')}
      {input('typical', 'Typical figure, % (empty if none)')}
      {tier.bands.map((band, at) => (
        <p key={at} className="band-fields" role="group" aria-label={`Tier ${index + 1}, band ${at + 1}`}>
          <select aria-label="Band" value={band.label} onChange={(event) => setBand(at, { ...band, label: event.target.value as BandDraft['label'] })}>
            {BAND_LABELS.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>{' '}
          from <input aria-label="from, %" inputMode="decimal" size={5} value={band.min} onChange={(event) => setBand(at, { ...band, min: event.target.value })} />{' '}
          % up to <input aria-label="up to, %" inputMode="decimal" size={5} value={band.max} onChange={(event) => setBand(at, { ...band, max: event.target.value })} /> %{' '}
          <button type="button" onClick={() => onChange({ ...tier, bands: tier.bands.filter((_, position) => position !== at) })}>
            Remove band
          </button>
        </p>
      ))}
      <p>
        <button type="button" onClick={() => onChange({ ...tier, bands: [...tier.bands, { label: 'average', min: '', max: '' }] })}>
          Add a band
        </button>{' '}
        {onRemove ? (
          <button type="button" onClick={onRemove}>
            Remove tier
          </button>
        ) : null}
      </p>
    </fieldset>
  );
}
