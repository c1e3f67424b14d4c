import type { Consultation } from '../domain/consultation';
import type { PlanFormat } from '../plan/stored-plan';
import { consultationRepository } from '../storage/consultations';
import type { CocreateDb } from '../storage/db';
import { plansGivenForAny } from '../storage/plans-given';

/** What the sidebar lists for an earlier consultation; the full record opens on request. */
export interface EarlierConsultation {
  id: string;
  createdAt: string;
  status: Consultation['status'];
  goal: string;
  /** Copies of the patient's plan given out, oldest first (lib/storage/plans-given.ts). */
  given: { givenAt: string; format: PlanFormat }[];
}

/**
 * Earlier consultations with the same patient reference, newest first (docs/continuity.md:
 * "find earlier consultations for the same reference", needed for review).
 * Matching ignores case and surrounding spaces, as clinicians type "js 1970" and "JS 1970".
 */
export async function findEarlierConsultations(
  db: CocreateDb,
  patientRef: string,
  excludeId: string,
): Promise<EarlierConsultation[]> {
  const wanted = normaliseRef(patientRef);
  if (wanted === '') return [];
  const matches = await consultationRepository(db).matching(
    (c) => c.id !== excludeId && normaliseRef(c.patientRef) === wanted,
  );
  const plans = await plansGivenForAny(
    db,
    matches.map((c) => c.id),
  );
  const givenFor = (id: string) =>
    plans
      .filter((plan) => plan.consultationId === id)
      .sort((a, b) => a.givenAt.localeCompare(b.givenAt))
      .map(({ givenAt, format }) => ({ givenAt, format }));
  return matches
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((c) => ({
      id: c.id,
      createdAt: c.createdAt,
      status: c.status,
      goal: c.agreement.goal,
      given: givenFor(c.id),
    }));
}

export function normaliseRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toLowerCase();
}
