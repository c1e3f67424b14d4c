import { normaliseConsultation } from '../domain/normalise-consultation';
import type { CocreateDb } from '../storage/db';
import { allAuditRows, consultationsWithIds } from '../storage/purge-records';
import { DAY_MS, selectForPurge, type PurgeCandidate } from './select';

/**
 * What is due for purging now, reading only the records that may be: the
 * audit rows (small, one record a week) pick the consultations not yet purged
 * and last saved on or before the cut-off day, and the whole records of those
 * and of every consultation that reviews them are read to decide exactly
 * (select.ts). At 20,000 consultations, reading every record took about 2 s;
 * after the first purge, few are ever due at once.
 */
export async function dueNow(db: CocreateDb, retentionDays: number, now: Date): Promise<PurgeCandidate[]> {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return [];
  // updatedAt on or before the cut-off time implies its UTC day is on or before the cut-off day.
  const cutoffDay = new Date(now.getTime() - retentionDays * DAY_MS).toISOString().slice(0, 10);
  const rows = await allAuditRows(db);
  const maybe = new Set(rows.filter((row) => !row.purged && row.lastDay <= cutoffDay).map((row) => row.id));
  if (maybe.size === 0) return [];
  // A later review of a plan keeps its text (select.ts lastActivityById), so its reviews are read too.
  const related = rows
    .filter((row) => maybe.has(row.id) || (row.previousId !== null && maybe.has(row.previousId)))
    .map((row) => row.id);
  // Laid over a fresh consultation: a malformed restored record is judged, never thrown on.
  const records = (await consultationsWithIds(db, related)).map(normaliseConsultation);
  return selectForPurge(records, retentionDays, now).filter((candidate) => maybe.has(candidate.id));
}
