/**
 * The formula switch: what the engagement rate divides by, which interactions it counts, and over how many posts.
 * Vendors disagree on all three (market.md b2), so the reader picks; the house formula is the default and says so.
 */
import { useId } from 'react';
import { INTERACTION_SETS, type InteractionSet, type RateBasis } from '../../lib/kpi/interaction-sets';
import { useCastingUi, WINDOW_CHOICES } from '../../lib/panel/casting-store';
import { basisLabel } from '../../lib/panel/casting-words';
import type { Platform } from '../../lib/reading/reading';

const INTERACTION_CHOICES: Record<InteractionSet, string> = {
  likes: 'Likes only',
  'likes+comments': 'Likes + comments',
  all: 'Likes + comments + shares + saves, where shown (house formula)',
};

export function FormulaSwitch({ platform }: { platform: Platform }) {
  const basis = useCastingUi((state) => state.basis);
  const interactions = useCastingUi((state) => state.interactions);
  const windowSize = useCastingUi((state) => state.windowSize);
  const setBasis = useCastingUi((state) => state.setBasis);
  const setInteractions = useCastingUi((state) => state.setInteractions);
  const setWindowSize = useCastingUi((state) => state.setWindowSize);
  const windowId = useId();
  const name = useId();
  return (
    <fieldset className="formula-switch">
      <legend>Formula</legend>
      <div className="switch-group" role="radiogroup" aria-label="Divide by">
        <span className="switch-label">Divide by</span>
        {(['followers', 'views'] as const satisfies readonly RateBasis[]).map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${name}-basis`} value={choice} checked={basis === choice} onChange={() => setBasis(choice)} />{' '}
            {basisLabel(choice, platform).replace(/^by /, '')}
          </label>
        ))}
      </div>
      <div className="switch-group" role="radiogroup" aria-label="Interactions counted">
        <span className="switch-label">Interactions counted</span>
        {INTERACTION_SETS.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`${name}-interactions`}
              value={choice}
              checked={interactions === choice}
              onChange={() => setInteractions(choice)}
            />{' '}
            {INTERACTION_CHOICES[choice]}
          </label>
        ))}
      </div>
      <div className="switch-group">
        <label htmlFor={windowId} className="switch-label">
          Posts (N)
        </label>{' '}
        <select id={windowId} value={windowSize} onChange={(event) => setWindowSize(Number(event.target.value))}>
          {WINDOW_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              the last {choice} posts
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
