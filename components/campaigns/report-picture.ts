/**
 * The report's picture: the campaign's KPI charts (uPlot's canvases) stacked on one white canvas under the campaign's
 * name, each with its title and status line, as a PNG to paste into a deck. Text is drawn with fillText: page text
 * never becomes markup.
 */
const PADDING = 16;
const TITLE_FONT = '600 18px system-ui, sans-serif';
const CAPTION_FONT = '13px system-ui, sans-serif';

export interface ChartForPicture {
  title: string;
  status: string;
  canvas: HTMLCanvasElement;
}

/** The charts shown for a campaign (components/campaigns/CampaignKpis.tsx marks their container). */
export function chartsOnScreen(campaignId: string): ChartForPicture[] {
  const container = [...document.querySelectorAll<HTMLElement>('[data-report-charts]')].find((element) => element.dataset.reportCharts === campaignId);
  if (!container) return [];
  return [...container.querySelectorAll<HTMLElement>('.kpi-progress')].flatMap((item) => {
    const canvas = item.querySelector('canvas');
    const title = item.querySelector<HTMLElement>('figure')?.dataset.chartTitle ?? '';
    const status = item.querySelector('p')?.textContent ?? '';
    return canvas ? [{ title, status, canvas }] : [];
  });
}

export async function reportPicture(heading: string, charts: readonly ChartForPicture[]): Promise<Blob> {
  if (charts.length === 0) throw new Error('there is no chart on screen to draw');
  const scale = window.devicePixelRatio || 1;
  const widths = charts.map((chart) => chart.canvas.width / scale);
  const heights = charts.map((chart) => chart.canvas.height / scale);
  const width = Math.max(480, ...widths) + 2 * PADDING;
  const height = PADDING + 28 + charts.reduce((sum, _chart, index) => sum + 22 + heights[index]! + 22 + PADDING, 0);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no 2D canvas to draw the picture on');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1f2328';
  context.font = TITLE_FONT;
  context.fillText(heading, PADDING, PADDING + 18);
  let y = PADDING + 28;
  charts.forEach((chart, index) => {
    context.font = '600 14px system-ui, sans-serif';
    context.fillStyle = '#1f2328';
    context.fillText(chart.title, PADDING, y + 16);
    y += 22;
    context.drawImage(chart.canvas, PADDING, y, widths[index]!, heights[index]!);
    y += heights[index]!;
    context.font = CAPTION_FONT;
    context.fillStyle = '#57606a';
    context.fillText(chart.status, PADDING, y + 16, width - 2 * PADDING);
    y += 22 + PADDING;
  });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the picture as PNG'))), 'image/png'));
}
