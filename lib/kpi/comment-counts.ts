/**
 * What the card can say about a creator's comments from the stored rows alone: how many were read, on how many
 * posts, how many the creator wrote, and how many the creator replied to. Labels (spam, scam, low effort,
 * substantive), sentiment, languages, reply rate and pods are lib/comments' (summarizeCreatorComments): the card
 * carries its summary beside these counts when the caller has one, and never guesses one.
 */
import type { CommentRow } from '../db/rows';

export interface CommentCounts {
  read: number;
  posts: number;
  byCreator: number;
  repliedToByCreator: number;
}

export function commentCounts(comments: readonly Pick<CommentRow, 'postKey' | 'byCreator' | 'creatorReplied'>[]): CommentCounts {
  return {
    read: comments.length,
    posts: new Set(comments.map((comment) => comment.postKey)).size,
    byCreator: comments.filter((comment) => comment.byCreator).length,
    repliedToByCreator: comments.filter((comment) => comment.creatorReplied).length,
  };
}
