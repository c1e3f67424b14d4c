import type { AgreedPlan } from '../plan/agreed-plan';
import type { PlanDocument } from '../plan/plan-types';
import { plansToHtmlPage } from './html';

/**
 * The patient version as the downloaded page: large print (extra-large on request), one column per
 * document. The same page is downloaded and attached to the FHIR document, so the two never differ.
 */
export function patientHtmlPage(plan: AgreedPlan, docs: readonly PlanDocument[]): string {
  const large = plan.source.preparation.largePrint === true || plan.context.settings.largePrint === true;
  return plansToHtmlPage(docs, {
    size: large ? 'extra-large' : 'large',
    title: docs[0]?.title ?? 'Your plan',
  });
}
