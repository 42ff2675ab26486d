/**
 * The replies of a TweetDetail response as comments. The response lists the post's ancestors, the post itself
 * ("focal"), then conversation modules of replies, then "Discover more" posts from other conversations; only the
 * replies after the focal post, in its conversation, are comments. A reply by the post's author is `byCreator`;
 * someone else's reply that the author answered (in_reply_to_status_id_str) is `creatorReplied`.
 */
import type { CommentReading } from '../../reading/reading';
import { asString } from '../json-path';
import { type TimelineTweet, readTweet, tweetField, tweetIdOf } from './tweet-data';
import { sameHandle } from './user-data';

export function readConversationComments(focalId: string, listed: readonly TimelineTweet[]): CommentReading[] {
  const focalIndex = listed.findIndex((item) => tweetIdOf(item.tweet) === focalId);
  if (focalIndex < 0) return [];
  const focal = listed[focalIndex]!.tweet;
  const conversation = asString(tweetField(focal, 'conversation_id_str'));
  const creator = readTweet(focal, 'network')?.author?.handle ?? null;

  const replies = listed.slice(focalIndex + 1).flatMap(({ tweet }) => {
    const sameConversation = !conversation || asString(tweetField(tweet, 'conversation_id_str')) === conversation;
    const parts = sameConversation ? readTweet(tweet, 'network') : null;
    return parts?.author?.handle ? [{ tweet, parts, handle: parts.author.handle }] : [];
  });
  const answeredByCreator = new Set(
    replies.filter((reply) => sameHandle(reply.handle, creator)).map((reply) => asString(tweetField(reply.tweet, 'in_reply_to_status_id_str'))),
  );
  const seen = new Set<string>();
  return replies.flatMap(({ parts, handle }) => {
    const { post } = parts;
    if (seen.has(post.id)) return [];
    seen.add(post.id);
    const comment: CommentReading = {
      id: post.id,
      postId: focalId,
      author: handle,
      authorName: parts.author?.name ?? null,
      text: post.caption ?? '',
      publishedAt: post.publishedAt ?? null,
      byCreator: sameHandle(handle, creator),
      // The author continuing their own thread is not a reply to the audience.
      creatorReplied: !sameHandle(handle, creator) && answeredByCreator.has(post.id),
    };
    if (post.metrics.likes) comment.likes = post.metrics.likes;
    if (post.metrics.comments) comment.replies = post.metrics.comments;
    return [comment];
  });
}
