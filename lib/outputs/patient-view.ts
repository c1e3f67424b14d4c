import type { PlanOutput } from './plan-output';
import { patientVersion } from './projections';

/**
 * The full-tab patient view and its A4 print: it builds the same patient version from the same
 * document, and records a print itself when the page is printed (components/plan/PatientViewApp).
 */
export const patientView: PlanOutput = {
  id: 'patient-view',
  label: 'Print / patient view',
  keys: { label: 'Alt+V', code: 'KeyV' },
  delivery: 'patient-view',
  build: patientVersion,
  record: () => null,
};
