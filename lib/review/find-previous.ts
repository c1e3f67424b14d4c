import type { Consultation } from '../domain/consultation';

/** The slice of the consultations repository (lib/storage/consultations.ts) a review search needs. */
export interface AgreedPlans {
  withStatus(status: 'agreed', keep: (c: Consultation) => boolean): Promise<Consultation[]>;
}

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

/**
 * A local reference as typed, made comparable: case and spaces do not tell two people apart
 * ("ae 1961", "AE1961" and " A E 1961 " are one reference). A match is still only a candidate: the
 * clinician confirms it is the same person before anything is carried forward (ReviewOffer).
 */
export function normaliseRef(ref: string): string {
  return ref.replace(/\s+/g, '').toUpperCase();
}

/** The earlier agreed plan a new consultation could review, for the same reference however typed. */
export async function findPlanToReview(
  consultations: AgreedPlans,
  patientRef: string,
  currentId: string,
): Promise<Consultation | null> {
  const ref = normaliseRef(patientRef);
  if (!ref) return null;
  // Only agreed plans can be reviewed.
  const agreed = await consultations.withStatus(
    'agreed',
    (candidate) => normaliseRef(candidate.patientRef) === ref,
  );
  return latestAgreedPlan(agreed, currentId);
}
