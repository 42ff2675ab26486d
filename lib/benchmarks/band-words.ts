/**
 * Where a creator sits against a benchmark, in the words a brand manager reads on the card and on the page badge:
 * "good", "average to good", "above median", "below average". A word always comes with a tone (low, typical, high,
 * unclear) that the card and the badge draw as a colour: colour is never the only carrier of the meaning.
 *
 *   bands     the band(s) the creator's range touches: "below average", "average", "good"; two or more touched:
 *             "average to good" (the range is too wide to say which); above every band: "above average" when the
 *             highest band is "average", "above the good band" when it is "good" (far above a source's good range is
 *             as often a sign of bought engagement: its tone stays unclear); below every band: "below the lowest band"
 *   typical   a source's single figure: "above median", "below median", "at median" when the range holds it ("mean"
 *             says "average"; a source that does not state its statistic says "typical")
 *   tiers     a follower range that straddles a tier boundary is placed in each tier it touches; when the tiers
 *             disagree, both words are given with their tier: "good (micro) / average (mid)"
 */
import type { BenchmarkComparison, TierPosition } from './compare-benchmark';
import type { BandLabel, BenchmarkFormula } from './benchmark-schema';

export type BandTone = 'low' | 'typical' | 'high' | 'unclear';

export interface BandVerdict {
  word: string;
  tone: BandTone;
}

const BAND_WORDS: Record<BandLabel, BandVerdict> = {
  below: { word: 'below average', tone: 'low' },
  average: { word: 'average', tone: 'typical' },
  good: { word: 'good', tone: 'high' },
};

const BAND_ORDER: readonly BandLabel[] = ['below', 'average', 'good'];

/** What a source's single figure is called: its median, its mean ("average"), or "typical" when it does not say. */
export function statisticWord(statistic: BenchmarkFormula['statistic']): string {
  return statistic === 'median' ? 'median' : statistic === 'mean' ? 'average' : 'typical';
}

function highestBand(position: TierPosition): BandLabel | undefined {
  return position.bands.find((band) => band.max === null)?.label ?? position.bands.at(-1)?.label;
}

/** The verdict in one tier of a benchmark. */
export function tierVerdict(position: TierPosition, statistic: BenchmarkFormula['statistic']): BandVerdict {
  if (position.bandsTouched.length === 1) return BAND_WORDS[position.bandsTouched[0]!];
  if (position.bandsTouched.length > 1) {
    const touched = BAND_ORDER.filter((label) => position.bandsTouched.includes(label));
    return { word: `${BAND_WORDS[touched[0]!].word} to ${BAND_WORDS[touched.at(-1)!].word}`, tone: 'unclear' };
  }
  if (position.outsideBands === 'above') {
    const highest = highestBand(position);
    if (highest === 'average') return { word: 'above average', tone: 'high' };
    return { word: highest === 'good' ? 'above the good band' : 'above every band', tone: 'unclear' };
  }
  if (position.outsideBands === 'below') return { word: 'below the lowest band', tone: 'low' };
  const figure = statisticWord(statistic);
  if (position.versusTypical === 'above') return { word: `above ${figure}`, tone: 'high' };
  if (position.versusTypical === 'below') return { word: `below ${figure}`, tone: 'low' };
  if (position.versusTypical === 'straddles') return { word: `at ${figure}`, tone: 'typical' };
  return { word: 'no position', tone: 'unclear' };
}

/** The verdict of a comparison over every tier it places the creator in (one, or two when the range straddles). */
export function comparisonVerdict(comparison: Pick<BenchmarkComparison, 'tiers' | 'formula'>): BandVerdict {
  const verdicts = comparison.tiers.map((position) => ({ position, verdict: tierVerdict(position, comparison.formula.statistic) }));
  const words = new Set(verdicts.map(({ verdict }) => verdict.word));
  if (verdicts.length === 0) return { word: 'no position', tone: 'unclear' };
  if (words.size === 1) return verdicts[0]!.verdict;
  return {
    word: verdicts.map(({ position, verdict }) => `${verdict.word} (${position.name})`).join(' / '),
    tone: 'unclear',
  };
}
