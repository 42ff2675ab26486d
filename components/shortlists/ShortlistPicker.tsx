/**
 * Which list is shown, and making, renaming and deleting lists. Forms submit with Enter and close with Escape;
 * deleting asks once more, naming how many entries go with the list, with the safe answer focused.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ShortlistRow } from '../../lib/db/rows';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import type { ShortlistSummary } from '../../lib/panel/shortlist-queries';
import { useShortlistsUi } from '../../lib/panel/shortlists-store';
import { useChooseList } from '../../lib/panel/use-shortlist-choice';
import { usePanel } from '../../lib/panel/panel-context';

type Mode = { kind: 'idle' } | { kind: 'create' } | { kind: 'rename' } | { kind: 'confirm-delete' };

export function ShortlistPicker({ lists, shown }: { lists: readonly ShortlistSummary[]; shown: ShortlistSummary | null }) {
  const { format } = usePanel();
  const send = useSendToBackground();
  const chooseList = useChooseList();
  const selectList = useShortlistsUi((ui) => ui.selectList);
  const [mode, setMode] = useState<Mode>(lists.length === 0 ? { kind: 'create' } : { kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setMode({ kind: 'idle' });
    setError(null);
  };

  const create = async (name: string) => {
    setBusy(true);
    const reply = await send({ type: 'shortlist.create', name });
    setBusy(false);
    if (!reply.ok) return setError(replyError(reply));
    close();
    if (reply.id) chooseList(reply.id);
  };

  const rename = async (list: ShortlistRow, name: string) => {
    setBusy(true);
    const reply = await send({ type: 'shortlist.rename', shortlistId: list.id, name });
    setBusy(false);
    if (!reply.ok) return setError(replyError(reply));
    close();
  };

  const remove = async (list: ShortlistRow) => {
    setBusy(true);
    const reply = await send({ type: 'shortlist.delete', shortlistId: list.id });
    setBusy(false);
    if (!reply.ok) return setError(replyError(reply));
    close();
    // The view falls back to the last-used list, else the first.
    selectList(null);
  };

  return (
    <section className="shortlist-picker" aria-label="Lists">
      {lists.length > 0 && (
        <div className="picker-row">
          <label className="picker-label">
            <span>List</span>
            <select value={shown?.list.id ?? ''} onChange={(event) => chooseList(event.target.value)} disabled={busy}>
              {lists.map(({ list, entries }) => (
                <option key={list.id} value={list.id}>
                  {list.name} ({format.number(entries)})
                </option>
              ))}
            </select>
          </label>
          <div className="picker-actions">
            <button type="button" onClick={() => setMode({ kind: 'create' })} aria-pressed={mode.kind === 'create'}>
              New list
            </button>
            {shown && (
              <>
                <button type="button" onClick={() => setMode({ kind: 'rename' })} aria-pressed={mode.kind === 'rename'}>
                  Rename
                </button>
                <button type="button" className="danger" onClick={() => setMode({ kind: 'confirm-delete' })} aria-pressed={mode.kind === 'confirm-delete'}>
                  Delete
                </button>
              </>
            )}
          </div>
        </div>
      )}
      {mode.kind === 'create' && (
        <NameForm
          label={lists.length === 0 ? 'Name your first list' : 'New list name'}
          submitText="Create list"
          initial=""
          busy={busy}
          onSubmit={create}
          onCancel={lists.length === 0 ? null : close}
        />
      )}
      {mode.kind === 'rename' && shown && (
        <NameForm label="New name" submitText="Rename" initial={shown.list.name} busy={busy} onSubmit={(name) => rename(shown.list, name)} onCancel={close} />
      )}
      {mode.kind === 'confirm-delete' && shown && (
        <ConfirmDelete summary={shown} busy={busy} onConfirm={() => remove(shown.list)} onCancel={close} />
      )}
      {error && (
        <p className="banner banner-warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function NameForm(props: {
  label: string;
  submitText: string;
  initial: string;
  busy: boolean;
  onSubmit(name: string): void;
  /** null: the form cannot be closed (there is no list yet). */
  onCancel: (() => void) | null;
}) {
  const [name, setName] = useState(props.initial);
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) props.onSubmit(trimmed);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && props.onCancel) {
      event.preventDefault();
      props.onCancel();
    }
  };
  return (
    <form className="name-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <label>
        <span>{props.label}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} autoFocus required />
      </label>
      <button type="submit" disabled={!trimmed || props.busy}>
        {props.submitText}
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}

function ConfirmDelete({ summary, busy, onConfirm, onCancel }: { summary: ShortlistSummary; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { format } = usePanel();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const entries = summary.entries === 1 ? 'its 1 entry' : `its ${format.number(summary.entries)} entries`;
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="confirm-delete-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id="confirm-delete-text">
        Delete “{summary.list.name}” and {entries}? Notes, statuses and fields go with it. Export it first to keep a copy.
      </p>
      <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
        Delete list
      </button>
      <button type="button" ref={keep} onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}
