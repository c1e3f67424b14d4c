import type { AuditRow } from '../audit/audit-row';
import type { Consultation } from '../domain/consultation';
import type { CocreateDb } from './db';

/**
 * The reads and the one write a retention run needs (lib/retention), so that folder names no
 * table. Every audit row: small, one record a week (lib/storage/audit-weeks.ts).
 */
export async function allAuditRows(db: CocreateDb): Promise<AuditRow[]> {
  return (await db.auditWeeks.toArray()).flatMap((week) => week.rows);
}

/** The stored records with these ids; missing ids are left out. */
export async function consultationsWithIds(db: CocreateDb, ids: readonly string[]): Promise<Consultation[]> {
  return (await db.consultations.bulkGet([...ids])).filter((c): c is Consultation => c !== undefined);
}

/**
 * In ONE transaction: reads the record, asks `purge` for its purged form (null: leave it), writes
 * it and deletes the copies of its plan given out, which quote the removed text. The audit row
 * follows in the same transaction (audit-weeks.ts middleware).
 */
export async function purgeRecord(
  db: CocreateDb,
  id: string,
  purge: (before: Consultation) => Consultation | null,
): Promise<{ before: Consultation; after: Consultation; plansDeleted: number } | null> {
  return db.transaction('rw', db.consultations, db.plans, db.auditWeeks, async () => {
    const before = await db.consultations.get(id);
    const after = before ? purge(before) : null;
    if (!before || !after) return null;
    await db.consultations.put(after);
    const plansDeleted = await db.plans.where('consultationId').equals(id).delete();
    return { before, after, plansDeleted };
  });
}
