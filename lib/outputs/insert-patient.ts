import type { PlanOutput } from './plan-output';
import { patientVersion, unlessDraft } from './projections';

/** The patient version into the EHR (e.g. a patient-facing letter field): given once agreed. */
export const insertPatient: PlanOutput = {
  id: 'insert-patient',
  label: 'Insert patient version into the EHR',
  delivery: 'insert',
  build: patientVersion,
  record: (plan) => unlessDraft(plan, { how: 'inserted', format: 'insert' }),
};
