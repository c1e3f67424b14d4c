import type { Consultation, PlanCopyGiven } from '../domain/consultation';
import { list } from '../domain/read-values';

/**
 * The consultation with one more copy of the patient version given (printed, downloaded or
 * inserted), so the note can say "Copy of plan given (…)" (docs/plan-truth.md).
 */
export function withCopyGiven(consultation: Consultation, copy: PlanCopyGiven): Consultation {
  return { ...consultation, copiesGiven: [...list(consultation.copiesGiven), copy] };
}
