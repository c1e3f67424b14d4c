import type { Consultation } from '../domain/consultation';
import type { ElementId } from '../domain/elements';
import { ELEMENT_IDS } from '../domain/elements';
import { clean, list } from './lines';

/** Plain names for the record (framework.md, "The seven elements"). */
export const ELEMENT_NAMES: Record<ElementId, string> = {
  preparation: 'Preparation',
  agenda: 'Agenda setting',
  information: 'Information gathering',
  options: 'Discussing options',
  agreement: 'Agreeing the way forward',
  implementation: 'Implementation',
  review: 'Review',
};

const any = (...values: unknown[]) =>
  values.some((v) => (Array.isArray(v) ? v.length > 0 : typeof v === 'number' ? true : clean(v) !== ''));

/** Which elements have anything captured: the note records the work actually done. */
export function elementsUsed(c: Consultation): ElementId[] {
  const used: Record<ElementId, boolean> = {
    preparation: any(
      c.preparation.appointmentType,
      list(c.preparation.present),
      c.preparation.communicationNeeds,
      list(c.preparation.gridsSentInAdvance),
      c.preparation.knownGoals,
    ),
    agenda: any(
      list(c.agenda.items),
      c.agenda.whatMatters,
      c.agenda.alreadyDoing,
      c.agenda.importance,
      c.agenda.confidence,
      c.agenda.activation,
    ),
    information: any(list(c.information.needed), c.information.dailyImpact, c.information.nextStep),
    options: any(
      c.options.problem,
      list(c.options.careAims),
      list(c.options.options),
      c.options.whatMattered,
    ),
    agreement: any(
      list(c.agreement.chosenOptionIds),
      c.agreement.noTreatment ? 'yes' : '',
      c.agreement.goal,
      c.agreement.firstAction,
      c.agreement.confidence,
    ),
    implementation: any(
      c.implementation.referrals,
      c.implementation.interventions,
      c.implementation.support,
      c.implementation.wayBackIn,
    ),
    review: any(
      c.review.attainment,
      c.review.helped,
      c.review.gotInTheWay,
      c.review.nextStep,
      c.review.patientMeasureNow,
      c.review.confidenceNow,
    ),
  };
  return ELEMENT_IDS.filter((id) => used[id]);
}
