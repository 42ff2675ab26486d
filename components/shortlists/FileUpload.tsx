/**
 * What every upload in the panel shows, whatever the file (a backup to restore, a CSV to import): the file input, then
 * what the checked file holds with a button to go ahead and Cancel, "working…", what was done, or why nothing was.
 * The caller owns the state (lib/panel/file-task.ts) and the words; this owns the order and the roles, so a screen
 * reader hears every upload the same way.
 */
import { type ReactNode, useId } from 'react';
import type { FileTaskState } from '../../lib/panel/file-task';

type Checked<Done extends object, Holds extends object> = Extract<FileTaskState<Done, Holds>, { kind: 'checked' }>;
type Done<Finished extends object, Holds extends object> = Extract<FileTaskState<Finished, Holds>, { kind: 'done' }>;

export interface FileUploadProps<Finished extends object, Holds extends object> {
  label: string;
  accept: string;
  state: FileTaskState<Finished, Holds>;
  onFile: (file: File) => void;
  onCancel: () => void;
  /** What the checked file holds, shown above the buttons. */
  describe: (state: Checked<Finished, Holds>) => ReactNode;
  confirm: {
    label: (state: Checked<Finished, Holds>) => string;
    className: 'primary' | 'danger';
    disabled?: (state: Checked<Finished, Holds>) => boolean;
    run: (state: Checked<Finished, Holds>) => void;
  };
  busyText: string;
  /** What was done, as a status element of the caller's choosing (a line or a block). */
  done: (state: Done<Finished, Holds>) => ReactNode;
}

export function FileUpload<Finished extends object, Holds extends object>(props: FileUploadProps<Finished, Holds>) {
  const { state, confirm } = props;
  const inputId = useId();
  return (
    <>
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        type="file"
        accept={props.accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) props.onFile(file);
          // The same file picked again (after fixing it) must trigger a change too.
          event.target.value = '';
        }}
      />
      {state.kind === 'checked' && (
        <div role="status">
          {props.describe(state)}
          <button type="button" className={confirm.className} disabled={confirm.disabled?.(state) ?? false} onClick={() => confirm.run(state)}>
            {confirm.label(state)}
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      )}
      {state.kind === 'busy' && (
        <p className="muted" aria-busy="true">
          {props.busyText}
        </p>
      )}
      {state.kind === 'done' && props.done(state)}
      {state.kind === 'failed' && (
        <p className="banner banner-warning" role="alert">
          {state.error}
        </p>
      )}
    </>
  );
}
