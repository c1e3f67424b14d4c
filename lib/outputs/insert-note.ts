import type { PlanOutput } from './plan-output';
import { clinicianVersion } from './projections';

/** The clinician note, with its summary block, into the EHR field chosen. The record, not the patient. */
export const insertNote: PlanOutput = {
  id: 'insert-note',
  label: 'Insert clinician note into the EHR',
  keys: { label: 'Alt+I', code: 'KeyI' },
  delivery: 'insert',
  build: clinicianVersion,
  record: () => null,
};
