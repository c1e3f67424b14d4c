import { plansToHtmlPage } from '../export/html';
import type { AgreedPlan } from '../plan/agreed-plan';
import { patientPlansFrom } from '../plan/build-patient-plan';
import type { PlanDocument } from '../plan/plan-types';
import type { PlanOutput } from './plan-output';
import { fileStem } from './projections';

/** The patient version as the downloaded page: large print (extra-large on request), one column per document. */
export function patientHtmlPage(plan: AgreedPlan, docs: readonly PlanDocument[]): string {
  const large = plan.source.preparation.largePrint === true || plan.context.settings.largePrint === true;
  return plansToHtmlPage(docs, {
    size: large ? 'extra-large' : 'large',
    title: docs[0]?.title ?? 'Your plan',
  });
}

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
