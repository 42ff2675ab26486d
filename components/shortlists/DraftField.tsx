/**
 * A text field the background stores, edited through a draft (lib/panel/use-draft.ts): saved a moment after typing
 * stops and on leaving the field, never lost; its state (saving, saved, not saved and why) is said beside it.
 */
import { useId } from 'react';
import { type SaveDraft, useDraft } from '../../lib/panel/use-draft';

export interface DraftFieldProps {
  label: string;
  stored: string;
  save: SaveDraft;
  multiline?: boolean;
  type?: 'text' | 'email';
  maxLength: number;
  placeholder?: string;
}

export function DraftField({ label, stored, save, multiline = false, type = 'text', maxLength, placeholder }: DraftFieldProps) {
  const draft = useDraft(stored, save);
  const id = useId();
  const statusId = `${id}-status`;
  const common = {
    id,
    value: draft.text,
    maxLength,
    placeholder,
    'aria-describedby': statusId,
    'aria-invalid': draft.status.state === 'failed' ? true : undefined,
    onBlur: draft.flush,
  };
  return (
    <div className="draft-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => draft.change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => draft.change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') draft.flush();
          }}
        />
      )}
      <span id={statusId} className={`draft-status draft-${draft.status.state}`} role={draft.status.state === 'failed' ? 'alert' : undefined}>
        {draft.status.state === 'saving' ? 'Saving…' : draft.status.state === 'failed' ? `Not saved: ${draft.status.error}` : draft.status.state === 'editing' ? 'Unsaved' : ''}
      </span>
    </div>
  );
}
