/**
 * The personal benchmark: where this creator ranks among every creator the user has looked at on the same platform
 * and in the same size tier, as a percentile with its range, and the creators it was ranked among (their ER).
 */
import { useId } from 'react';
import type { CreatorKpiRecord } from '../../lib/benchmarks/personal-benchmark';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { RateBasis } from '../../lib/kpi/interaction-sets';
import { basisLabel, percentileWords, rateText } from '../../lib/panel/casting-words';
import { usePanel } from '../../lib/panel/panel-context';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { Disclosure } from './Disclosure';

export function PersonalBenchmarkLine({
  card,
  basis,
  peers,
  loading,
}: {
  card: CastingCard;
  basis: RateBasis;
  peers: readonly CreatorKpiRecord[] | null;
  /** The other creators are still being read. */
  loading: boolean;
}) {
  const { format } = usePanel();
  const headingId = useId();
  const platform = card.creator.platform;
  const personal = basis === 'views' ? card.personalBenchmark?.byViews : card.personalBenchmark?.byFollowers;
  const tiers = card.tier?.tiers.join(' or ') ?? 'the same';
  const rateOf = (record: CreatorKpiRecord) => (basis === 'views' ? record.erByViews : record.erByFollowers);
  // Highest first: the list reads as the ranking the percentile places the creator in.
  const ranked = (peers ?? []).filter((record) => rateOf(record) !== null).sort((a, b) => rateOf(b)!.value - rateOf(a)!.value);
  const words = personal ? percentileWords(personal.percentile) : null;
  return (
    <section className="personal-benchmark" aria-labelledby={headingId}>
      <h3 id={headingId}>Compared with the creators you have looked at</h3>
      {loading ? (
        <p className="muted" aria-busy="true">
          Ranking among the creators you have looked at…
        </p>
      ) : personal && words ? (
        <>
          <p>
            <strong>{words.value}</strong>
            {words.range ? ` (${words.range})` : ''}: this creator's engagement {basisLabel(basis, platform)} is higher than about{' '}
            {format.number(Math.round(personal.percentile.value))} in 100 of the {format.number(personal.peers)} {PLATFORM_NAMES[platform]}{' '}
            {personal.tiers.join('/')} creators you have looked at.
          </p>
          {personal.fewPeers ? <p className="caveat">Only {format.number(personal.peers)} so far: a rough guide until you have looked at more.</p> : null}
          <Disclosure summary={<>The creators it was ranked among ({format.number(ranked.length)})</>}>
            {() => (
            <ul className="peer-list">
              {ranked.map((record) => (
                <li key={record.creatorKey}>
                  <code>{record.creatorKey}</code>: {rateText(rateOf(record)!, format.locale)}, {format.number(record.followers.value)}{' '}
                  {platform === 'youtube' ? 'subscribers' : 'followers'}
                </li>
              ))}
            </ul>
            )}
          </Disclosure>
        </>
      ) : (
        <p className="muted">
          No other {PLATFORM_NAMES[platform]} creator of the {tiers} tier with an engagement rate {basisLabel(basis, platform)} read yet: look at a
          few more creators of this size and this creator will be ranked among them.
        </p>
      )}
    </section>
  );
}
