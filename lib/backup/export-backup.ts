import { exportDB } from 'dexie-export-import';
import type { CocreateDb } from '../storage/db';
import { DERIVED_TABLES } from '../storage/schema';

/**
 * Every table the clinician's data lives in (settings, grids, consultations,
 * plans, PDSA log) in dexie-export-import's JSON format. Derived tables (the
 * audit rows) are left out: a restore rebuilds them from the consultations.
 */
export function exportBackup(db: CocreateDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false, skipTables: [...DERIVED_TABLES] });
}

/** e.g. "cocreate-backup-2026-11-23.json": sorts by date in a folder of backups. */
export function backupFileName(now: Date): string {
  return `cocreate-backup-${now.toISOString().slice(0, 10)}.json`;
}
