/**
 * A part of the panel that throws while rendering is shown as failed, by name and error, with "Try again"; the rest
 * of the panel stays. Without the boundary React unmounts the whole root: Firefox's sidebar was left blank by a
 * live query's PrematureCommitError (README: Firefox sidebar).
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary, describePanelError } from '../../components/PanelErrorBoundary';

/** Throws while `failing.now` is true, as a live query's failed read does in useLiveQuery. */
const failing = { now: true };
function FlakyPart({ label }: { label: string }) {
  if (failing.now) throw Object.assign(new Error('Transaction committed too early'), { name: 'PrematureCommitError' });
  return <p>{label} is shown</p>;
}

beforeEach(() => {
  failing.now = true;
  // React and the boundary report a caught error on the console; the test looks at what the panel shows.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('PanelErrorBoundary', () => {
  it('names the part and the error instead of leaving the panel blank; siblings stay', () => {
    render(
      <>
        <nav>tabs</nav>
        <PanelErrorBoundary part="the This page view">
          <FlakyPart label="the creator" />
        </PanelErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Castlist: the This page view failed: PrematureCommitError: Transaction committed too early');
    expect(screen.getByText('tabs')).toBeTruthy();
    expect(console.error).toHaveBeenCalledWith('Castlist: the This page view failed:', expect.any(Error), expect.any(String));
  });

  it('"Try again" renders the part afresh', () => {
    render(
      <PanelErrorBoundary part="the panel">
        <FlakyPart label="the creator" />
      </PanelErrorBoundary>,
    );
    failing.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('the creator is shown')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a new resetKey (the tab moved to another page) renders a failed part afresh; the same key keeps the error', () => {
    const view = render(
      <PanelErrorBoundary part="the This page view" resetKey="https://www.youtube.com/@a">
        <FlakyPart label="creator a" />
      </PanelErrorBoundary>,
    );
    failing.now = false;
    view.rerender(
      <PanelErrorBoundary part="the This page view" resetKey="https://www.youtube.com/@a">
        <FlakyPart label="creator a" />
      </PanelErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    view.rerender(
      <PanelErrorBoundary part="the This page view" resetKey="https://www.youtube.com/@b">
        <FlakyPart label="creator b" />
      </PanelErrorBoundary>,
    );
    expect(screen.getByText('creator b is shown')).toBeTruthy();
  });

  it.each([
    [new TypeError('error loading dynamically imported module: moz-extension://x/chunks/a.js'), 'TypeError: error loading dynamically imported module: moz-extension://x/chunks/a.js'],
    [Object.assign(new Error(''), { name: 'PrematureCommitError' }), 'PrematureCommitError'],
    ['a string', 'a string'],
    [undefined, 'undefined'],
  ])('describes %s as %s', (error, text) => {
    expect(describePanelError(error)).toBe(text);
  });
});
