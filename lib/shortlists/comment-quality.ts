/**
 * The comment quality of a shortlist's figures: lib/comments' label shares over the comments read on the creator's
 * posts (others' comments; the creator's own are left out by the summary). Labels come from the text alone, so no
 * language is detected here: the figures show no languages.
 *
 * lib/comments' summarizer is given by the caller, not imported: the background and the CLI import it, the panel
 * loads it on demand (lib/panel/comment-scorer.ts), so that its model weights are not part of the panel's start.
 */
import type { summarizeCreatorComments } from '../comments';
import { UNDETERMINED } from '../comments/language';
import type { CommentRow } from '../db/rows';
import { type CommentLabelShares, type CommentQuality, commentQualityOf } from './shortlist-kpis';

/** lib/comments' summarizeCreatorComments, or a stand-in that has no summary (null) when it is not loaded. */
export type CommentSummarizer = (...args: Parameters<typeof summarizeCreatorComments>) => CommentLabelShares | null;

export function commentQualityOfRows(creatorKey: string, comments: readonly CommentRow[], summarize: CommentSummarizer): CommentQuality | null {
  if (comments.length === 0) return null;
  return commentQualityOf(summarize(comments, { key: creatorKey }, { detectLanguage: () => UNDETERMINED }));
}
