import { chartGeometry } from '../../lib/report/chart-geometry';
import type { ReportChart } from '../../lib/report/report-document';
import { ReportTableView } from './ReportTableView';

/**
 * A trend line drawn in SVG from the report's geometry, PDSA changes as dashed lines with
 * their words below. The drawing is one image with a name; the same figures stand beside it
 * as a table, for screen readers, print and anyone who prefers numbers.
 */
export function LineChart({ chart }: { chart: ReportChart }) {
  const g = chartGeometry(chart);
  const base = g.yTicks[0]!.y;
  return (
    <figure class="line-chart">
      <figcaption>{chart.title}</figcaption>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={chart.title} focusable="false">
        <line class="line-chart__axis" x1="44" y1={base} x2={g.width - 12} y2={base} />
        {g.yTicks.map((t) => (
          <text key={t.label} x="40" y={t.y + 3} text-anchor="end">
            {t.label}
          </text>
        ))}
        {g.xLabels.map((t, i) => (
          <text key={i} x={t.x} y={g.height - 24} text-anchor="middle">
            {t.label}
          </text>
        ))}
        {g.markers.map((m, i) => (
          <line key={i} class="line-chart__marker" x1={m.x} y1="8" x2={m.x} y2={base} data-marker={m.text} />
        ))}
        <path class="line-chart__line" d={g.line} />
        {g.dots.map((d) => (
          <circle key={d.label} class="line-chart__dot" cx={d.x} cy={d.y} r="3" />
        ))}
      </svg>
      {chart.markers.length > 0 ? (
        <ul class="line-chart__markers" aria-label="Changes marked on the time line">
          {chart.markers.map((m, i) => (
            <li key={i}>
              {m.at}: {m.text}
            </li>
          ))}
        </ul>
      ) : null}
      <ReportTableView table={chart.table} />
    </figure>
  );
}
