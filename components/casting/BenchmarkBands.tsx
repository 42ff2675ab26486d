/**
 * Where the creator sits in published benchmark bands. Only benchmarks of the basis the card leads with are offered
 * (a creator is compared only in a benchmark's own formula); the reader picks the source, and, when the follower
 * count straddles a tier boundary, one tier or both. Benchmarks that cannot be compared say why.
 */
import { useId } from 'react';
import type { RateBasis } from '../../lib/kpi/interaction-sets';
import type { CastingCard } from '../../lib/kpi/casting-card';
import { chosenComparison, useCastingUi } from '../../lib/panel/casting-store';
import { basisLabel } from '../../lib/panel/casting-words';
import { PLATFORM_NAMES } from '../../lib/reading/reading';
import { BandChart } from './BandChart';

export function BenchmarkBands({ card, basis }: { card: CastingCard; basis: RateBasis }) {
  const headingId = useId();
  const selectId = useId();
  const benchmarkId = useCastingUi((state) => state.benchmarkId);
  const tierName = useCastingUi((state) => state.tierName);
  const chooseBenchmark = useCastingUi((state) => state.chooseBenchmark);
  const chooseTier = useCastingUi((state) => state.chooseTier);
  const platform = card.creator.platform;
  const { candidates, chosen } = chosenComparison(card.benchmarks.comparisons, basis, benchmarkId);
  const otherBasis = card.benchmarks.comparisons.length - candidates.length;
  const tiers = chosen ? chosen.tiers.filter((tier) => tierName === null || tier.name === tierName) : [];
  const drawn = tiers.length ? tiers : (chosen?.tiers ?? []);

  return (
    <section className="benchmarks" aria-labelledby={headingId}>
      <h3 id={headingId}>Compared with published benchmarks</h3>
      {chosen ? (
        <>
          {candidates.length > 1 ? (
            <p>
              <label htmlFor={selectId}>Benchmark</label>{' '}
              <select id={selectId} value={chosen.setId} onChange={(event) => chooseBenchmark(event.target.value)}>
                {candidates.map((comparison) => (
                  <option key={comparison.setId} value={comparison.setId}>
                    {comparison.source.name}
                    {comparison.source.year !== null ? ` (${comparison.source.year})` : ''}
                    {comparison.match === 'same-formula' ? '' : ' — formula partly unstated'}
                  </option>
                ))}
              </select>
            </p>
          ) : null}
          {chosen.tiers.length > 1 ? (
            <p className="tier-choice" role="group" aria-label="Tier to compare with">
              The follower count straddles {chosen.tiers.map((tier) => tier.name).join(' and ')}: compare with{' '}
              {[null, ...chosen.tiers.map((tier) => tier.name)].map((name) => (
                <button key={name ?? 'all'} type="button" aria-pressed={tierName === name} onClick={() => chooseTier(name)}>
                  {name ?? 'both'}
                </button>
              ))}
            </p>
          ) : null}
          <BandChart comparison={chosen} tiers={drawn} />
        </>
      ) : (
        <p className="muted">
          No published benchmark for {PLATFORM_NAMES[platform]} measures engagement {basisLabel(basis, platform)} for a creator of this size
          {otherBasis ? ` (${otherBasis} ${otherBasis === 1 ? 'does' : 'do'} ${basisLabel(basis === 'views' ? 'followers' : 'views', platform)}: switch the formula above)` : ''}.
        </p>
      )}
      {card.benchmarks.notComparable.length ? (
        <details>
          <summary>Benchmarks not used ({card.benchmarks.notComparable.length})</summary>
          <ul>
            {card.benchmarks.notComparable.map((entry) => (
              <li key={entry.setId}>
                <code>{entry.setId}</code>: {entry.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
