import type { CarePlanActivity } from '@medplum/fhirtypes';
import { pickNoteLine, picksOf } from '../brief-interventions/picks';
import type { Consultation } from '../domain/consultation';
import { clean } from '../domain/read-values';
import { PATIENT_REFERRAL } from './codes/snomed';
import { coded } from './fhir-coding';
import { ACTIVITY, briefInterventionLineLabel } from './fhir-format';

/** The picks the plan lists, each with its note line (topic and service) and the patient's line. */
function offered(c: Consultation) {
  return picksOf(c.implementation)
    .map((pick) => ({ line: pickNoteLine(pick), en: clean(pick.en) }))
    .filter((pick) => pick.line);
}

/** A referral or service offered (stop smoking, exercise referral…), as the note and plan say it. */
export function briefInterventionActivities(c: Consultation): CarePlanActivity[] {
  return offered(c).map(({ line }) => ({
    detail: {
      code: coded(PATIENT_REFERRAL, ACTIVITY.briefIntervention),
      status: 'not-started',
      description: line,
    },
  }));
}

/**
 * Each brief intervention's line in the patient's plan as a CarePlan note of its own, naming the
 * activity by its place, since the activity's description stays the note's line (topic: service).
 */
export function briefInterventionLines(c: Consultation): string[] {
  return offered(c).map(({ en }, i) => (en ? `${briefInterventionLineLabel(i + 1)}${en}` : ''));
}
