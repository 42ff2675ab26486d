/**
 * What the panel shows when a part of it throws while rendering (a live query's failed read, a chunk that did not
 * load): without a boundary React unmounts the whole root and the panel is left blank (Firefox's sidebar was, see
 * README: Firefox sidebar). The message names the part and the error, and "Try again" renders the part afresh.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PanelErrorBoundaryProps {
  /** What this boundary wraps, as the user knows it: "the panel", "the Shortlists view". */
  part: string;
  /** What the part shows (e.g. the page's URL): when it changes, a failed part is rendered afresh for the new one. */
  resetKey?: string | null;
  children: ReactNode;
}

interface PanelErrorBoundaryState {
  error: unknown;
  /** Bumped by "Try again": a new key mounts the children afresh (their hooks start their reads again). */
  attempt: number;
  resetKey: string | null;
}

export function describePanelError(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  override state: PanelErrorBoundaryState = { error: null, attempt: 0, resetKey: this.props.resetKey ?? null };

  static getDerivedStateFromProps(props: PanelErrorBoundaryProps, state: PanelErrorBoundaryState): Partial<PanelErrorBoundaryState> | null {
    const resetKey = props.resetKey ?? null;
    if (resetKey === state.resetKey) return null;
    return state.error === null ? { resetKey } : { resetKey, error: null, attempt: state.attempt + 1 };
  }

  static getDerivedStateFromError(error: unknown): Partial<PanelErrorBoundaryState> {
    // null is a legal throw; the boundary must still show that something failed.
    return { error: error ?? new Error('an unknown error (null was thrown)') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Caught errors are not reported by the browser: the console keeps them for whoever investigates.
    console.error(`Castlist: ${this.props.part} failed:`, error, info.componentStack);
  }

  private readonly retry = () => this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (error !== null) {
      return (
        <div className="panel-error" role="alert">
          <p>
            Castlist: {this.props.part} failed: {describePanelError(error)}
          </p>
          <button type="button" onClick={this.retry}>
            Try again
          </button>
        </div>
      );
    }
    return <PanelErrorBoundaryAttempt key={attempt}>{this.props.children}</PanelErrorBoundaryAttempt>;
  }
}

/** A keyed wrapper: a new attempt is a new element, so everything below it mounts again. */
function PanelErrorBoundaryAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
