import type { StoredGrid } from '../domain/stored-grid';
import type { OptionGrid } from './grid';

// The row type lives in the domain so lib/storage needs nothing from this folder.
export type { StoredGrid } from '../domain/stored-grid';

/** A grid as a row of the `grids` table (practice and local grids; bundled grids live in code). */
export function toStoredGrid(grid: OptionGrid, source: StoredGrid['source'], now: Date): StoredGrid {
  return { id: grid.id, source, updatedAt: now.toISOString(), keywords: [...grid.keywords], grid };
}
