import type { Transaction } from 'dexie';
import { toAuditRow } from '../audit/audit-row';
import type { Consultation } from '../domain/consultation';
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

/** The upgrade each schema version needs, by version number. */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: fillAuditWeeks,
};
