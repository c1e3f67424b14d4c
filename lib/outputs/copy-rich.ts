import type { PlanOutput } from './plan-output';
import { clinicianVersion, patientVersion } from './projections';

/** The version previewed with its headings, for rich-text EHR editors (text/html and text/plain). */
export const copyRich: PlanOutput = {
  id: 'copy-html',
  label: 'Copy rich HTML',
  delivery: 'copy-html',
  build: (plan, choice) => (choice.version === 'note' ? clinicianVersion(plan) : patientVersion(plan)),
  record: () => null,
};
