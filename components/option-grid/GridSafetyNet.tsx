import type { OptionGrid } from '../../lib/option-grids/grid';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/** The grid's "When to get help" lines; the same lines reach the plan of a consultation that used it. */
export function GridSafetyNet({ grid }: { grid: OptionGrid }) {
  const lines = grid.safetyNet ?? [];
  if (lines.length === 0) return null;
  const words = GRID_WORDS[grid.language];
  return (
    <section class="grid-safety-net" lang={grid.language} aria-label={words.whenToGetHelp}>
      <p class="grid-safety-net__heading">{words.whenToGetHelp}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
