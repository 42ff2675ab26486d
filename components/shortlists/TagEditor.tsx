/**
 * An entry's tags: each a chip with its own remove button; type a tag and press Enter (or a comma) to add it,
 * Backspace in the empty box removes the last one. Tags used elsewhere are suggested. Each change is saved at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { knownTags } from '../../lib/panel/shortlist-queries';
import { usePanel } from '../../lib/panel/panel-context';

export const MAX_TAG_LENGTH = 60;

export function TagEditor({ tags, save }: { tags: readonly string[]; save(tags: string[]): Promise<string | null> }) {
  const { db } = usePanel();
  const suggestions = useLiveQuery(() => knownTags(db), [db]) ?? [];
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // The tags as last saved: a second change made before the database's copy comes back builds on the first.
  const latest = useRef(tags);
  useEffect(() => {
    latest.current = tags;
  }, [tags]);

  const commit = async (change: (current: readonly string[]) => string[]) => {
    setError(null);
    const next = change(latest.current);
    const problem = await save(next);
    if (problem !== null) setError(problem);
    else latest.current = next;
    return problem === null;
  };

  const add = async (typed: string) => {
    const tag = typed.replace(/,+$/, '').trim();
    if (!tag) return;
    if (latest.current.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      setText('');
      return;
    }
    // The text stays in the box until the tag is stored: a refused tag is not lost.
    if (await commit((current) => [...current, tag])) setText('');
  };

  return (
    <div className="tag-editor">
      <label htmlFor={id}>Tags</label>
      <ul className="tag-list" aria-label="Current tags">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => void commit((current) => current.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={text}
        maxLength={MAX_TAG_LENGTH}
        list={`${id}-suggestions`}
        placeholder="Add a tag, then Enter"
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.endsWith(',')) void add(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add(text);
          } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
            event.preventDefault();
            void commit((current) => current.slice(0, -1));
          }
        }}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
      {error && (
        <p className="banner banner-warning" role="alert">
          Tags not saved: {error}
        </p>
      )}
    </div>
  );
}
