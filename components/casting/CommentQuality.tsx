/**
 * What the audience says: the comments read on the creator's posts, scored in the panel by lib/comments (labels with
 * their reasons, sentiment, languages, duplicates, accounts that comment on most posts), as a breakdown a brand
 * manager reads without knowing the models: each share with the counts it came from, example comments per label
 * and why they got it. The creator's own comments are counted apart and left out of the shares.
 */
import { useId, useMemo } from 'react';
import type { CommentSummary } from '../../lib/comments';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { CastingRows } from '../../lib/panel/casting-queries';
import { usePostRows } from '../../lib/panel/use-post-rows';
import { postTitle } from '../../lib/panel/casting-evidence';
import { percentText, postsText } from '../../lib/panel/casting-words';
import { LABEL_ORDER, LABEL_WORDS, languagesText, reasonsText, sentimentMixText, shareText } from '../../lib/panel/comment-words';
import { usePanel } from '../../lib/panel/panel-context';
import { useCommentSummary } from '../../lib/panel/use-comment-summary';
import { PostLink } from './EngagementSummary';

export function CommentQuality({ card, rows }: { card: CastingCard; rows: CastingRows }) {
  const { format } = usePanel();
  const headingId = useId();
  const counts = card.comments;
  const state = useCommentSummary(card.creator.key, rows.comments);
  return (
    <section className="comment-quality" aria-labelledby={headingId}>
      <h3 id={headingId}>Comments</h3>
      {counts.read === 0 ? (
        <p className="muted">No comments read yet: open a few of the creator's posts with their comments showing.</p>
      ) : (
        <p>
          {format.number(counts.read)} {counts.read === 1 ? 'comment' : 'comments'} read on {postsText(counts.posts, format.locale)}; the creator
          wrote {format.number(counts.byCreator)} and replied to {format.number(counts.repliedToByCreator)}.
        </p>
      )}
      {state.status === 'scoring' ? (
        <p className="muted" aria-busy="true">
          Sorting the comments…
        </p>
      ) : state.status === 'error' ? (
        <p className="banner banner-warning" role="alert">
          The comments could not be sorted: {state.error}
        </p>
      ) : state.status === 'ready' ? (
        <CommentBreakdown summary={state.summary} rows={rows} />
      ) : null}
    </section>
  );
}

function CommentBreakdown({ summary, rows }: { summary: CommentSummary; rows: CastingRows }) {
  const { format } = usePanel();
  const locale = format.locale;
  // the examples' posts: their rows when the card read them, else read now (use-post-rows.ts)
  const exampleKeys = useMemo(
    () => LABEL_ORDER.flatMap((label) => summary.examples[label].flatMap((example) => (example.postKey ? [example.postKey] : []))),
    [summary],
  );
  const postsByKey = usePostRows(exampleKeys, rows.postRows);
  if (summary.comments === 0) {
    return <p className="muted">Only the creator's own comments were read: nothing to say about the audience yet.</p>;
  }
  return (
    <div className="comment-breakdown">
      <p className="muted">
        Sorted on this computer by Castlist's comment rules and models, over the {format.number(summary.comments)} comments by others (the
        creator's own are left out): a guide, not a verdict.
      </p>
      <ul className="comment-labels" aria-label="What the comments are">
        {LABEL_ORDER.map((label) => {
          const examples = summary.examples[label];
          return (
            <li key={label} data-label={label}>
              <span className="share-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(summary.labelShares[label] * 100)}%` }} />
              </span>
              <strong>{LABEL_WORDS[label].name}</strong>: {shareText(summary.labelCounts[label], summary.comments, locale)}{' '}
              <span className="muted">· {LABEL_WORDS[label].meaning}</span>
              {examples.length ? (
                <details className="comment-examples">
                  <summary>
                    {examples.length === 1 ? 'An example' : `${format.number(examples.length)} examples`}, and why
                  </summary>
                  <ul>
                    {examples.map((example, index) => {
                      const post = example.postKey ? postsByKey.get(example.postKey) : undefined;
                      return (
                        <li key={index} className="comment-example">
                          <q>{example.text}</q>{' '}
                          <span className="muted">
                            — {example.author ? `@${example.author}` : 'an account not shown'}
                            {post ? (
                              <>
                                {' '}
                                on <PostLink url={post.url} label={postTitle(post, 40)} />
                              </>
                            ) : null}
                          </span>
                          <br />
                          Why: {reasonsText(example.reasons)}
                          {label === 'spam' || label === 'scam' ? ` (spam likelihood ${percentText(example.spam, locale)})` : ''}.
                        </li>
                      );
                    })}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p>Tone: {sentimentMixText(summary, locale)}.</p>
      {summary.replyRate !== null ? (
        <p>
          The creator answered {shareText(Math.round(summary.replyRate * summary.comments), summary.comments, locale)} of the others' comments.
        </p>
      ) : null}
      {summary.duplicateComments ? (
        <p>
          {shareText(summary.duplicateComments, summary.comments, locale)} are copies: the same text from several accounts, or one account
          repeating it.
        </p>
      ) : null}
      <p>Languages: {languagesText(summary, locale)}.</p>
      {summary.pods.length ? (
        <div className="comment-pods">
          <p>
            Accounts that comment on most of the creator's posts (an engagement pod trades such comments; regular fans do the same, so look at
            what they write):
          </p>
          <ul>
            {summary.pods.map((pod) => (
              <li key={pod.author}>
                @{pod.author}
                {pod.authorName ? ` (${pod.authorName})` : ''}: {format.number(pod.comments)} comments on {format.number(pod.posts)} of the{' '}
                {format.number(summary.posts)} posts whose comments were read
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
