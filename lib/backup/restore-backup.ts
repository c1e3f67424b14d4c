import type { CocreateDb } from '../storage/db';
import { DERIVED_TABLES } from '../storage/schema';
import type { CheckedBackup } from './read-backup';

/**
 * Replaces every table with the backup's rows in ONE transaction: if any write
 * fails, IndexedDB rolls the whole transaction back and the data on this PC is
 * exactly as it was (docs/privacy.md, "Backups"). Tables absent from the backup are emptied, so the
 * result is the backup, never a mix of the backup and what was here. Derived
 * tables are rebuilt by the database as the consultations go in (audit-weeks.ts).
 */
export async function restoreBackup(db: CocreateDb, backup: CheckedBackup): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      if (DERIVED_TABLES.includes(table.name)) continue;
      await table.clear();
      const rows = backup.tables.get(table.name) ?? [];
      if (rows.length > 0) await table.bulkAdd(rows);
    }
  });
}
