import type { Consultation } from '../domain/consultation';
import type { CocreateDb } from '../storage/db';

/**
 * The most recently agreed plan among `candidates` for review, ignoring the
 * consultation that is open now. Only 'agreed' plans qualify: a 'closed' one
 * has already ended its cycle (discharged, referred on or replaced).
 */
export function latestAgreedPlan(
  candidates: readonly Consultation[],
  currentId: string,
): Consultation | null {
  let latest: Consultation | null = null;
  for (const candidate of candidates) {
    if (candidate.id === currentId || candidate.status !== 'agreed' || candidate.purgedAt) continue;
    if (!latest || candidate.updatedAt > latest.updatedAt) latest = candidate;
  }
  return latest;
}

/** Looks up, by the patientRef index, the earlier agreed plan a new consultation could review. */
export async function findPlanToReview(
  db: CocreateDb,
  patientRef: string,
  currentId: string,
): Promise<Consultation | null> {
  const ref = patientRef.trim();
  if (!ref) return null;
  const sameRef = await db.consultations.where('patientRef').equals(ref).toArray();
  return latestAgreedPlan(sameRef, currentId);
}
