import type { Transaction } from 'dexie';
import { toAuditRow } from '../audit/audit-row';
import type { Consultation } from '../domain/consultation';
import type { StoredPlan } from '../plan/stored-plan';
import { AUDIT_WEEKS, groupByWeek } from './audit-weeks';

/**
 * Version 2 (SCHEMA_2026_11_24): derive the audit row of every consultation
 * stored before the audit table existed. Runs once, inside the upgrade's own
 * transaction: if it fails, the database stays at version 1, untouched.
 */
export async function fillAuditWeeks(tx: Transaction): Promise<void> {
  const consultations = (await tx.table('consultations').toArray()) as Consultation[];
  await tx.table(AUDIT_WEEKS).bulkPut(groupByWeek(consultations.map(toAuditRow)));
}

/** A plan row as versions 1 and 2 defined it: the plan as last produced. */
interface PlanBeforeV3 {
  id: string;
  consultationId: string;
  createdAt?: string;
  language?: string;
  patientText?: string;
}

/**
 * Version 3 (SCHEMA_2026_11_29): a plan row becomes one copy given to the
 * patient. Releases never wrote the old shape; any row there is kept as a copy
 * given on its creation date, how it was given not recorded.
 */
export async function reshapePlans(tx: Transaction): Promise<void> {
  await tx
    .table('plans')
    .toCollection()
    .modify((row: PlanBeforeV3 & Partial<StoredPlan>) => {
      if (typeof row.givenAt === 'string') return;
      const reshaped: StoredPlan = {
        id: row.id,
        consultationId: row.consultationId,
        givenAt: row.createdAt ?? '',
        format: 'unrecorded',
        language: row.language === 'cy' || row.language === 'both' ? row.language : 'en',
        text: row.patientText ?? '',
      };
      const fields = row as unknown as Record<string, unknown>;
      for (const key of Object.keys(fields)) delete fields[key];
      Object.assign(row, reshaped);
    });
}

/**
 * Version 4 (SCHEMA_2026_12_07): the audit row gained fields, so every week is derived again
 * from the consultations, inside the upgrade's transaction (a failure leaves version 3 as it was).
 */
export async function rebuildAuditWeeks(tx: Transaction): Promise<void> {
  await tx.table(AUDIT_WEEKS).clear();
  await fillAuditWeeks(tx);
}

/** The upgrade each schema version needs, by version number. */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: fillAuditWeeks,
  3: reshapePlans,
  4: rebuildAuditWeeks,
};
