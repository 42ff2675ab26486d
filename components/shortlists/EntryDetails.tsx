/**
 * An entry opened: notes, tags, the team's own fields (rate, email, agency), the KPIs when added beside now, and
 * removing the creator from the list (asked once more).
 */
import { useEffect, useRef, useState } from 'react';
import type { ShortlistEntryFields } from '../../lib/db/rows';
import type { BackgroundMessage } from '../../lib/messages/background-messages';
import { replyError, useSendToBackground } from '../../lib/panel/background-client';
import type { EntryWithCreator } from '../../lib/panel/shortlist-queries';
import type { ShortlistKpis } from '../../lib/shortlists/shortlist-kpis';
import { usePanel } from '../../lib/panel/panel-context';
import { DraftField } from './DraftField';
import { KpisSideBySide } from './KpisSideBySide';
import { TagEditor } from './TagEditor';

type EntryUpdate = Omit<Extract<BackgroundMessage, { type: 'shortlist.update-entry' }>, 'type' | 'entryId'>;

const FIELDS: ReadonlyArray<{ name: keyof ShortlistEntryFields; label: string; type: 'text' | 'email'; maxLength: number; placeholder: string }> = [
  { name: 'rate', label: 'Rate', type: 'text', maxLength: 300, placeholder: 'e.g. 1,200 EUR per reel' },
  { name: 'email', label: 'Email', type: 'email', maxLength: 320, placeholder: 'name@example.com' },
  { name: 'agency', label: 'Agency', type: 'text', maxLength: 300, placeholder: 'Agency or manager' },
];

export function EntryDetails({ id, item, kpisNow }: { id: string; item: EntryWithCreator; kpisNow: ShortlistKpis | null }) {
  const { format } = usePanel();
  const send = useSendToBackground();
  const { entry } = item;
  const update = async (changes: EntryUpdate): Promise<string | null> => {
    const reply = await send({ type: 'shortlist.update-entry', entryId: entry.id, ...changes });
    return reply.ok ? null : replyError(reply);
  };
  const fields = entry.fields ?? { rate: null, email: null, agency: null };

  return (
    <div id={id} className="entry-details">
      <DraftField label="Notes" multiline stored={entry.notes} maxLength={5_000} save={(notes) => update({ notes })} />
      <TagEditor tags={entry.tags ?? []} save={(tags) => update({ tags })} />
      <div className="entry-fields">
        {FIELDS.map((field) => (
          <DraftField
            key={field.name}
            label={field.label}
            type={field.type}
            maxLength={field.maxLength}
            placeholder={field.placeholder}
            stored={fields[field.name] ?? ''}
            save={(text) => update({ fields: { [field.name]: text } })}
          />
        ))}
      </div>
      <KpisSideBySide atAdd={entry.kpisAtAdd} now={kpisNow} addedAt={entry.addedAt} />
      <p className="muted">
        Added {format.dateTime(entry.addedAt)} · changed {format.dateTime(entry.updatedAt)}
      </p>
      <RemoveEntry entryId={entry.id} />
    </div>
  );
}

function RemoveEntry({ entryId }: { entryId: string }) {
  const send = useSendToBackground();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const remove = async () => {
    const reply = await send({ type: 'shortlist.remove-entry', entryId });
    if (!reply.ok) setError(replyError(reply));
  };

  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Remove from list
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-label="Remove from list?" onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}>
      <p>Remove this creator from the list, with its notes, tags and fields?</p>
      <button type="button" className="danger" onClick={() => void remove()}>
        Remove
      </button>
      <button type="button" ref={keep} onClick={() => setAsking(false)}>
        Keep
      </button>
      {error && (
        <p className="banner banner-warning" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
