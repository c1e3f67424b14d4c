export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  /** Names the chart for assistive technology and the table's caption. */
  title: string;
  bars: readonly Bar[];
  /** Scale end; defaults to the largest value (at least 1). */
  max?: number;
  /** How a value is written beside its bar and in the table. */
  format?: (value: number) => string;
  /** Heading of the value column. */
  valueHeading?: string;
}

// Sized from the screenshots: 24 characters of 13px label ("Agreeing the way forward")
// and "20000 (100%)" beside a full bar both fit without clipping.
const WIDTH = 520;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 96;
const ROW = 26;
const MAX_LABEL = 24;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * A small hand-written horizontal bar chart (no chart library: a few rects
 * and text nodes) with each number beside its bar, titled above. The SVG is
 * hidden from screen readers; a table of the same numbers, visually hidden so
 * the page does not say everything twice, carries the figures for them.
 */
export function BarChart({ title, bars, max, format = String, valueHeading = 'Number' }: BarChartProps) {
  const scaleEnd = Math.max(1, max ?? Math.max(0, ...bars.map((bar) => bar.value)));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW;
  return (
    <figure class="bar-chart">
      <figcaption class="bar-chart__title" aria-hidden="true">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = Math.max(0, (Math.min(bar.value, scaleEnd) / scaleEnd) * barSpace);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} text-anchor="end" class="bar-chart__label">
                {shorten(bar.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={barSpace} height={ROW - 8} class="bar-chart__track" />
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} class="bar-chart__bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 5} class="bar-chart__value">
                {format(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* Wrapped: a table itself ignores the 1px width and would widen the page. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
