import type { Consultation } from '../../../lib/domain/consultation';
import { complete } from '../plan/consultations';

/**
 * "Not decided yet" (framework.md §5: patients need time to consider): options weighed, nothing
 * chosen, no treatment not chosen either, the plan still open.
 */
export function notDecidedYet(): Consultation {
  const c = complete();
  return {
    ...c,
    status: 'open',
    agreement: { ...c.agreement, chosenOptionIds: [], noTreatment: false, rationale: '' },
  };
}
