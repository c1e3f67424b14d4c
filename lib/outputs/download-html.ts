import { plansToHtmlPage } from '../export/html';
import { patientPlansFrom } from '../plan/build-patient-plan';
import type { PlanOutput } from './plan-output';
import { fileStem } from './projections';

/** The patient version as a self-contained A4 page, large print, one column per language. */
export const downloadHtml: PlanOutput = {
  id: 'download-html',
  label: 'Download HTML',
  delivery: 'download',
  build: (plan) => {
    const docs = patientPlansFrom(plan);
    const large = plan.source.preparation.largePrint === true || plan.context.settings.largePrint === true;
    const page = plansToHtmlPage(docs, {
      size: large ? 'extra-large' : 'large',
      title: docs[0]?.title ?? 'Your plan',
    });
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
