/**
 * A small chart over time drawn with uPlot (canvas): one or more series of points sharing a time axis. The chart is
 * an image with a summary for screen readers; the numbers themselves are in the table the caller puts beside it.
 * Where a browser gives no 2D canvas (a test DOM, a hardened profile) the chart says so and the table stands alone.
 */
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** A colour that reads on light and dark backgrounds; the legend names the series, so colour is not the only key. */
  color: string;
  /** One value per x; null where the series has no point. */
  values: ReadonlyArray<number | null>;
  /** Points only (a post is one moment), or a line through them (a count growing over time). */
  line: boolean;
}

export interface TimeChartProps {
  /** Times in milliseconds, ascending. */
  times: readonly number[];
  series: readonly ChartSeries[];
  /** What the chart shows, for screen readers: "Followers from 28 Nov to 30 Nov: 88,000,000 to 89,000,000". */
  summary: string;
  locale: string;
  height?: number;
}

/** The longest a chart waits for the browser to be idle before it is drawn anyway. */
const DRAW_TIMEOUT_MS = 200;

/** Asked once per page: a 2D context costs a millisecond or two to create, and each card mount made two. */
let canvasKnown: boolean | undefined;

function canvasAvailable(): boolean {
  canvasKnown ??= typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
  return canvasKnown;
}

export function TimeChart({ times, series, summary, locale, height = 150 }: TimeChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [drawable] = useState(canvasAvailable);

  useEffect(() => {
    const element = container.current;
    if (!element || !drawable || times.length === 0) return;
    let plot: uPlot | null = null;
    // Drawn once the browser is idle after the card's first paint, not in the commit that shows the card: making a
    // plot measures the laid-out panel (a forced layout) and draws two canvases, as long as rendering the rest of the
    // card. The timeout draws it even where idle never comes (a busy or hidden panel).
    const idle = requestIdleCallback(
      () => {
        const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
        plot = new uPlot(
          {
            width: Math.max(240, element.clientWidth || 300),
            height,
            scales: { x: { time: true } },
            legend: { show: true, live: false },
            cursor: { drag: { x: false, y: false } },
            axes: [{ size: 30 }, { size: 44, values: (_plot, ticks) => ticks.map((tick) => compact.format(tick)) }],
            series: [
              {},
              ...series.map((entry) => ({
                label: entry.label,
                stroke: entry.color,
                width: entry.line ? 2 : 0,
                spanGaps: entry.line,
                points: { show: true, size: entry.line ? 5 : 7, fill: entry.color, stroke: entry.color },
                ...(entry.line ? {} : { paths: () => null }),
              })),
            ],
          },
          [times.map((time) => time / 1000), ...series.map((entry) => [...entry.values])] as uPlot.AlignedData,
          element,
        );
      },
      { timeout: DRAW_TIMEOUT_MS },
    );
    return () => {
      cancelIdleCallback(idle);
      plot?.destroy();
    };
  }, [drawable, times, series, locale, height]);

  if (!drawable) return <p className="muted chart-unavailable">This browser cannot draw charts here; the numbers are listed below.</p>;
  // The plot's height is kept free before it is drawn, so the card below does not jump when it appears.
  return <div ref={container} className="time-chart" role="img" aria-label={summary} style={{ minHeight: height }} />;
}
