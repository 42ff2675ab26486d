/**
 * Sponsored vs organic: how the creator's paid posts engage compared with their own posts, in the chosen formula,
 * with the number of posts on each side (product.md: paid post performance = ER(sponsored) / ER(organic)).
 */
import { useId } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { RateBasis } from '../../lib/kpi/interaction-sets';
import { MIN_GROUP_POSTS } from '../../lib/kpi/objectives';
import { basisLabel, percentText, postsText, rateText } from '../../lib/panel/casting-words';
import { usePanel } from '../../lib/panel/panel-context';

export function SponsoredOrganic({ card, basis }: { card: CastingCard; basis: RateBasis }) {
  const { format } = usePanel();
  const locale = format.locale;
  const headingId = useId();
  const split = basis === 'views' ? card.sponsoredVsOrganic.byViews : card.sponsoredVsOrganic.byFollowers;
  const { sponsored, organic, ratio } = split;
  const few = sponsored.posts < MIN_GROUP_POSTS || organic.posts < MIN_GROUP_POSTS;
  return (
    <section className="sponsored-organic" aria-labelledby={headingId}>
      <h3 id={headingId}>Sponsored vs organic posts</h3>
      <dl className="split">
        <div>
          <dt>Sponsored (marked #ad, paid partnership…)</dt>
          <dd>{sponsored.median ? `${rateText(sponsored.median, locale)} over ${postsText(sponsored.posts, locale)}` : `no rate (${postsText(sponsored.posts, locale)})`}</dd>
        </div>
        <div>
          <dt>Organic</dt>
          <dd>{organic.median ? `${rateText(organic.median, locale)} over ${postsText(organic.posts, locale)}` : `no rate (${postsText(organic.posts, locale)})`}</dd>
        </div>
      </dl>
      {ratio ? (
        <p>
          Paid posts engage at <strong>{percentText(ratio.value, locale)}</strong> of the organic rate
          {ratio.exact || percentText(ratio.min, locale) === percentText(ratio.max, locale) ? '' : ` (between ${percentText(ratio.min, locale)} and ${percentText(ratio.max, locale)})`}
          {ratio.min > 1
            ? ': this audience engages more with the paid posts.'
            : ratio.max < 1
              ? ': this audience engages less with the paid posts.'
              : ': about the same, within what the rounded counts allow.'}
          {few ? ` With fewer than ${MIN_GROUP_POSTS} posts on a side this is only an indication.` : ''}
        </p>
      ) : (
        <p className="muted">Needs a rate for both sponsored and organic posts {basisLabel(basis, card.creator.platform)}.</p>
      )}
      {split.unknown ? <p className="muted">For {postsText(split.unknown, locale)} the page did not say whether it was sponsored; they are in neither group.</p> : null}
      <p className="muted">Over every post read, not only the last N: sponsored posts are few. The medians of each group are compared.</p>
    </section>
  );
}
