import type { StoredGrid } from '../domain/stored-grid';
import { loadBundledGrids } from './bundled';
import { mergeCatalogue, type CatalogueEntry } from './catalogue';
import { buildGridIndex, searchGridIndex } from './search-index';

/**
 * Every grid on this PC with its search index, loaded in one go. The side
 * panel imports this module dynamically the first time grids are used, so the
 * grid JSON, the parser (valibot) and the index stay out of its initial
 * payload (60 KB budget, docs/performance.md).
 */
export interface LoadedCatalogue {
  entries: readonly CatalogueEntry[];
  /** Best matches first; an empty query matches nothing. */
  search(query: string, limit?: number): CatalogueEntry[];
  byId(id: string): CatalogueEntry | undefined;
}

export function catalogueOf(entries: readonly CatalogueEntry[]): LoadedCatalogue {
  const index = buildGridIndex(entries.map((entry) => entry.grid));
  const byId = new Map(entries.map((entry) => [entry.grid.id, entry]));
  return {
    entries,
    search: (query, limit) =>
      searchGridIndex(index, query, limit).flatMap((position) => entries[position] ?? []),
    byId: (id) => byId.get(id),
  };
}

/** `listStored` reads this PC's grid rows (lib/storage/grids.ts `listStoredGrids`). */
export async function loadCatalogue(
  listStored: () => Promise<readonly StoredGrid[]>,
): Promise<LoadedCatalogue> {
  const [bundled, stored] = await Promise.all([loadBundledGrids(), listStored()]);
  return catalogueOf(mergeCatalogue(bundled.grids, stored));
}
