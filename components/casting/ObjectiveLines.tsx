/**
 * One line per campaign objective (product.md: visibility, engagement, performance): which KPIs speak for or against
 * the creator, said with a word, never only with a colour. The rules are lib/kpi/objectives.ts'.
 */
import { useId } from 'react';
import type { CastingCard } from '../../lib/kpi/casting-card';
import type { Objective, Signal } from '../../lib/kpi/objectives';

const OBJECTIVE_WORDS: Record<Objective, { title: string; goal: string }> = {
  visibility: { title: 'Visibility', goal: 'reach as many people as possible (launches)' },
  engagement: { title: 'Engagement', goal: 'get the audience interested and talking (community, education)' },
  performance: { title: 'Performance', goal: 'drive clicks, sign-ups and sales' },
};

const STANCE_WORDS: Record<Signal['stance'], string> = { for: 'For', against: 'Against', neutral: 'Note' };

export function ObjectiveLines({ card }: { card: CastingCard }) {
  const headingId = useId();
  return (
    <section className="objectives" aria-labelledby={headingId}>
      <h3 id={headingId}>For your campaign's goal</h3>
      <dl>
        {card.objectives.map((line) => (
          <div key={line.objective} className="objective" data-objective={line.objective}>
            <dt>
              <strong>{OBJECTIVE_WORDS[line.objective].title}</strong> <span className="muted">— {OBJECTIVE_WORDS[line.objective].goal}</span>
            </dt>
            {line.signals.length === 0 ? <dd className="muted">Nothing read yet speaks to this goal.</dd> : null}
            {line.signals.map((signal) => (
              <dd key={signal.kpi} className={`signal stance-${signal.stance}`}>
                <span className="stance">{STANCE_WORDS[signal.stance]}:</span> {signal.text}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
