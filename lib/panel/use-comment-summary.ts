/**
 * A creator's comments scored and summarised in the panel (lib/comments: never in a content script), with the
 * panel's injected language detector. Scoring is asynchronous (the browser's detector answers by promise), so the
 * hook says when it is still at work; a result is used only for the comments it was worked out from, and the
 * comments are scored again only when what was read changes (a comment added or read again), not on every render.
 */
import { useEffect, useState } from 'react';
import type { CommentScore, CommentSummary } from '../comments';
import type { CommentRow } from '../db/rows';
import { loadCommentScorer } from './comment-scorer';
import { usePanel } from './panel-context';

export type CommentSummaryState =
  | { status: 'none' }
  | { status: 'scoring' }
  | { status: 'ready'; summary: CommentSummary; scores: readonly CommentScore[] }
  | { status: 'error'; error: string };

/** What the comments were when read: their number and the newest reading (a comment read again moves it). */
function commentsRead(creatorKey: string, comments: readonly CommentRow[]): string {
  let newest = 0;
  for (const comment of comments) if (comment.lastSeenAt > newest) newest = comment.lastSeenAt;
  return `${creatorKey}|${comments.length}|${newest}`;
}

export function useCommentSummary(creatorKey: string, comments: readonly CommentRow[]): CommentSummaryState {
  const { detectLanguage } = usePanel();
  const asked = commentsRead(creatorKey, comments);
  const [result, setResult] = useState<{ asked: string; state: CommentSummaryState } | null>(null);

  useEffect(() => {
    if (comments.length === 0) return;
    let current = true;
    // lib/comments and its model weights load with the first creator whose comments were read, not with the panel
    // (comment-scorer.ts): most pages the panel shows need no scoring.
    loadCommentScorer()
      .then(async ({ scoreCommentsAsync, summarizeCreatorComments, UNDETERMINED }) => {
        const scores = await scoreCommentsAsync(comments, { detectLanguage });
        // The scores are given: the summary does not detect languages again (its detector is never called).
        return { status: 'ready' as const, scores, summary: summarizeCreatorComments(comments, { key: creatorKey }, { detectLanguage: () => UNDETERMINED, scores }) };
      })
      .catch((error: unknown) => ({ status: 'error' as const, error: error instanceof Error ? error.message : String(error) }))
      .then((state) => {
        if (current) setResult({ asked, state });
      });
    return () => {
      current = false;
    };
    // `asked` stands for the comments: a new array with the same comments read is not a reason to score again.
  }, [asked, detectLanguage]);

  if (comments.length === 0) return { status: 'none' };
  return result?.asked === asked ? result.state : { status: 'scoring' };
}
