import { exportDB } from 'dexie-export-import';
import type { CocreateDb } from '../storage/db';

/** Every table (settings, grids, consultations, plans, PDSA log) in dexie-export-import's JSON format. */
export function exportBackup(db: CocreateDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

/** e.g. "cocreate-backup-2026-11-23.json": sorts by date in a folder of backups. */
export function backupFileName(now: Date): string {
  return `cocreate-backup-${now.toISOString().slice(0, 10)}.json`;
}
