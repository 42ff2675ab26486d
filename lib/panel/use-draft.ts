/**
 * A text the user edits that the background stores (notes, rate, email, agency): nothing typed is lost. The draft is
 * saved a moment after typing stops, at once when the field loses focus, when the component goes away (switching
 * list or view) and when the panel is closed. While the user has unsaved text, a change arriving from the database
 * (another window) does not overwrite it; when they have none, the stored value is shown. A refused save keeps the
 * draft and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type DraftStatus = { state: 'saved' } | { state: 'editing' } | { state: 'saving' } | { state: 'failed'; error: string };

/** Resolves null when stored, or the reason it was not. */
export type SaveDraft = (text: string) => Promise<string | null>;

export const DRAFT_SAVE_DELAY_MS = 700;

export interface Draft {
  text: string;
  status: DraftStatus;
  change(text: string): void;
  /** Saves now if there is anything unsaved (blur, Enter). */
  flush(): void;
}

export function useDraft(stored: string, save: SaveDraft, delayMs: number = DRAFT_SAVE_DELAY_MS): Draft {
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState<DraftStatus>({ state: 'saved' });
  // Refs, not state: the timer, the unmount flush and the pagehide listener must see the latest text at once.
  const latest = useRef({ text: stored, dirty: false, stored, save });
  latest.current.save = save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const saveNow = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const current = latest.current;
    if (!current.dirty) return;
    const sent = current.text;
    setStatus({ state: 'saving' });
    current.save(sent).then(
      (error) => {
        if (error !== null) {
          setStatus({ state: 'failed', error });
          return;
        }
        // Typed on while it was being saved: that newer text is still to be saved.
        if (latest.current.text === sent) {
          latest.current.dirty = false;
          setStatus({ state: 'saved' });
        } else {
          setStatus({ state: 'editing' });
        }
      },
      (error: unknown) => setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  // The stored value changed (this draft's save arriving, or another window): shown unless the user has unsaved text.
  useEffect(() => {
    latest.current.stored = stored;
    if (!latest.current.dirty) {
      latest.current.text = stored;
      setText(stored);
    }
  }, [stored]);

  useEffect(() => {
    const onPageHide = () => saveNow();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      saveNow();
    };
  }, [saveNow]);

  const change = useCallback(
    (next: string) => {
      latest.current.text = next;
      latest.current.dirty = next !== latest.current.stored;
      setText(next);
      setStatus(latest.current.dirty ? { state: 'editing' } : { state: 'saved' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = latest.current.dirty ? setTimeout(saveNow, delayMs) : null;
    },
    [delayMs, saveNow],
  );

  return { text, status, change, flush: saveNow };
}
