/**
 * The comment quality of a shortlist's figures: lib/comments' label shares over the comments read on the creator's
 * posts (others' comments; the creator's own are left out by the summary). Labels come from the text alone, so no
 * language is detected here: the figures show no languages.
 */
import { summarizeCreatorComments, UNDETERMINED } from '../comments';
import type { CommentRow } from '../db/rows';
import { type CommentQuality, commentQualityOf } from './shortlist-kpis';

export function commentQualityOfRows(creatorKey: string, comments: readonly CommentRow[]): CommentQuality | null {
  if (comments.length === 0) return null;
  return commentQualityOf(summarizeCreatorComments(comments, { key: creatorKey }, { detectLanguage: () => UNDETERMINED }));
}
