import { fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, test } from 'vitest';
import { useSlashToFocus } from '../../lib/panel/use-slash-to-focus';

function View() {
  const box = useRef<HTMLInputElement>(null);
  useSlashToFocus(box);
  return (
    <div>
      <input aria-label="Search" ref={box} />
      <textarea aria-label="Notes" />
      <button type="button">Elsewhere</button>
    </div>
  );
}

describe('"/" jumps to the search box', () => {
  test.each([
    ['from the page', 'Elsewhere', {}, true],
    ['not with Ctrl', 'Elsewhere', { ctrlKey: true }, false],
    ['not with Alt', 'Elsewhere', { altKey: true }, false],
    ['not while typing notes', 'Notes', {}, false],
  ])('%s', (_name, from, modifiers, jumps) => {
    render(<View />);
    const start = screen.getByRole(from === 'Notes' ? 'textbox' : 'button', { name: from });
    start.focus();
    const notCancelled = fireEvent.keyDown(start, { key: '/', ...modifiers });
    expect(document.activeElement).toBe(jumps ? screen.getByRole('textbox', { name: 'Search' }) : start);
    // A jump takes the "/" (it is not typed into the box); otherwise the key is left alone.
    expect(notCancelled).toBe(!jumps);
  });

  test('other keys leave the focus where it is', () => {
    render(<View />);
    const button = screen.getByRole('button', { name: 'Elsewhere' });
    button.focus();
    fireEvent.keyDown(button, { key: '?' });
    expect(document.activeElement).toBe(button);
  });
});
