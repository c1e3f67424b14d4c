import type { Consultation } from '../../../lib/domain/consultation';
import { complete } from '../plan/consultations';

/**
 * "Not decided yet" (framework.md §5: patients need time to consider): options weighed, nothing
 * chosen, no treatment not chosen either, the plan still open. `decideBy` sets the third outcome's
 * fields (`agreement.notDecided`, `agreement.decideBy`), which older records do not have.
 */
export function notDecidedYet(decideBy?: string): Consultation {
  const c = complete();
  const agreement = { ...c.agreement, chosenOptionIds: [], noTreatment: false, rationale: '' };
  if (decideBy !== undefined) Object.assign(agreement, { notDecided: true, decideBy });
  return { ...c, status: 'open', agreement };
}
