import type { PlanOutput } from './plan-output';
import { fileStem, patientVersion } from './projections';

/** The patient version as a plain-text file. */
export const downloadText: PlanOutput = {
  id: 'download-text',
  label: 'Download text',
  delivery: 'download',
  build: (plan) => {
    const { text } = patientVersion(plan);
    return {
      audience: 'patient',
      text,
      file: { name: `${fileStem(plan)}.txt`, type: 'text/plain' },
      languages: plan.languages,
    };
  },
  record: () => ({ how: 'downloaded', format: 'download-text' }),
};
