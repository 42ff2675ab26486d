/**
 * One benchmark's bands, drawn: per tier the source's bands (below average / average / good) or its single typical
 * figure, the creator's range as a bar and their rate as a point, all on one percentage axis. The chart is an SVG
 * image with a title and description; the same facts are written out beside it (band ranges, where the creator sits,
 * source, year and formula), so nothing is told by colour or by the drawing alone.
 */
import { useId } from 'react';
import { comparisonVerdict, statisticWord, tierVerdict } from '../../lib/benchmarks/band-words';
import type { BenchmarkBand } from '../../lib/benchmarks/benchmark-schema';
import type { BenchmarkComparison, TierPosition } from '../../lib/benchmarks/compare-benchmark';
import { benchmarkFormulaWords, creatorQueryWords, percentText, rateText } from '../../lib/panel/casting-words';
import { usePanel } from '../../lib/panel/panel-context';
import { RANGE_DASH } from '../../lib/panel/format';

const WIDTH = 320;
const PAD = 12;
const ROW = 26;
const LABEL = 14;
const AXIS = 22;

const BAND_NAMES: Record<BenchmarkBand['label'], string> = { below: 'Below average', average: 'Average', good: 'Good' };

/** A round top for the axis: the largest figure drawn, plus room, rounded up to a step of 1, 2 or 5. */
export function axisTop(values: readonly number[]): number {
  const largest = Math.max(0.001, ...values.filter((value) => Number.isFinite(value)));
  const target = largest * 1.15;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= target) ?? 10 * magnitude;
  return step;
}

export function bandRangeWords(band: Pick<BenchmarkBand, 'min' | 'max'>, locale: string): string {
  if (band.min === null && band.max === null) return 'any rate';
  if (band.min === null) return `under ${percentText(band.max!, locale)}`;
  if (band.max === null) return `${percentText(band.min, locale)} or more`;
  return `${percentText(band.min, locale)}${RANGE_DASH}${percentText(band.max, locale)}`;
}

export function BandChart({ comparison, tiers }: { comparison: BenchmarkComparison; tiers: readonly TierPosition[] }) {
  const { format } = usePanel();
  const locale = format.locale;
  const titleId = useId();
  const descId = useId();
  const rate = comparison.creator.rate;
  const figure = statisticWord(comparison.formula.statistic);
  const top = axisTop([
    rate.max,
    ...tiers.flatMap((tier) => [tier.typical ?? 0, ...tier.bands.flatMap((band) => [band.min ?? 0, band.max ?? 0])]),
  ]);
  const x = (value: number) => PAD + (Math.min(Math.max(value, 0), top) / top) * (WIDTH - 2 * PAD);
  const rowTop = (index: number) => index * (ROW + LABEL) + LABEL;
  const height = tiers.length * (ROW + LABEL) + AXIS;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top);
  const verdict = comparisonVerdict({ tiers: [...tiers], formula: comparison.formula });
  const audience = comparison.platform === 'youtube' ? 'subscribers' : 'followers';
  const rateSaid = rateText(rate, locale);
  const description = tiers
    .map((tier) => {
      const bands = tier.bands.map((band) => `${BAND_NAMES[band.label]} ${bandRangeWords(band, locale)}`).join('; ');
      const typical = tier.typical !== null ? `${figure} ${percentText(tier.typical, locale)}` : '';
      return `${tier.name}: ${[bands, typical].filter(Boolean).join('; ')}. This creator: ${tierVerdict(tier, comparison.formula.statistic).word}.`;
    })
    .join(' ');

  return (
    <figure className="band-chart" data-set={comparison.setId}>
      <p className={`band-verdict tone-${verdict.tone}`}>
        This creator: <strong>{rateSaid}</strong> · <strong className="band-word">{verdict.word}</strong>
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{`Engagement-rate bands of ${comparison.source.name}, with this creator's ${rateSaid}`}</title>
        <desc id={descId}>{description}</desc>
        {tiers.map((tier, index) => {
          const y = rowTop(index);
          return (
            <g key={tier.name} className="band-row">
              <text x={PAD} y={y - 3} className="band-tier-name">
                {tier.name} ({tier.followers.max === null ? `${format.number(tier.followers.min)}+` : `${format.number(tier.followers.min)}${RANGE_DASH}${format.number(tier.followers.max - 1)}`} {audience})
              </text>
              <rect x={PAD} y={y} width={WIDTH - 2 * PAD} height={ROW} className="band-track" />
              {tier.bands.map((band) => {
                const from = x(band.min ?? 0);
                const to = x(band.max ?? top);
                return (
                  <g key={band.label}>
                    <rect x={from} y={y} width={Math.max(1, to - from)} height={ROW} className={`band band-${band.label}`} />
                    {to - from > 44 ? (
                      <text x={(from + to) / 2} y={y + ROW - 6} textAnchor="middle" className="band-label">
                        {BAND_NAMES[band.label].toLowerCase()}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {tier.typical !== null ? (
                <g>
                  <line x1={x(tier.typical)} x2={x(tier.typical)} y1={y - 2} y2={y + ROW + 2} className="band-typical" />
                  <text x={x(tier.typical) + 3} y={y + 10} className="band-label">
                    {figure} {percentText(tier.typical, locale)}
                  </text>
                </g>
              ) : null}
              <rect x={x(rate.min)} y={y + ROW / 2 - 4} width={Math.max(2, x(rate.max) - x(rate.min))} height={8} className="creator-range" />
              <circle cx={x(rate.value)} cy={y + ROW / 2} r={5} className="creator-point" />
            </g>
          );
        })}
        <g className="band-axis">
          {ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={height - 6} textAnchor={tick === 0 ? 'start' : tick === top ? 'end' : 'middle'}>
              {percentText(tick, locale)}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="band-legend">
          {tiers.map((tier) => (
            <li key={tier.name}>
              <strong>{tier.name}</strong>:{' '}
              {tier.bands.map((band) => `${BAND_NAMES[band.label].toLowerCase()} ${bandRangeWords(band, locale)}`).join(', ')}
              {tier.bands.length && tier.typical !== null ? '; ' : ''}
              {tier.typical !== null ? `${figure} ${percentText(tier.typical, locale)}` : ''}
              {tiers.length > 1 ? ` — this creator: ${tierVerdict(tier, comparison.formula.statistic).word}` : ''}
            </li>
          ))}
          <li>
            <span className="legend-point" aria-hidden="true" /> this creator's rate, <span className="legend-range" aria-hidden="true" /> the range
            it may lie in
          </li>
        </ul>
        <p className="band-source">
          Source: <cite>{comparison.source.name}</cite>
          {comparison.source.year !== null ? `, ${comparison.source.year}` : ' (undated)'}. Formula: {benchmarkFormulaWords(comparison.formula, comparison.platform)}.
        </p>
        <p className="muted">
          Compared in the source's own formula: this creator's {creatorQueryWords(comparison.creator.query, comparison.platform, comparison.creator.posts)}{' '}
          is {rateSaid}.
          {comparison.match === 'formula-partly-unstated'
            ? ` The source does not state its ${comparison.unstated.map((part) => (part === 'statistic' ? 'statistic (median or mean)' : 'interactions')).join(' or its ')}: Castlist fills in its own choice, so read this as a rough guide, not a like-for-like comparison.`
            : ''}
        </p>
      </figcaption>
    </figure>
  );
}
