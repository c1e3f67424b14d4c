import type { EarlierPlanDetails } from '../continuity/earlier-plan-details';
import type { CarePlanRead } from './fhir-bundle-schema';
import { ACTIVITY } from './fhir-format';
import { Damaged } from './read-fhir-damage';

/** The information still needed, item by item, as fhir-information-needed.ts writes it. */
export function readInformationNeeded(plan: CarePlanRead): EarlierPlanDetails['informationNeeded'] {
  return (plan.activity ?? [])
    .filter((a) => a.detail?.code?.text === ACTIVITY.informationNeeded)
    .map((a) => {
      const performers = a.detail?.performer ?? [];
      // The writer names one person who gets it, or none.
      if (performers.length > 1) throw new Damaged();
      const need = {
        what: (a.detail?.description ?? '').trim(),
        who: (performers[0]?.display ?? '').trim(),
        byWhen: (a.detail?.scheduledString ?? '').trim(),
      };
      if (!need.what && !need.who && !need.byWhen) throw new Damaged();
      return need;
    });
}
