import type { OptionGrid } from '../../lib/option-grids/grid';
import type { Nation } from '../../lib/settings/nation';
import { GridSafetyNet } from '../option-grid/GridSafetyNet';
import { GridSources } from '../option-grid/GridSources';
import { GridTable } from '../option-grid/GridTable';
import '../option-grid/option-grid.css';
import '../option-grid/grid-view.css';

/** The option grid sent with the sheet, as the grid view prints it (its table, help lines, sources). */
export function SheetGrid({ grid, nation }: { grid: OptionGrid; nation?: Nation }) {
  return (
    <section class="grid-view prep-sheet__grid" lang={grid.language} data-grid={grid.id}>
      <h2>{grid.title}</h2>
      <p class="grid-view__decision">{grid.decision}</p>
      <GridTable grid={grid} nation={nation} />
      <GridSafetyNet grid={grid} nation={nation} />
      <GridSources grid={grid} />
    </section>
  );
}
