/**
 * A native <details> whose content is rendered only once it is opened: the card's evidence lists and tables can
 * run to hundreds of rows (a creator with 500 posts), which nobody reads until they ask, and which would otherwise
 * be built on every render of the card. Closed, it is still a real disclosure: its summary says what is inside.
 */
import { type ReactNode, useState } from 'react';

export function Disclosure({ summary, className, children }: { summary: ReactNode; className?: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
