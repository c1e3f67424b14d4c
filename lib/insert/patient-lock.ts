import { changesSince } from './binding';
import type { MarkState } from './insert-into-ehr';

/**
 * The patient lock's plain state, shown beside Insert before anything is written:
 * - `bound`: the field is chosen, and the page still shows what it showed then, for this
 *   consultation's patient;
 * - `changed`: the page has moved on since the field was chosen (address, title, banner), or it
 *   shows another patient than the one this consultation is bound to;
 * - `no-field`: no field is chosen.
 */
export type PatientLock = 'bound' | 'changed' | 'no-field';

export function patientLock(state: MarkState): PatientLock {
  if (!state.mark) return 'no-field';
  if (!state.now || changesSince(state.mark.facts, state.now).length > 0) return 'changed';
  return state.samePatient ? 'bound' : 'changed';
}

export const LOCK_WORDS: Record<PatientLock, string> = {
  bound: 'Bound: this is the field and patient you chose',
  changed: 'Changed since you chose the field: it may be another patient',
  'no-field': 'No field chosen',
};
