/**
 * The labels lib/comments gives the tracked posts' comments (the creator's own left out), put on the campaign's data
 * for its substantive-comments KPI (campaign-progress.ts). lib/comments' scorer is given by the caller, not
 * imported: tests and the CLI import it, the panel loads it on demand (lib/panel/comment-scorer.ts) so that its model
 * weights are not part of the panel's start. Labels come from the text alone, so no language is detected.
 */
import type { CommentLabel, scoreComments } from '../comments';
import { UNDETERMINED } from '../comments/language';
import type { CommentRow } from '../db/rows';
import type { CampaignData } from './campaign-progress';

export type CommentScoring = typeof scoreComments;

/** Each comment row's label, scored once per row object (a live query's rows are reused across renders). */
const labelByRow = new WeakMap<CommentRow, CommentLabel>();

/** Others' comments on the tracked posts: what the comment KPI is about. */
export function othersComments(data: Pick<CampaignData, 'trackedPosts'>): CommentRow[] {
  return data.trackedPosts.flatMap((post) => (post.comments ?? []).filter((comment) => !comment.byCreator));
}

/** The data with `commentLabels` filled for every comment of others on its tracked posts. */
export function withCommentLabels(data: CampaignData, score: CommentScoring): CampaignData {
  const comments = othersComments(data);
  const unscored = comments.filter((comment) => !labelByRow.has(comment));
  if (unscored.length > 0) {
    const scores = score(unscored, { detectLanguage: () => UNDETERMINED });
    unscored.forEach((comment, index) => labelByRow.set(comment, scores[index]!.label));
  }
  return { ...data, commentLabels: new Map(comments.map((comment) => [comment.key, labelByRow.get(comment)!])) };
}
