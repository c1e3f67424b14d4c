import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { CatalogueEntry } from '../option-grids/catalogue';
import type { OptionGrid } from '../option-grids/grid';
import { blankGrid, copyAsLocal } from '../option-grids/grid-draft';
import { exportGrid, exportLibrary, type ExportFile } from '../option-grids/grid-export';
import type { ImportSummary } from '../option-grids/import-rows';
import { loadCatalogue, type LoadedCatalogue } from '../option-grids/load-catalogue';
import type { SignOffPolicy } from '../option-grids/sign-off-policy';
import type { CocreateDb } from '../storage/db';
import { deleteStoredGrid, listStoredGrids, saveLocalGrid } from '../storage/grids';
import { createGridImportApp, type GridImportApp } from './grid-import-app';

export interface GridLibraryAppDeps {
  db: CocreateDb;
  now: () => Date;
  /** Saves a file through the browser's own download. */
  download: (file: ExportFile) => void;
  /** Opens one grid full-tab (the grid view page). */
  openView: (id: string) => void;
  /** Who the practice lets sign off a grid, from its settings or policy. */
  signOffPolicy: SignOffPolicy;
}

/** What the last command did, for the page to say in words. */
export type GridLibraryNotice =
  | { kind: 'saved' | 'signedOff' | 'deleted'; title: string }
  | { kind: 'imported'; file: string; summary: ImportSummary };

/** The grid being authored: a new one takes its id from its title when saved. */
export interface GridEditing {
  grid: OptionGrid;
  isNew: boolean;
}

/**
 * The grid library page (docs/option-grids.md): browse, view, author, edit a copy, import, export and
 * delete. Views read these signals and call the commands (docs/architecture.md).
 */
export interface GridLibraryApp {
  /** Every grid on this PC; null while the first read runs. */
  catalogue: ReadonlySignal<LoadedCatalogue | null>;
  /** Ids already used, which a new grid or a copy must not take. */
  takenIds: ReadonlySignal<ReadonlySet<string>>;
  editing: ReadonlySignal<GridEditing | null>;
  /** What the last command did; null before any. */
  notice: ReadonlySignal<GridLibraryNotice | null>;
  signOffPolicy: SignOffPolicy;
  gridImport: GridImportApp;
  /** Today as YYYY-MM-DD, from the model's clock: review dates are compared with it. */
  today: () => string;
  load: () => Promise<void>;
  startNewGrid: () => void;
  /** A local grid is edited itself; a shipped or practice grid as a local copy. */
  startEditing: (entry: CatalogueEntry) => void;
  stopEditing: () => void;
  /** Keeps the grid edited as one of the clinician's own. */
  saveGrid: (grid: OptionGrid) => Promise<void>;
  signOffGrid: (grid: OptionGrid) => Promise<void>;
  deleteGrid: (entry: CatalogueEntry) => Promise<void>;
  exportGrid: (entry: CatalogueEntry) => void;
  exportLibrary: () => void;
  openView: (entry: CatalogueEntry) => void;
}

const LIBRARY_NAME = 'Cocreate option grids';

export function createGridLibraryApp(deps: GridLibraryAppDeps): GridLibraryApp {
  const { db, now } = deps;
  const catalogue = signal<LoadedCatalogue | null>(null);
  const editing = signal<GridEditing | null>(null);
  const notice = signal<GridLibraryNotice | null>(null);
  const takenIds = computed(() => new Set(catalogue.value?.entries.map((e) => e.grid.id)));
  const today = () => now().toISOString().slice(0, 10);
  const load = async () => {
    catalogue.value = await loadCatalogue(() => listStoredGrids(db));
  };
  const gridImport = createGridImportApp({
    db,
    now,
    catalogue: () => catalogue.value?.entries ?? [],
    onImported: async (file, summary) => {
      await load();
      notice.value = { kind: 'imported', file, summary };
    },
  });

  return {
    catalogue,
    takenIds,
    editing,
    notice,
    signOffPolicy: deps.signOffPolicy,
    gridImport,
    today,
    load,
    startNewGrid() {
      editing.value = { grid: blankGrid(today(), takenIds.value), isNew: true };
    },
    startEditing({ grid, source }) {
      editing.value = { grid: source === 'local' ? grid : copyAsLocal(grid, takenIds.value), isNew: false };
    },
    stopEditing() {
      editing.value = null;
    },
    async saveGrid(grid) {
      await saveLocalGrid(db, grid, now());
      await load();
      editing.value = null;
      notice.value = { kind: 'saved', title: grid.title };
    },
    async signOffGrid(grid) {
      await saveLocalGrid(db, grid, now());
      await load();
      notice.value = { kind: 'signedOff', title: grid.title };
    },
    async deleteGrid({ grid }) {
      await deleteStoredGrid(db, grid.id);
      await load();
      notice.value = { kind: 'deleted', title: grid.title };
    },
    exportGrid: ({ grid }) => deps.download(exportGrid(grid)),
    exportLibrary() {
      const grids = (catalogue.value?.entries ?? []).map((e) => e.grid);
      deps.download(exportLibrary(grids, today(), LIBRARY_NAME));
    },
    openView: ({ grid }) => deps.openView(grid.id),
  };
}
