/** The creator's size in plain words: the follower count as read, its precision, and the tier(s) it places them in. */
import type { TierBounds } from '../../lib/benchmarks/tiers';
import type { CastingCard } from '../../lib/kpi/casting-card';
import { RANGE_DASH } from '../../lib/panel/format';
import { usePanel } from '../../lib/panel/panel-context';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { TimeText } from '../TimeText';

export function TierLine({ card }: { card: CastingCard }) {
  const { format } = usePanel();
  const platform = PLATFORM_NAMES[card.creator.platform];
  const word = card.creator.platform === 'youtube' ? 'subscribers' : 'followers';
  const { followers, tier } = card;
  if (!followers || !tier) {
    return <p className="tier-line muted">No {word} count read yet, so no size tier and no benchmark: open the creator's profile.</p>;
  }
  const bounds = (bound: TierBounds) =>
    bound.max === null ? `${format.number(bound.min)} ${word} or more` : `${format.number(bound.min)}${RANGE_DASH}${format.number(bound.max - 1)} ${word}`;
  const count = followers.exact || followers.min === followers.max
    ? `${format.number(followers.value)} ${word}`
    : `about ${format.number(followers.value)} ${word} (the page shows “${followers.text.trim()}”, anywhere from ${format.number(followers.min)} to ${format.number(followers.max)})`;
  return (
    <div className="tier-line">
      <p>
        <strong>{platform} {card.creator.kind === 'company' ? 'brand account' : 'creator'}</strong> with {count}, read <TimeText at={followers.readAt} />.
      </p>
      <p>
        {tier.straddles ? (
          <>
            That count lies in two size tiers: {tier.bounds.map((bound) => `${bound.tier} (${bounds(bound)})`).join(' and ')}. The card compares with
            both.
          </>
        ) : (
          <>
            Size tier: <strong>{tier.tier}</strong> ({bounds(tier.bounds[0]!)}).
          </>
        )}
      </p>
    </div>
  );
}
