/** What the audience says: the comments read on the creator's posts, and how many the creator answered. */
import { useId } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { CastingRows } from '../../lib/panel/casting-queries';
import { postsText } from '../../lib/panel/casting-words';
import { usePanel } from '../../lib/panel/panel-context';

export function CommentQuality({ card }: { card: CastingCard; rows: CastingRows }) {
  const { format } = usePanel();
  const headingId = useId();
  const counts = card.comments;
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
    </section>
  );
}
