/**
 * A creator's comments in a few figures: the share of each label (spam and scams apart from low effort, which is not
 * fraud), the sentiment mix, the creator's reply rate, duplicates, languages, accounts that comment on many of the
 * creator's posts (pods), and example comments per label with their reasons. The creator's own comments are scored
 * but left out of the shares.
 */
import type { LanguageCode } from './language';
import { COMMENT_LABELS, type CommentInput, type CommentLabel, type CommentReason, type CommentScore, type ScoreOptions, scoreComments } from './score';
import { SENTIMENTS, type Sentiment } from './sentiment-model';

/** An account is a pod candidate when it comments on at least this many of the creator's posts… */
export const POD_MIN_POSTS = 3;
/** …and on at least this share of the creator's posts that have comments read. */
export const POD_MIN_POST_SHARE = 0.5;
/** Example comments kept per label. */
export const EXAMPLES_PER_LABEL = 3;

export interface CommentExample {
  text: string;
  author: string | null;
  postKey: string | null;
  reasons: CommentReason[];
  spam: number;
}

export interface PodCandidate {
  author: string;
  authorName: string | null;
  /** Posts of the creator the account commented on, and its comments in all. */
  posts: number;
  comments: number;
}

export interface CommentSummary {
  creatorKey: string;
  /** Comments by others (the shares' denominator) and by the creator. */
  comments: number;
  creatorComments: number;
  /** Posts with at least one comment read. */
  posts: number;
  labelCounts: Record<CommentLabel, number>;
  /** 0–1 each, over `comments`; all zero when there are none. */
  labelShares: Record<CommentLabel, number>;
  sentimentCounts: Record<Sentiment, number>;
  sentimentShares: Record<Sentiment, number>;
  /** Share of others' comments the creator replied to; null without comments. */
  replyRate: number | null;
  duplicateComments: number;
  /** Languages of others' comments, most frequent first ("und" included). */
  languages: { language: LanguageCode; comments: number }[];
  pods: PodCandidate[];
  examples: Record<CommentLabel, CommentExample[]>;
}

function countsOf<Key extends string>(keys: readonly Key[], values: readonly Key[]): Record<Key, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
  for (const value of values) counts[value]++;
  return counts;
}

function sharesOf<Key extends string>(counts: Record<Key, number>, total: number): Record<Key, number> {
  return Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, total ? (count as number) / total : 0])) as Record<Key, number>;
}

const likesOf = (input: CommentInput) => (typeof input.likes === 'number' ? input.likes : (input.likes?.value ?? 0));

/**
 * Summarises the comments read on one creator's posts (pass them all: duplicates and pods are judged across them).
 * `scores` may be passed when the comments were scored already (same order).
 */
export function summarizeCreatorComments(
  comments: readonly CommentInput[],
  creator: { key: string },
  options: ScoreOptions & { scores?: readonly CommentScore[] },
): CommentSummary {
  const scores = options.scores ?? scoreComments(comments, options);
  if (scores.length !== comments.length) throw new Error(`comment summary of ${creator.key}: ${scores.length} scores for ${comments.length} comments`);
  const others = comments.map((comment, index) => ({ comment, score: scores[index]! })).filter(({ comment }) => !comment.byCreator);

  const labelCounts = countsOf(COMMENT_LABELS, others.map(({ score }) => score.label));
  const sentimentCounts = countsOf(SENTIMENTS, others.map(({ score }) => score.sentiment));
  const languageCounts = new Map<LanguageCode, number>();
  for (const { score } of others) languageCounts.set(score.language, (languageCounts.get(score.language) ?? 0) + 1);

  const postsWithComments = new Set(comments.map((comment) => comment.postKey).filter((key): key is string => Boolean(key)));
  const byAuthor = new Map<string, { authorName: string | null; posts: Set<string>; comments: number }>();
  for (const { comment } of others) {
    if (!comment.author || !comment.postKey) continue;
    const entry = byAuthor.get(comment.author) ?? { authorName: comment.authorName ?? null, posts: new Set<string>(), comments: 0 };
    entry.posts.add(comment.postKey);
    entry.comments++;
    byAuthor.set(comment.author, entry);
  }
  const podThreshold = Math.max(POD_MIN_POSTS, Math.ceil(POD_MIN_POST_SHARE * postsWithComments.size));
  const pods = [...byAuthor]
    .filter(([, entry]) => entry.posts.size >= podThreshold)
    .map(([author, entry]) => ({ author, authorName: entry.authorName, posts: entry.posts.size, comments: entry.comments }))
    .sort((a, b) => b.posts - a.posts || b.comments - a.comments || a.author.localeCompare(b.author));

  const examples = Object.fromEntries(
    COMMENT_LABELS.map((label) => {
      const ofLabel = others.filter(({ score }) => score.label === label);
      // Spam and scams: the surest first; the others: the most liked first.
      ofLabel.sort((a, b) => (label === 'spam' || label === 'scam' ? b.score.spam - a.score.spam : likesOf(b.comment) - likesOf(a.comment)));
      return [
        label,
        ofLabel.slice(0, EXAMPLES_PER_LABEL).map(({ comment, score }) => ({
          text: comment.text,
          author: comment.author ?? null,
          postKey: comment.postKey ?? null,
          reasons: score.reasons,
          spam: score.spam,
        })),
      ];
    }),
  ) as Record<CommentLabel, CommentExample[]>;

  return {
    creatorKey: creator.key,
    comments: others.length,
    creatorComments: comments.length - others.length,
    posts: postsWithComments.size,
    labelCounts,
    labelShares: sharesOf(labelCounts, others.length),
    sentimentCounts,
    sentimentShares: sharesOf(sentimentCounts, others.length),
    replyRate: others.length ? others.filter(({ comment }) => comment.creatorReplied).length / others.length : null,
    duplicateComments: others.filter(({ score }) => score.duplicate).length,
    languages: [...languageCounts].map(([language, count]) => ({ language, comments: count })).sort((a, b) => b.comments - a.comments || a.language.localeCompare(b.language)),
    pods,
    examples,
  };
}
