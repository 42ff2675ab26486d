/**
 * The database key of a comment: the platform's comment id when the page gives one, otherwise a hash of who wrote
 * what, so that the same comment read on two visits is one row.
 */
import type { CommentReading } from '../reading/reading';
import { stableHash } from './stable-hash';

/**
 * `occurrence` tells apart identical comments without ids on one post (one account posting the same text twice is
 * what comment quality calls a duplicate, so both must be kept): the second one read gets ":2", and so on. A re-read
 * lists them in the same order, so the keys stay stable.
 */
export function commentKeyOf(
  postKey: string,
  comment: Pick<CommentReading, 'id' | 'author' | 'text'>,
  occurrence = 1,
): string {
  if (comment.id) return `${postKey}:${comment.id}`;
  // Handles are case-insensitive and re-rendered text can differ in whitespace only: neither makes a new comment.
  const author = comment.author.replace(/^@/, '').trim().toLowerCase();
  const text = comment.text.replace(/\s+/g, ' ').trim();
  const key = `${postKey}:hash:${stableHash(`${author}\n${text}`)}`;
  return occurrence > 1 ? `${key}:${occurrence}` : key;
}
