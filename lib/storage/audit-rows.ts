import type { Consultation } from '../domain/consultation';
import type { CocreateDb } from './db';
import { toAuditRow, type AuditRow } from '../audit/audit-row';
import { weekStart } from '../audit/iso-week';

/**
 * Reads only what the audit needs: the audit rows of the weeks the period
 * touches (compute-audit.ts keeps the days inside it), plus the rows of the
 * earlier plans their reviews refer to — for the baseline and the grid — even
 * when those fall before the period.
 */
export async function loadAuditRows(db: CocreateDb, from: string, to: string): Promise<AuditRow[]> {
  const weeks = await db.auditWeeks.where('week').between(weekStart(from), to, true, true).toArray();
  const rows = weeks.flatMap((week) => week.rows);
  const have = new Set(rows.map((row) => row.id));
  const missing = new Set<string>();
  for (const row of rows)
    if (row.previousId !== null && !have.has(row.previousId)) missing.add(row.previousId);
  if (missing.size === 0) return rows;
  // A row does not say which week its earlier plan is in; the few such plans are read whole.
  const earlier = await db.consultations.bulkGet([...missing]);
  return [...rows, ...earlier.filter((c): c is Consultation => c !== undefined).map(toAuditRow)];
}
