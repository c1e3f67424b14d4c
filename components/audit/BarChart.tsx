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

/**
 * A small hand-written horizontal bar chart (no chart library): each row is
 * its label, an SVG bar and the number beside it, titled above. Labels and
 * numbers are HTML text, not SVG text, so they keep the page's type size when
 * the chart is narrow (a scaled SVG shrank them to 9px in a 420px sidebar)
 * and grow with the browser's text size. The drawing is hidden from screen
 * readers; a table of the same numbers, visually hidden so the page does not
 * say everything twice, carries the figures for them.
 */
export function BarChart({ title, bars, max, format = String, valueHeading = 'Number' }: BarChartProps) {
  const scaleEnd = Math.max(1, max ?? Math.max(0, ...bars.map((bar) => bar.value)));
  return (
    <figure class="bar-chart">
      <figcaption class="bar-chart__title" aria-hidden="true">
        {title}
      </figcaption>
      <div class="bar-chart__rows" aria-hidden="true">
        {bars.map((bar) => {
          const share = Math.max(0, Math.min(bar.value, scaleEnd) / scaleEnd) * 100;
          return (
            <div class="bar-chart__row" key={bar.label}>
              <span class="bar-chart__label">{bar.label}</span>
              <svg
                class="bar-chart__drawing"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                focusable="false"
              >
                <rect x="0" y="0" width="100" height="10" class="bar-chart__track" />
                <rect x="0" y="0" width={share} height="10" class="bar-chart__bar" />
              </svg>
              <span class="bar-chart__value">{format(bar.value)}</span>
            </div>
          );
        })}
      </div>
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
