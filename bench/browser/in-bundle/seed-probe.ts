import { openDb } from '../../../lib/storage/db';
import { fullConsultations } from '../../fixtures/consultation';
import { benchGrids } from '../../fixtures/grids';

/**
 * Generates fixtures inside the extension page and stores them through the
 * product's own database code (so each consultation gets its audit row, as a
 * save in the sidebar would), without 20,000 consultations crossing CDP as
 * JSON (in-page/seed-db.mjs does the clearing and the open draft).
 * Consultations `from` … `from + count - 1`; grids `0` … `grids - 1` when `grids` is given.
 */
export default async function seedProbe(arg: { from: number; count: number; grids?: number }) {
  const db = openDb();
  try {
    await db.transaction('rw', db.consultations, db.grids, async () => {
      await db.consultations.bulkPut(fullConsultations(arg.count, arg.from));
      await db.grids.bulkPut(
        benchGrids(arg.grids ?? 0).map((grid) => ({
          id: grid.id,
          source: 'local' as const,
          updatedAt: '2026-11-01T09:00:00.000Z',
          keywords: grid.keywords,
          grid,
        })),
      );
    });
    return await db.consultations.count();
  } finally {
    db.close();
  }
}
