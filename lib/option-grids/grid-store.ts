import type { CocreateDb } from '../storage/db';
import type { StoredGrid } from './stored-grid';
import type { OptionGrid } from './grid';

/**
 * Grid rows in the `grids` table (practice and local grids; bundled grids
 * live in code). Helpers take the database as a parameter (shared/style.md).
 */

export function toStoredGrid(grid: OptionGrid, source: StoredGrid['source'], now: Date): StoredGrid {
  return { id: grid.id, source, updatedAt: now.toISOString(), keywords: [...grid.keywords], grid };
}

export function listStoredGrids(db: CocreateDb): Promise<StoredGrid[]> {
  return db.grids.toArray();
}

/** Saves a grid the clinician authored or copied; it is always local, never a practice grid. */
export async function saveLocalGrid(db: CocreateDb, grid: OptionGrid, now: Date): Promise<void> {
  await db.grids.put(toStoredGrid(grid, 'local', now));
}

export async function deleteStoredGrid(db: CocreateDb, id: string): Promise<void> {
  await db.grids.delete(id);
}
