/**
 * The casting card: what a brand manager needs to decide on a creator, in plain words, each number with the posts
 * and snapshots it came from. Its model is lib/kpi/casting-card.ts (through useCreatorCasting); the formula, the
 * benchmark and the filters the reader picks live in the casting store (lib/panel/casting-store.ts).
 */
import { useId } from 'react';
import { useCastingUi } from '../../lib/panel/casting-store';
import { type CreatorCasting, useCreatorCasting } from '../../lib/panel/use-creator-casting';
import { BenchmarkBands } from './BenchmarkBands';
import { BenchmarkEditor } from './BenchmarkEditor';
import { CommentQuality } from './CommentQuality';
import { EngagementSummary } from './EngagementSummary';
import { EvidenceTrail } from './EvidenceTrail';
import { FormulaSwitch } from './FormulaSwitch';
import { GrowthSection } from './GrowthSection';
import { HistoryCharts } from './HistoryCharts';
import { ObjectiveLines } from './ObjectiveLines';
import { PersonalBenchmarkLine } from './PersonalBenchmarkLine';
import { SponsoredOrganic } from './SponsoredOrganic';
import { TierLine } from './TierLine';

export interface CastingCardProps {
  creatorKey: string;
  /** The card's own heading, e.g. "Casting card" on a profile, "About the creator" on a post. */
  title?: string;
}

export function CastingCardView({ creatorKey, title = 'Casting card' }: CastingCardProps) {
  const casting = useCreatorCasting(creatorKey);
  const headingId = useId();
  return (
    <section className="casting-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <CastingBody casting={casting} />
    </section>
  );
}

function CastingBody({ casting }: { casting: CreatorCasting }) {
  const basis = useCastingUi((state) => state.basis);
  if (casting.status === 'loading') return <p className="muted" aria-busy="true">Working out the numbers…</p>;
  if (casting.status === 'missing') return <p className="muted">This creator has not been read yet: open their profile.</p>;
  const { card, rows, peers, peersLoading, benchmarks } = casting;
  return (
    <>
      <TierLine card={card} />
      <FormulaSwitch platform={card.creator.platform} />
      <EngagementSummary card={card} basis={basis} />
      <BenchmarkBands card={card} basis={basis} />
      <PersonalBenchmarkLine card={card} basis={basis} peers={peers} loading={peersLoading} />
      <CommentQuality card={card} rows={rows} />
      <SponsoredOrganic card={card} basis={basis} />
      <GrowthSection card={card} rows={rows} />
      <HistoryCharts rows={rows} />
      <ObjectiveLines card={card} />
      <EvidenceTrail card={card} rows={rows} basis={basis} />
      <BenchmarkEditor platform={card.creator.platform} benchmarks={benchmarks} />
    </>
  );
}
