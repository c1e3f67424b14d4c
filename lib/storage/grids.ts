import type { StoredGrid } from '../domain/stored-grid';
import type { OptionGrid } from '../option-grids/grid';
import { importRows, type ImportPlan, type ImportSummary } from '../option-grids/import-rows';
import { toStoredGrid } from '../option-grids/stored-grid';
import type { CocreateDb } from './db';

/**
 * The `grids` table: practice and local grids (bundled grids live in code). Code outside
 * lib/storage reads and writes grids through these (docs/architecture.md, "Layers").
 */
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

/** Writes an import plan plus the duplicates the clinician chose to replace, all or nothing. */
export async function applyImport(
  db: CocreateDb,
  plan: ImportPlan,
  replaceIds: ReadonlySet<string>,
  now: Date,
): Promise<ImportSummary> {
  const { rows, summary } = importRows(plan, replaceIds, now);
  await db.transaction('rw', db.grids, async () => {
    await db.grids.bulkPut(rows);
  });
  return summary;
}
