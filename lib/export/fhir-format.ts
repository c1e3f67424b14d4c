/**
 * The parts of a Cocreate FHIR bundle that the writer (fhir.ts) and the reader
 * (read-fhir-bundle.ts) must agree on. Texts, not codes: where no published code
 * exists the bundle says what a thing is in words (docs/standards.md, "Codes").
 */

import type { AgendaOwner } from '../domain/consultation';

/** Bundle.meta.source of every bundle Cocreate writes; the number is the format version. */
export const FORMAT_SOURCE_PREFIX = 'urn:cocreate:fhir-export:';
export const FORMAT_VERSION = '3';
export const FORMAT_SOURCE = `${FORMAT_SOURCE_PREFIX}${FORMAT_VERSION}`;

/** Local patient references (never an NHS number): Reference.identifier.system. */
export const LOCAL_PATIENT_SYSTEM = 'urn:cocreate:local-patient-ref';

/** CarePlan.activity.detail.code.text of each kind of activity. */
export const ACTIVITY = {
  decision: 'Shared decision',
  firstAction: 'First action',
  task: 'Who does what',
  briefIntervention: 'Brief intervention',
  referral: 'Referral',
  intervention: 'Intervention',
  support: 'Support',
  informationNeeded: 'Information still needed',
  review: 'Review of the plan',
} as const;

/**
 * CarePlan.note labels of how to communicate with the patient (PCSP "How I communicate and how to
 * communicate with me"), each a note of its own so that each reads back apart.
 */
export const COMMUNICATION_NOTE = {
  planLanguage: "Language of the patient's plan: ",
  communicationNeeds: 'Communication needs: ',
  largePrint: 'Large print: ',
} as const;

/** The words the plan-language note uses; English, the default, is not written. */
export const PLAN_LANGUAGE_WORDS = { cy: 'Welsh', both: 'English and Welsh' } as const;

/** The only value the large-print note holds: it is written only when large print was asked for. */
export const LARGE_PRINT_YES = 'yes';

/**
 * The note giving a brief intervention's line in the patient's plan, naming the intervention by its
 * place among the plan's brief-intervention activities (1 for the first).
 */
export const briefInterventionLineLabel = (place: number) =>
  `Brief intervention ${place}, the patient's line: `;
export const BRIEF_INTERVENTION_LINE = /^Brief intervention (\d{1,2}), the patient's line: /;

/** CarePlan.activity.outcomeCodeableConcept.text of the shared-decision activity. */
export const DECISION_OUTCOME = {
  chosen: 'Option chosen',
  noTreatment: 'No treatment: informed choice',
  notDecided: 'Not decided yet',
  // Nothing chosen and "not decided yet" not ticked: said as the note says it.
  none: 'No decision recorded',
} as const;
export type DecisionKind = keyof typeof DECISION_OUTCOME;

/** The option grid a decision used, as the URI the decision activity adheres to. */
export const GRID_URI_PREFIX = 'urn:cocreate:option-grid:';
export const gridUri = (id: string, version: string) =>
  `${GRID_URI_PREFIX}${encodeURIComponent(id)}:${encodeURIComponent(version)}`;

/** Observation.code.text where no published code exists. */
export const OBSERVATION_TEXT = {
  whatMatters: 'What matters to me',
  patientMeasure: 'Patient measure',
  clinicalMeasure: 'Clinical measure',
  option: 'Option discussed',
  attainment: 'Goal attainment at review',
} as const;

/** Observation.component.code.text of an option discussed (SDM: Benefits entry, Risks communication entry). */
export const OPTION_PART = {
  benefit: 'Benefit',
  risk: 'Risk',
  chosen: 'Chosen',
  doNothing: 'Doing nothing',
  figure: 'Figure',
} as const;

/** Observation.component.code.text of the review of an earlier plan. */
export const REVIEW_PART = {
  patientMeasureNow: 'Patient measure now',
  confidenceNow: 'Confidence now',
  clinicalValueNow: 'Clinical measure now',
  helped: 'What helped',
  gotInTheWay: 'What got in the way',
  nextStep: 'Next step',
} as const;

/**
 * The labels of the CarePlan's notes, each a note of its own so the reader takes it back by its
 * label (read-fhir-details.ts). The writer (fhir.ts, fhir-care-plan-notes.ts) and the reader share
 * these words; the round trip (tests/unit/export/fhir-round-trip.test.ts) keeps them meaning one thing.
 */
export const PLAN_NOTE = {
  rationale: 'Why (patient): ',
  whatMattered: 'What mattered in choosing: ',
  contact: 'Contact: ',
  optionsDiscussed: 'Options discussed: ',
  alsoOnGrid: 'Also on the grid, not marked as discussed: ',
  howOften: 'How often (first step): ',
  ownSafetyNet: "When to get help, the clinician's own advice: ",
  consultationMethod: 'Consultation method: ',
  peopleInvolved: 'People involved in making the decision: ',
  peopleNote: 'People involved, as noted: ',
  alreadyDoing: 'Already doing (patient): ',
  commitment: "Commitment (patient's own words): ",
  wayBackIn: 'Way back in: ',
} as const;
export const AGENDA_NOTE: Record<AgendaOwner, string> = {
  patient: "Patient's agenda: ",
  clinician: "Clinician's agenda: ",
};
