import type { StoredGrid } from '../../lib/domain/stored-grid';
import type { OptionGrid } from '../../lib/option-grids/grid';

export interface GridUsed {
  grid: OptionGrid | null;
  /** Its translations (e.g. the Welsh twin), for the plan's "when to get help" lines. */
  translations: OptionGrid[];
}

export const NO_GRID: GridUsed = { grid: null, translations: [] };

/**
 * The grid a consultation used and its translations, loaded on demand: the grid library stays
 * out of the side panel's first payload, and a plan without a grid never loads it.
 */
export async function loadGridUsed(
  storedGrids: () => Promise<StoredGrid[]>,
  gridId: string | undefined,
): Promise<GridUsed> {
  if (!gridId) return NO_GRID;
  const { loadCatalogue } = await import('../../lib/option-grids/load-catalogue');
  const catalogue = await loadCatalogue(storedGrids);
  const grid = catalogue.byId(gridId)?.grid ?? null;
  if (!grid) return NO_GRID;
  const translations = catalogue.entries
    .map((e) => e.grid)
    .filter(
      (g) =>
        g.id !== grid.id &&
        (g.translationOf === grid.id || (grid.translationOf !== undefined && g.id === grid.translationOf)),
    );
  return { grid, translations };
}
