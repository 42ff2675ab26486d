/**
 * One KPI's series against its target line, drawn by uPlot on a canvas (so the report can copy the pixels into its
 * picture). Each point is a visit, an import or an entered value; a rounded count is drawn at the middle of its range
 * and the range is in the table under the chart.
 */
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Observation, TimeFrame } from '../../lib/campaigns/pacing';

export interface KpiChartProps {
  title: string;
  observations: readonly Observation[];
  /** The target line (two points); absent for a chart without a target (a post's own series). */
  target?: readonly { at: number; value: number }[];
  timeFrame: TimeFrame;
  formatValue(value: number): string;
  width?: number;
  height?: number;
}

export function KpiChart({ title, observations, target, timeFrame, formatValue, width = 320, height = 160 }: KpiChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!host.current) return undefined;
    // uPlot draws later (in an animation frame), where a missing canvas cannot be caught: ask for one first.
    if (!document.createElement('canvas').getContext('2d')) {
      setFailure('this browser gives no 2D canvas');
      return undefined;
    }
    const times = [...new Set([timeFrame.start, timeFrame.end, ...observations.map((o) => o.at), ...(target ?? []).map((t) => t.at)])].sort((a, b) => a - b);
    const observed = times.map((at) => {
      const point = observations.find((observation) => observation.at === at);
      return point ? (point.min + point.max) / 2 : null;
    });
    const targetValues = times.map((at) => target?.find((point) => point.at === at)?.value ?? null);
    const series: uPlot.Series[] = [
      {},
      { label: 'Observed', stroke: '#1f6feb', width: 2, points: { show: true, size: 6 }, spanGaps: true },
      ...(target ? [{ label: 'Target', stroke: '#8c959f', dash: [6, 4], width: 1, spanGaps: true, points: { show: false } }] : []),
    ];
    const data: uPlot.AlignedData = [times.map((at) => at / 1000), observed, ...(target ? [targetValues] : [])];
    let plot: uPlot | null = null;
    try {
      plot = new uPlot(
        {
          width,
          height,
          series,
          legend: { show: false },
          cursor: { show: false },
          axes: [{}, { values: (_plot, ticks) => ticks.map(formatValue), size: 60 }],
        },
        data,
        host.current,
      );
      setFailure(null);
    } catch (error) {
      // No canvas (a test DOM) or a browser refusing it: the table below still has every number; say why the chart is missing.
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => plot?.destroy();
  }, [observations, target, timeFrame.start, timeFrame.end, formatValue, width, height]);
  return (
    <figure className="kpi-chart" data-chart-title={title}>
      <figcaption>{title}</figcaption>
      <div ref={host} className="kpi-chart-canvas" />
      {failure && <p className="muted">The chart could not be drawn ({failure}); the numbers are in the table.</p>}
    </figure>
  );
}
