import type { ReportChart } from './report-document';

export interface ChartGeometry {
  width: number;
  height: number;
  /** SVG path data of the line, broken where a point is suppressed. */
  line: string;
  dots: { x: number; y: number; label: string; value: number }[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  markers: { x: number; text: string }[];
}

const PAD = { left: 44, right: 12, top: 12, bottom: 40 };

/**
 * Where a line chart's parts go, as numbers: drawn by the page (components/report/LineChart.tsx)
 * and by the downloaded HTML file (report-html.ts) from the same geometry.
 */
export function chartGeometry(chart: ReportChart, width = 640, height = 220): ChartGeometry {
  const values = chart.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const top = chart.kind === 'share' ? 100 : niceMax(Math.max(1, ...values));
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const step = chart.points.length > 1 ? plotW / (chart.points.length - 1) : 0;
  const xAt = (i: number) => PAD.left + (chart.points.length > 1 ? i * step : plotW / 2);
  const yAt = (value: number) => PAD.top + plotH - (Math.min(value, top) / top) * plotH;
  let line = '';
  let pen = false;
  const dots: ChartGeometry['dots'] = [];
  chart.points.forEach((point, i) => {
    if (point.value === null) {
      pen = false;
      return;
    }
    const x = round(xAt(i));
    const y = round(yAt(point.value));
    line += `${pen ? 'L' : 'M'}${x} ${y}`;
    pen = true;
    dots.push({ x, y, label: point.label, value: point.value });
  });
  const suffix = chart.kind === 'share' ? '%' : '';
  return {
    width,
    height,
    line,
    dots,
    yTicks: [0, 0.5, 1].map((f) => ({ y: round(yAt(top * f)), label: `${Math.round(top * f)}${suffix}` })),
    xLabels: chart.points.map((p, i) => ({ x: round(xAt(i)), label: shortLabel(p.label) })),
    markers: chart.markers.flatMap((marker) => {
      const i = chart.points.findIndex((p) => p.label === marker.at);
      return i < 0 ? [] : [{ x: round(xAt(i)), text: marker.text }];
    }),
  };
}

/** "March 2026" → "Mar 26", so twelve months fit under the chart. */
function shortLabel(label: string): string {
  const [month = '', year = ''] = label.split(' ');
  return `${month.slice(0, 3)} ${year.slice(2)}`.trim();
}

/** A round number just above `value`, so the axis reads 0 / 50 / 100 rather than 0 / 43.5 / 87. */
function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= value) ?? value;
}

const round = (n: number) => Math.round(n * 10) / 10;
