/**
 * Where one of the panel's file tasks stands: a download (a backup, a CSV) or an upload that is checked here before
 * the background writes it (a restore, a CSV import). One shape for the Data view and the shortlists' file forms.
 *
 *   idle     nothing asked yet (or the user cancelled)
 *   checked  an upload read and checked here, what it holds shown, waiting for the user to confirm
 *   busy     working: the button that started it is disabled
 *   done     finished, with what it did
 *   failed   the exact reason, shown to the user; nothing was written
 */
import { useState } from 'react';

export type FileTaskState<Done extends object, Checked extends object = never> =
  | { kind: 'idle' }
  | ({ kind: 'checked'; fileName: string; text: string } & Checked)
  | { kind: 'busy' }
  | ({ kind: 'done' } & Done)
  | { kind: 'failed'; error: string };

/**
 * A download's state and the function that runs it: busy while `work` runs, then done with what it returns, or
 * failed with its error's message (logged too: a failed download is shown, never swallowed).
 */
export function useDownloadTask<Done extends object>(what: string) {
  const [state, setState] = useState<FileTaskState<Done>>({ kind: 'idle' });
  const run = async (work: () => Promise<Done> | Done) => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', ...(await work()) });
    } catch (error) {
      console.error(`[castlist] ${what} failed:`, error);
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, run };
}
