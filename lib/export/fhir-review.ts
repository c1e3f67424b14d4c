import type { ObservationComponent } from '@medplum/fhirtypes';
import type { GoalAttainment } from '../domain/consultation';
import type { AgreedPlan } from '../plan/agreed-plan';
import { clean } from '../domain/read-values';
import { score } from '../plan/lines';
import { ATTAINMENT_WORDS, NEXT_STEP_WORDS } from '../plan/note-words';
import { GOAL_ACHIEVEMENT } from './codes/r4-codes';
import type { SourcedCode } from './codes/sourced-code';
import { coded } from './fhir-coding';
import { OBSERVATION_TEXT, REVIEW_PART } from './fhir-format';
import { observationEntry, outOf10, type ObservationEntry } from './fhir-observation-entry';
import { patientRef, writtenAt } from './fhir-parts';

/**
 * The review of the earlier plan (PCSP Goal status and Outcomes): how far its goal was attained,
 * in R4's goal-achievement codes where one fits and always in words, with what the patient
 * reported now. The earlier goal is named by its words (its Goal is in the earlier bundle).
 */

const ACHIEVEMENT: Record<Exclude<GoalAttainment, ''>, SourcedCode | null> = {
  achieved: GOAL_ACHIEVEMENT.achieved,
  partly: GOAL_ACHIEVEMENT.partly,
  'not-yet': GOAL_ACHIEVEMENT.notYet,
  changed: null,
};

const words = (text: string, value: string): ObservationComponent[] =>
  value ? [{ code: { text }, valueString: value }] : [];
const number = (text: string, value: number | null): ObservationComponent[] =>
  value === null
    ? []
    : [
        {
          code: { text },
          ...outOf10(value),
        },
      ];

export function reviewObservation(plan: AgreedPlan): ObservationEntry[] {
  const r = plan.source.review;
  const attainment = r?.attainment;
  if (!attainment || !(attainment in ACHIEVEMENT)) return [];
  const earlierGoal = clean(plan.context.previous?.agreement.goal);
  return [
    observationEntry(`observation:review:${plan.consultationId}`, {
      code: { text: OBSERVATION_TEXT.attainment },
      subject: patientRef(plan.source),
      focus: earlierGoal ? [{ display: earlierGoal }] : undefined,
      effectiveDateTime: writtenAt(plan.date),
      valueCodeableConcept: coded(ACHIEVEMENT[attainment], ATTAINMENT_WORDS[attainment] ?? attainment),
      component: [
        ...number(REVIEW_PART.patientMeasureNow, score(r.patientMeasureNow)),
        ...number(REVIEW_PART.confidenceNow, score(r.confidenceNow)),
        ...words(REVIEW_PART.clinicalValueNow, clean(r.clinicalValueNow)),
        ...words(REVIEW_PART.helped, clean(r.helped)),
        ...words(REVIEW_PART.gotInTheWay, clean(r.gotInTheWay)),
        ...words(REVIEW_PART.nextStep, NEXT_STEP_WORDS[r.nextStep] ?? ''),
      ],
    }),
  ];
}
