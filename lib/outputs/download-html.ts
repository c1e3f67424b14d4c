import { patientHtmlPage } from '../export/patient-html-page';
import { patientPlansFrom } from '../plan/build-patient-plan';
import type { PlanOutput } from './plan-output';
import { fileStem } from './projections';

/** The patient version as a self-contained A4 page, large print, one column per language. */
export const downloadHtml: PlanOutput = {
  id: 'download-html',
  label: 'Download HTML',
  delivery: 'download',
  build: (plan) => {
    const page = patientHtmlPage(plan, patientPlansFrom(plan));
    return {
      audience: 'patient',
      text: page,
      html: page,
      file: { name: `${fileStem(plan)}.html`, type: 'text/html' },
      languages: plan.languages,
    };
  },
  record: () => ({ how: 'downloaded', format: 'download-html' }),
};
