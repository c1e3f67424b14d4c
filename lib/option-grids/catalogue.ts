import type { StoredGrid } from './stored-grid';
import type { OptionGrid } from './grid';
import { parseGrid } from './parse-grid';
import { compareVersions } from './versions';

export type GridSource = StoredGrid['source'];

/** One grid the clinician can search and open, with where it came from. */
export interface CatalogueEntry {
  grid: OptionGrid;
  source: GridSource;
  updatedAt: string;
}

/**
 * Every grid on this PC: the bundled ones from code, plus practice and local
 * rows from the database. A practice row with the same id as a bundled grid
 * replaces it when its version is the same or newer (the practice chose to
 * publish it). Stored rows are validated again on the way out, so a damaged
 * row is left out instead of breaking the panel.
 */
export function mergeCatalogue(
  bundled: readonly OptionGrid[],
  stored: readonly StoredGrid[],
): CatalogueEntry[] {
  const byId = new Map<string, CatalogueEntry>();
  for (const grid of bundled)
    byId.set(grid.id, { grid, source: 'bundled', updatedAt: grid.lastReviewed ?? '' });
  for (const row of stored) {
    // Saved before the do-nothing rule: kept (the editor asks for it at the next save).
    const parsed = parseGrid(row.grid, { legacy: true });
    if (!parsed.ok) continue;
    const existing = byId.get(parsed.grid.id);
    if (existing?.source === 'bundled' && compareVersions(parsed.grid.version, existing.grid.version) < 0)
      continue;
    byId.set(parsed.grid.id, { grid: parsed.grid, source: row.source, updatedAt: row.updatedAt });
  }
  return [...byId.values()].sort((a, b) => a.grid.title.localeCompare(b.grid.title));
}

// Kept in its own module so the side panel can show them without loading the parser.
export { SOURCE_LABELS, LANGUAGE_NAMES } from './source-labels';
