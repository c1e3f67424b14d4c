import { diffLeaves, type LeafChange } from '../state/leaf-patch';
import type { CocreateDb } from '../storage/db';
import { dueNow } from './due-now';
import { purgeFreeText } from './purge-text';
import type { PurgeCandidate } from './select';

/** What is due now, for the clinician to see before confirming. */
export function previewPurge(db: CocreateDb, retentionDays: number, now: Date): Promise<PurgeCandidate[]> {
  return dueNow(db, retentionDays, now);
}

/**
 * What changed in one purged consultation, shaped as the sidebar's sync
 * message, so a side panel that has it open takes the purge instead of later
 * saving its old text back (and the caller can drop the draft's safety copy).
 */
export interface PurgeNotice {
  consultationId: string;
  updatedAt: string;
  changes: LeafChange[];
}

/**
 * Purges the confirmed candidates in one transaction: blanks their free text
 * and deletes their saved plan texts (which quote that text). Re-checks each
 * against the data inside the transaction, so a consultation edited since the
 * preview is left alone. Returns one notice per consultation purged.
 */
export async function applyPurge(
  db: CocreateDb,
  confirmed: readonly PurgeCandidate[],
  retentionDays: number,
  now: Date,
): Promise<PurgeNotice[]> {
  return db.transaction('rw', db.consultations, db.plans, db.auditWeeks, async () => {
    const stillDue = new Set((await dueNow(db, retentionDays, now)).map((c) => c.id));
    const ids = confirmed.map((c) => c.id).filter((id) => stillDue.has(id));
    const records = await db.consultations.bulkGet(ids);
    const nowIso = now.toISOString();
    const pairs = records.flatMap((c) => (c ? [{ before: c, after: purgeFreeText(c, nowIso) }] : []));
    await db.consultations.bulkPut(pairs.map((pair) => pair.after));
    await db.plans.where('consultationId').anyOf(ids).delete();
    return pairs.map(({ before, after }) => ({
      consultationId: after.id,
      updatedAt: after.updatedAt,
      changes: diffLeaves(before, after),
    }));
  });
}
