import { neutraliseBidi } from '../domain/read-values';
import type { PlanOutput } from './plan-output';
import { fileStem } from './projections';

/** The plan as a FHIR R4 bundle for the record; its builder loads on first use (not in the panel's first payload). */
export const fhirDownload: PlanOutput = {
  id: 'fhir',
  label: 'Export FHIR (JSON)',
  delivery: 'download',
  build: async (plan) => {
    const { fhirJsonFrom } = await import('../export/fhir');
    return {
      audience: 'record',
      // Compact JSON, the text the document was sealed as: a FHIR file is read by systems.
      text: neutraliseBidi(fhirJsonFrom(plan)),
      file: { name: `${fileStem(plan)}.fhir.json`, type: 'application/fhir+json' },
      languages: ['en'],
    };
  },
  record: () => null,
};
