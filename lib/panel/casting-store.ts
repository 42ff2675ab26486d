/**
 * The casting card's UI state: which formula the card leads with (divide by followers or by views, which
 * interactions count, over how many posts), which benchmark and which tier its band chart draws, and the filters of
 * its lists. UI state only, in a zustand store like the navigation store: the KPIs themselves are computed from the
 * database (lib/kpi) every time, and nothing here is stored.
 *
 * The choices hold across creators on purpose: a brand manager who prefers "likes / views over 30 posts" keeps it
 * while going from one profile to the next. A benchmark or tier that does not exist for the next creator is simply
 * not found, and the card falls back to its best match (chosenComparison).
 */
import { create } from 'zustand';
import type { BenchmarkComparison } from '../benchmarks/compare-benchmark';
import { DEFAULT_WINDOW } from '../kpi/creator-engagement';
import { HOUSE_INTERACTIONS, type InteractionSet, type RateBasis } from '../kpi/interaction-sets';

/** The N a brand manager can pick: the house's 12, and the windows vendors use (market.md b2: 30-post windows). */
export const WINDOW_CHOICES = [6, DEFAULT_WINDOW, 24, 30, 50] as const;

/** Which posts the evidence trail lists. */
export const EVIDENCE_FILTERS = ['used', 'left-out', 'all'] as const;
export type EvidenceFilter = (typeof EVIDENCE_FILTERS)[number];

export interface CastingUiState {
  basis: RateBasis;
  interactions: InteractionSet;
  windowSize: number;
  /** The benchmark set the band chart draws; null: the best match for the creator. */
  benchmarkId: string | null;
  /** When the follower range straddles a tier boundary: the one tier to draw; null: every tier it touches. */
  tierName: string | null;
  /** The comment label whose examples are open; null: none. */
  commentLabel: string | null;
  evidenceFilter: EvidenceFilter;
  setBasis(basis: RateBasis): void;
  setInteractions(interactions: InteractionSet): void;
  setWindowSize(windowSize: number): void;
  chooseBenchmark(benchmarkId: string | null): void;
  chooseTier(tierName: string | null): void;
  showCommentLabel(label: string | null): void;
  setEvidenceFilter(filter: EvidenceFilter): void;
  reset(): void;
}

export const DEFAULT_CASTING_UI = {
  basis: 'followers',
  interactions: HOUSE_INTERACTIONS,
  windowSize: DEFAULT_WINDOW,
  benchmarkId: null,
  tierName: null,
  commentLabel: null,
  evidenceFilter: 'used',
} as const satisfies Partial<CastingUiState>;

export const useCastingUi = create<CastingUiState>()((set) => ({
  ...DEFAULT_CASTING_UI,
  setBasis: (basis) => set({ basis }),
  setInteractions: (interactions) => set({ interactions }),
  setWindowSize: (windowSize) => {
    if (!Number.isInteger(windowSize) || windowSize < 1) throw new Error(`casting card: N must be a whole number of posts ≥ 1, not ${windowSize}`);
    set({ windowSize });
  },
  // A new benchmark has its own tiers: the tier chosen for the old one does not carry over.
  chooseBenchmark: (benchmarkId) => set({ benchmarkId, tierName: null }),
  chooseTier: (tierName) => set({ tierName }),
  showCommentLabel: (commentLabel) => set({ commentLabel }),
  setEvidenceFilter: (evidenceFilter) => set({ evidenceFilter }),
  reset: () => set({ ...DEFAULT_CASTING_UI }),
}));

/**
 * The comparisons the band chart can draw for the chosen basis (a creator is compared only in a benchmark's own
 * formula, and the card shows those of the basis it leads with), and the one it draws: the chosen set when it is
 * among them, the best match otherwise (compareWithBenchmarks' order: same formula first, bands first, newest first).
 */
export function chosenComparison(
  comparisons: readonly BenchmarkComparison[],
  basis: RateBasis,
  benchmarkId: string | null,
): { candidates: BenchmarkComparison[]; chosen: BenchmarkComparison | null } {
  const candidates = comparisons.filter((comparison) => comparison.formula.basis === basis);
  const chosen = candidates.find((comparison) => comparison.setId === benchmarkId) ?? candidates[0] ?? null;
  return { candidates, chosen };
}
