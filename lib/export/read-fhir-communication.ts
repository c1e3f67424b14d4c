import type { EarlierPlanDetails } from '../continuity/earlier-plan-details';
import type { PlanLanguage } from '../domain/consultation';
import type { CarePlanRead } from './fhir-bundle-schema';
import { COMMUNICATION_NOTE, LARGE_PRINT_YES, PLAN_LANGUAGE_WORDS } from './fhir-format';
import { Damaged } from './read-fhir-damage';
import { noteAfter } from './read-fhir-notes';

/** The plan's language as fhir-communication.ts words it; English when not written; Damaged when unknown. */
function language(plan: CarePlanRead): PlanLanguage {
  const written = noteAfter(plan.note, COMMUNICATION_NOTE.planLanguage);
  if (written === '') return 'en';
  const found = (Object.keys(PLAN_LANGUAGE_WORDS) as (keyof typeof PLAN_LANGUAGE_WORDS)[]).find(
    (k) => PLAN_LANGUAGE_WORDS[k] === written,
  );
  if (!found) throw new Damaged();
  return found;
}

/** Large print: asked for only when the note says yes; any other word is damage. */
function largePrint(plan: CarePlanRead): boolean {
  const written = noteAfter(plan.note, COMMUNICATION_NOTE.largePrint);
  if (written !== '' && written !== LARGE_PRINT_YES) throw new Damaged();
  return written === LARGE_PRINT_YES;
}

/** How to communicate with the patient, as fhir-communication.ts writes it. */
export function readCommunication(
  plan: CarePlanRead,
): Pick<EarlierPlanDetails, 'language' | 'communicationNeeds' | 'largePrint'> {
  return {
    language: language(plan),
    communicationNeeds: noteAfter(plan.note, COMMUNICATION_NOTE.communicationNeeds),
    largePrint: largePrint(plan),
  };
}
