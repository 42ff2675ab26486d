/**
 * Comments from /api/comment/list/?aweme_id=… and replies from /api/comment/list/reply/ (TikTok-Api
 * `comment.py`; TikTokPy's Comment model): `comments[*].{cid, aweme_id, text, create_time, digg_count,
 * reply_comment_total, user.{unique_id, nickname}, is_author_digged, author_pin, label_list, reply_id,
 * reply_comment[*]}`.
 */
import type { CountSource } from '../../count';
import type { CommentReading } from '../../reading/reading';
import { type Json, asArray, asString, at } from '../json-path';
import type { CommentEntry } from './page-data';
import { isoFromSeconds } from './item-data';
import { statsCounts } from './tiktok-counts';
import { handleOfUser, sameHandle } from './user-data';

const COMMENT_STATS = { likes: ['digg_count'], replies: ['reply_comment_total'] } as const;

/** The post a comment belongs to. */
export function commentPostId(comment: Json): string | null {
  const id = at(comment, 'aweme_id');
  const text = typeof id === 'number' ? String(id) : asString(id);
  return text && /^\d{5,25}$/.test(text) ? text : null;
}

/** The comment is by the post's creator: its author is the creator, or TikTok labels it "Creator" (label type 1). */
function writtenByCreator(comment: Json, creator: string | null): boolean {
  if (sameHandle(handleOfUser(at(comment, 'user')), creator)) return true;
  return asArray(at(comment, 'label_list')).some((label) => at(label, 'type') === 1 || /creator|author/i.test(asString(at(label, 'text')) ?? ''));
}

/**
 * The visible comments of `postId` (others' comments, left from an earlier page, are skipped), replies included.
 * `creator` is the post's author, to tell the creator's own comments and replies.
 */
export function readComments(entries: readonly CommentEntry[], postId: string, creator: string | null): CommentReading[] {
  const byId = new Map<string, CommentReading>();
  const replies: { parent: string; byCreator: boolean }[] = [];
  for (const { comment, source } of entries) {
    if (commentPostId(comment) !== postId) continue;
    const reading = readComment(comment, postId, creator, source);
    if (!reading) continue;
    const key = reading.id ?? `${reading.author}\n${reading.text}`;
    if (byId.has(key)) continue; // newest response first: keep its counts
    byId.set(key, reading);
    const parent = asString(at(comment, 'reply_id'));
    if (parent && parent !== '0') replies.push({ parent, byCreator: Boolean(reading.byCreator) });
    for (const reply of asArray(at(comment, 'reply_comment'))) {
      if (writtenByCreator(reply, creator)) reading.creatorReplied = true;
    }
  }
  for (const reply of replies) {
    const parent = byId.get(reply.parent);
    if (parent && reply.byCreator) parent.creatorReplied = true;
  }
  return [...byId.values()];
}

function readComment(comment: Json, postId: string, creator: string | null, source: CountSource): CommentReading | null {
  const author = handleOfUser(at(comment, 'user'));
  const text = asString(at(comment, 'text'));
  if (!author || text === null) return null;
  const id = asString(at(comment, 'cid'));
  const reading: CommentReading = {
    ...(id ? { id } : {}),
    postId,
    author,
    authorName: asString(at(comment, 'user', 'nickname')),
    text,
    publishedAt: isoFromSeconds(at(comment, 'create_time')),
    ...statsCounts([comment], COMMENT_STATS, source),
    byCreator: writtenByCreator(comment, creator),
    // Hearted by the creator ("Liked by creator"); a reply by the creator sets it too (readComments).
    creatorReplied: at(comment, 'is_author_digged') === true,
  };
  return reading;
}
