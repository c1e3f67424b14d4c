import type { OptionGrid } from '../../lib/option-grids/grid';
import { suggestGrids } from '../../lib/option-grids/suggest-grids';

interface GridSuggestionsProps {
  grids: readonly OptionGrid[];
  /** What the patient said: the agenda items and the problem as agreed. */
  said: string;
  /** The plan's language: a Welsh grid is suggested only when the patient prefers Welsh. */
  welsh: boolean;
  onOpen: (grid: OptionGrid) => void;
}

/**
 * Grids that fit the agenda, one click to open (docs/quick-path.md, "Grid from
 * the agenda"): the search box stays for anything else.
 */
export function GridSuggestions({ grids, said, welsh, onOpen }: GridSuggestionsProps) {
  const fit = suggestGrids(
    grids.filter((grid) => (welsh ? true : grid.language === 'en')),
    said,
  );
  if (fit.length === 0) return null;
  return (
    <div class="grid-suggestions" role="group" aria-label="Grids that fit the agenda">
      <span class="field__hint">Fits the agenda:</span>
      {fit.map((grid) => (
        <button key={grid.id} type="button" class="grid-suggestions__grid" onClick={() => onOpen(grid)}>
          {grid.title}
        </button>
      ))}
    </div>
  );
}
