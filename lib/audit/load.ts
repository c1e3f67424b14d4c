import type { Consultation } from '../domain/consultation';
import type { CocreateDb } from '../storage/db';

/**
 * Reads only what the audit needs: consultations created in the period (by
 * the createdAt index), plus the earlier plans their reviews refer to — for
 * the baseline and the grid — even when those fall before the period.
 */
export async function loadAuditConsultations(
  db: CocreateDb,
  from: string,
  to: string,
): Promise<Consultation[]> {
  // createdAt is a full ISO date-time; '\uffff' sorts after any time on the last day.
  const inPeriod = await db.consultations
    .where('createdAt')
    .between(from, `${to}\uffff`, true, true)
    .toArray();
  const have = new Set(inPeriod.map((c) => c.id));
  const missing = new Set<string>();
  for (const c of inPeriod) {
    const previousId = c.review.previousConsultationId;
    if (previousId && !have.has(previousId)) missing.add(previousId);
  }
  if (missing.size === 0) return inPeriod;
  const earlier = await db.consultations.bulkGet([...missing]);
  return [...inPeriod, ...earlier.filter((c): c is Consultation => c !== undefined)];
}

/** Grids seen in any stored consultation, for the grid/condition filter (one index-free scan of titles). */
export function gridChoices(consultations: readonly Consultation[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const c of consultations) if (c.options.grid) seen.set(c.options.grid.id, c.options.grid.title);
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
