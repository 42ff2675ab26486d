/**
 * lib/comments in the panel, loaded on demand: the comment scorer and its model weights (about 110 kB gzipped) are a
 * chunk of their own that loads with the first view that needs comment quality (a casting card whose creator has
 * comments, shortlist figures, a campaign's comment KPI), not with the panel. Panel code reaches lib/comments' code
 * only through here (its types and small tables, such as the reasons' wording, may be imported directly); the CLI,
 * the background and tests import it statically.
 */
import { useEffect, useState } from 'react';

export type CommentScorer = typeof import('../comments');

let loading: Promise<CommentScorer> | null = null;

/** The scorer, loaded once per panel; a failed load is asked again next time (a chunk can fail while updating). */
export function loadCommentScorer(): Promise<CommentScorer> {
  if (!loading) {
    loading = import('../comments').catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

export type CommentScorerState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; scorer: CommentScorer } | { status: 'error'; error: string };

let loaded: CommentScorer | null = null;

/** The scorer as React state: loaded when `needed` (and kept once loaded), idle otherwise. */
export function useCommentScorer(needed: boolean): CommentScorerState {
  const [state, setState] = useState<CommentScorerState>(() => (loaded ? { status: 'ready', scorer: loaded } : { status: 'idle' }));
  useEffect(() => {
    if (!needed || state.status === 'ready') return;
    let current = true;
    setState({ status: 'loading' });
    loadCommentScorer().then(
      (scorer) => {
        loaded = scorer;
        if (current) setState({ status: 'ready', scorer });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: `the comment scorer did not load: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
    return () => {
      current = false;
    };
    // Only a change of need starts a load; the state it sets is not a reason to start another.
  }, [needed]);
  if (state.status === 'ready') return state;
  return needed ? (state.status === 'idle' ? { status: 'loading' } : state) : { status: 'idle' };
}
