import type { OptionGrid } from '../../lib/option-grids/grid';
import { gridSafetyNetShown } from '../../lib/option-grids/grid-safety-net';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';
import type { Nation } from '../../lib/domain/nation';

/**
 * The grid's "When to get help" lines in the practice's nation's wording. Before a choice
 * every line shows, each one that belongs to some options named with them; the plan of a
 * consultation that used the grid carries only the lines of the options chosen.
 */
export function GridSafetyNet({ grid, nation }: { grid: OptionGrid; nation?: Nation | undefined }) {
  const lines = gridSafetyNetShown(grid, nation);
  if (lines.length === 0) return null;
  const words = GRID_WORDS[grid.language];
  return (
    <section class="grid-safety-net" lang={grid.language} aria-label={words.whenToGetHelp}>
      <p class="grid-safety-net__heading">{words.whenToGetHelp}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>
            {line.forOptionLabels.length > 0 ? (
              <strong>
                {words.ifYouChoose}: {line.forOptionLabels.join(' / ')}.{' '}
              </strong>
            ) : null}
            {line.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
