import type { Consultation } from '../../lib/domain/consultation';
import { describeChangesSince, SINCE_LAST_TIME_HEADING } from '../../lib/plan/changes-since';

/** A preview of the "Since last time" lines the plan will carry. */
export function SinceLastTime({ earlier, current }: { earlier: Consultation; current: Consultation }) {
  const lines = describeChangesSince(earlier, current, 'en');
  if (lines.length === 0) return null;
  return (
    <section class="since-last-time" aria-labelledby="since-last-time-title">
      <h3 id="since-last-time-title">{SINCE_LAST_TIME_HEADING.en}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
