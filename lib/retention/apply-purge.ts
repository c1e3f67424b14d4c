import type { CocreateDb } from '../storage/db';
import { purgeFreeText } from './purge-text';
import { selectForPurge, type PurgeCandidate } from './select';

/** What is due now, for the clinician to see before confirming. Retention looks at every consultation. */
export async function previewPurge(
  db: CocreateDb,
  retentionDays: number,
  now: Date,
): Promise<PurgeCandidate[]> {
  return selectForPurge(await db.consultations.toArray(), retentionDays, now);
}

/**
 * Purges the confirmed candidates in one transaction: blanks their free text
 * and deletes their saved plan texts (which quote that text). Re-checks each
 * against the data inside the transaction, so a consultation edited since the
 * preview is left alone. Returns the ids purged, so the caller can also drop
 * any safety copy of their drafts (the sidebar's localStorage journal).
 */
export async function applyPurge(
  db: CocreateDb,
  confirmed: readonly PurgeCandidate[],
  retentionDays: number,
  now: Date,
): Promise<string[]> {
  return db.transaction('rw', db.consultations, db.plans, async () => {
    const stillDue = new Set(
      selectForPurge(await db.consultations.toArray(), retentionDays, now).map((c) => c.id),
    );
    const ids = confirmed.map((c) => c.id).filter((id) => stillDue.has(id));
    const records = await db.consultations.bulkGet(ids);
    const nowIso = now.toISOString();
    const purged = records.flatMap((c) => (c ? [purgeFreeText(c, nowIso)] : []));
    await db.consultations.bulkPut(purged);
    await db.plans.where('consultationId').anyOf(ids).delete();
    return purged.map((c) => c.id);
  });
}
