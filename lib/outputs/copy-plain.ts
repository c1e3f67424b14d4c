import type { PlanOutput } from './plan-output';
import { clinicianVersion, patientVersion } from './projections';

/** The version previewed as plain text, to paste into any EHR field. */
export const copyPlain: PlanOutput = {
  id: 'copy-text',
  label: 'Copy plain text',
  keys: { label: 'Alt+T', code: 'KeyT' },
  delivery: 'copy-text',
  build: (plan, choice) => (choice.version === 'note' ? clinicianVersion(plan) : patientVersion(plan)),
  record: () => null,
};
