/**
 * The benchmark band on the page's badges (issue 9 §5), worked out in the background so that benchmark data and KPI
 * code never enter a content script. A creator's band is the one the casting card shows first: the creator's ER by
 * followers in the formula of the first benchmark by followers the card lists (the same castingCard model, the
 * shipped benchmarks merged with the user's edits from the settings table), and its verdict in words
 * (lib/benchmarks/band-words.ts): "ER 8.8% · above median", shown beside the badge. Colour is never the only
 * carrier: the word is in the text, the tone only colours it.
 */
import Dexie from 'dexie';
import { BENCHMARK_EDITS_KEY, NO_BENCHMARK_EDITS, mergeBenchmarks } from '../benchmarks/benchmark-edits';
import { type BandTone, type BandVerdict, comparisonVerdict } from '../benchmarks/band-words';
import type { BenchmarkComparison } from '../benchmarks/compare-benchmark';
import { BENCHMARK_DATA } from '../benchmarks/shipped-benchmarks';
import type { BadgeModel } from '../badges/badge-model';
import type { ReadingBadges } from '../badges/reading-badges';
import type { CastlistDatabase } from '../db/castlist-db';
import { readSetting } from '../db/settings';
import { castingCard } from '../kpi/casting-card';
import { formatPercent } from '../kpi/format-percent';
import { entityKeyOf } from '../reading/keys';
import { describeQuery } from '../benchmarks/compare-benchmark';

/** The badge's colour for each tone: white text on each passes WCAG AA (4.5:1), like the badge's own colours. */
export const TONE_COLOURS: Record<BandTone, string> = { high: '#1a7f37', typical: '#475467', low: '#b42318', unclear: '#7a4f00' };

export interface CreatorBand {
  creatorKey: string;
  comparison: BenchmarkComparison;
  verdict: BandVerdict;
}

/** The first comparison by followers, as the card picks it before the reader chooses (chosenComparison). */
function cardDefault(comparisons: readonly BenchmarkComparison[]): BenchmarkComparison | null {
  return comparisons.find((comparison) => comparison.formula.basis === 'followers') ?? null;
}

/** The bands of these creators, by creator key; a creator without stored followers, posts or a comparable benchmark has none. */
export async function creatorBands(db: CastlistDatabase, creatorKeys: readonly string[], now: number): Promise<Map<string, CreatorBand>> {
  const bands = new Map<string, CreatorBand>();
  if (creatorKeys.length === 0) return bands;
  const edits = (await readSetting(db, BENCHMARK_EDITS_KEY)) ?? NO_BENCHMARK_EDITS;
  const benchmarks = mergeBenchmarks(BENCHMARK_DATA, edits).sets;
  await db.transaction('r', [db.creators, db.posts, db.snapshots], async () => {
    const creators = await db.creators.bulkGet([...creatorKeys]);
    await Promise.all(
      creators.map(async (creator) => {
        if (!creator?.latest.followers) return;
        const entity = entityKeyOf('creator', creator.key);
        const [posts, creatorSnapshots] = await Promise.all([
          db.posts.where('creatorKey').equals(creator.key).toArray(),
          db.snapshots.where('[entityKey+readAt]').between([entity, Dexie.minKey], [entity, Dexie.maxKey]).toArray(),
        ]);
        if (posts.length === 0) return;
        const card = castingCard({ creator, posts, creatorSnapshots, postSnapshots: [], comments: [], benchmarks, now });
        const comparison = cardDefault(card.benchmarks.comparisons);
        if (!comparison) return;
        const verdict = comparisonVerdict(comparison);
        if (verdict.word === 'no position') return;
        bands.set(creator.key, { creatorKey: creator.key, comparison, verdict });
      }),
    );
  });
  return bands;
}

/** "Influencer Hero, 2024: median of (likes + comments + shares + saves) by followers over all posts; micro tier". */
function bandSource(band: CreatorBand): string {
  const { comparison } = band;
  const year = comparison.source.year === null ? 'year not stated' : String(comparison.source.year);
  const tiers = comparison.tiers.map((tier) => tier.name).join(' and ');
  const partly = comparison.match === 'formula-partly-unstated' ? ` (the source does not state its ${comparison.unstated.join(' or ')})` : '';
  return `${comparison.source.name}, ${year}: ${describeQuery(comparison.creator.query)}${partly}; ${tiers} tier`;
}

/**
 * The band beside a badge: the creator's own badge says the rate and the word ("ER 8.8% · above median"); a post's
 * badge says whose band it is ("creator: above median"), since the post's own rate is in the badge itself.
 */
export function withBand(model: BadgeModel, band: CreatorBand, whose: 'own' | 'creator', locale?: string): BadgeModel {
  const rate = formatPercent(band.comparison.creator.rate, locale);
  const posts = band.comparison.creator.posts;
  const text = whose === 'own' ? `ER ${rate} · ${band.verdict.word}` : `creator: ${band.verdict.word}`;
  const title = `Castlist · ${whose === 'own' ? 'engagement' : "the creator's engagement"} rate ${rate} over ${posts} ${posts === 1 ? 'post' : 'posts'} is ${band.verdict.word} for ${bandSource(band)}`;
  return { ...model, band: { text, title, tone: band.verdict.tone, colour: TONE_COLOURS[band.verdict.tone] } };
}

/** The reading's badges with the bands of the creators they belong to (`creatorOf` names a badge's creator, or null). */
export function badgesWithBands(
  badges: ReadingBadges,
  bands: ReadonlyMap<string, CreatorBand>,
  creatorOf: (badgeKey: string, model: BadgeModel) => string | null,
  locale?: string,
): ReadingBadges {
  const banded: ReadingBadges = {};
  for (const [key, model] of Object.entries(badges)) {
    const creatorKey = creatorOf(key, model);
    const band = creatorKey ? bands.get(creatorKey) : undefined;
    banded[key] = band ? withBand(model, band, model.kind === 'creator' ? 'own' : 'creator', locale) : model;
  }
  return banded;
}
