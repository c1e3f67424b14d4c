import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { OptionGrid } from '../option-grids/grid';
import { loadCatalogue } from '../option-grids/load-catalogue';
import type { Nation } from '../settings/nation';
import type { CocreateDb } from '../storage/db';
import { listStoredGrids } from '../storage/grids';

export interface GridViewAppDeps {
  db: CocreateDb;
  /** The grid this page shows (its address's `?id=`). */
  id: string;
  /** Open the print dialog once the grid is drawn (the sidebar's "Print" button). */
  printOnOpen: boolean;
  print: () => void;
  /** The practice's nation, which picks the nation variant of service rows. */
  nation?: Nation;
  now: () => Date;
}

/**
 * The page that shows one grid full-tab, to turn toward the patient or print (docs/option-grids.md).
 * Views read these signals and call the commands (docs/architecture.md).
 */
export interface GridViewApp {
  id: string;
  /** Undefined while reading; null when no grid on this PC has that id. */
  grid: ReadonlySignal<OptionGrid | null | undefined>;
  nation?: Nation;
  printOnOpen: boolean;
  load: () => Promise<void>;
  print: () => void;
  /** Today as YYYY-MM-DD, from the model's clock: the review notices compare with it. */
  today: () => string;
}

export function createGridViewApp(deps: GridViewAppDeps): GridViewApp {
  const grid = signal<OptionGrid | null | undefined>(undefined);
  return {
    id: deps.id,
    grid,
    ...(deps.nation ? { nation: deps.nation } : {}),
    printOnOpen: deps.printOnOpen,
    async load() {
      const catalogue = await loadCatalogue(() => listStoredGrids(deps.db));
      grid.value = catalogue.byId(deps.id)?.grid ?? null;
    },
    print: deps.print,
    today: () => deps.now().toISOString().slice(0, 10),
  };
}
