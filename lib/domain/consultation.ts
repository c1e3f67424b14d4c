import type {
  ACTIVATION_LEVELS,
  AGENDA_OWNERS,
  APPOINTMENT_TYPES,
  CARE_AIMS,
  CONSULTATION_STATUSES,
  COPY_WAYS,
  GOAL_ATTAINMENTS,
  IMPORT_INTEGRITIES,
  IMPORT_SIGNATURES,
  IMPORT_SOURCES,
  INFORMATION_NEXT_STEPS,
  PATIENT_LANGUAGES,
  PLAN_LANGUAGES,
  PRESENT_PEOPLE,
  RESPONSIBLE_PEOPLE,
  REVIEW_NEXT_STEPS,
  SHEET_WAYS,
} from './choice-values';
import type { ConsultationPath, ElementId } from './elements';

// The values live once, in choice-values.ts; re-exported for the modules that read them here.
export { CARE_AIMS } from './choice-values';

/**
 * One consultation, as captured in the sidebar. Every section maps to one
 * element of docs/framework.md; every field is optional in spirit (empty
 * string, null or []), because a half-finished consultation must still save,
 * reopen and render.
 */
export interface Consultation {
  id: string;
  /** Local reference typed by the clinician (e.g. initials + year of birth); not an NHS number. */
  patientRef: string;
  createdAt: string;
  updatedAt: string;
  /** Epoch ms when the appointment clock started. */
  clockStartedAt: number;
  path: ConsultationPath;
  currentElement: ElementId;
  /** 'agreed' once a plan has been agreed; 'closed' after review ends the cycle. */
  status: ConsultationStatus;
  /** ISO date-time set when retention purged the free text; only audit fields remain. */
  purgedAt: string | null;
  preparation: Preparation;
  agenda: AgendaSetting;
  information: InformationGathering;
  options: DiscussingOptions;
  agreement: AgreeingWayForward;
  implementation: Implementation;
  review: Review;
  /**
   * Jargon terms whose plain words the clinician accepted. They change the patient's
   * rendering only, never what was typed, the note or FHIR (docs/plan-truth.md).
   * Absent on records saved before this field existed.
   */
  plainWords?: string[];
  /** Each time the patient version left Cocreate (printed, downloaded, inserted, copied as a text message). */
  copiesGiven?: PlanCopyGiven[];
  /** Each time the preparation sheet left Cocreate before the appointment (docs/preparation.md). */
  preparationSheetsGiven?: PreparationSheetGiven[];
  /**
   * Fields copied forward from the earlier plan at a new cycle that the clinician has not yet
   * kept or dropped, as dotted paths (e.g. "agreement.goal", "agreement.barriers.b1").
   */
  carriedForward?: string[];
  /**
   * Set only on an earlier plan read back from an EHR note or a FHIR bundle, so
   * a review on another PC has its baseline (docs/continuity.md). Such a record
   * is not a consultation held here: the audit does not count it. Absent on
   * records saved before this field existed.
   */
  importedFrom?: ImportedFrom | null;
  /**
   * collaboRATE as the patient answered it, privately, on the hand-over screen
   * (docs/collaborate.md). Any consultation may have it, not only a review.
   * Absent on records saved before this field existed.
   */
  collaborate?: CollaborateResponse | null;
  /**
   * Responses given after the first, oldest first: a second hand-over is a new response and never
   * replaces the first, which alone counts in the audit (one per consultation). Absent until then.
   */
  collaborateLater?: CollaborateResponse[];
  /** ISO date-times at which a hand-over window was closed any way but the hold. Absent until then. */
  handOversEndedEarly?: string[];
}

/** The three collaboRATE answers (0–9 each), saved only when all three are given. */
export interface CollaborateResponse {
  answers: [number, number, number];
  /** The language the patient answered in. */
  language: PatientLanguage;
  /** ISO date-time. */
  answeredAt: string;
}

export interface ImportedFrom {
  source: (typeof IMPORT_SOURCES)[number];
  formatVersion: string;
  /** ISO date-time it was read and confirmed. */
  importedAt: string;
  /** The patient reference the source named ('' when none); absent on records imported before. */
  patientRef?: string;
  /** True when the clinician chose to use a plan naming another reference, or none (a recorded choice). */
  otherPatient?: boolean;
  /** The source's own check: 'intact', 'edited' (used knowingly) or 'unchecked'. */
  integrity?: (typeof IMPORT_INTEGRITIES)[number];
  /** Where this PC held the practice's key: whether the source was signed by it (if not, used knowingly). */
  signature?: (typeof IMPORT_SIGNATURES)[number];
}

/** One copy of the patient version given to the patient (docs/plan-truth.md). */
export interface PlanCopyGiven {
  how: (typeof COPY_WAYS)[number];
  languages: PatientLanguage[];
  /** ISO date-time. */
  at: string;
}

/** One preparation sheet given: how, in which languages, with which option grid ('' for none). */
export interface PreparationSheetGiven {
  how: (typeof SHEET_WAYS)[number];
  languages: PatientLanguage[];
  gridId: string;
  /** The grid's title and version as given, so the note names it as the clinician saw it (absent on older records). */
  gridTitle?: string;
  /** ISO date-time. */
  at: string;
}

export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export type PlanLanguage = (typeof PLAN_LANGUAGES)[number];
/** A language a patient reads a copy or answers in. */
export type PatientLanguage = (typeof PATIENT_LANGUAGES)[number];
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export type PresentPerson = (typeof PRESENT_PEOPLE)[number];

export interface Preparation {
  appointmentType: AppointmentType;
  plannedMinutes: number;
  present: PresentPerson[];
  presentNote: string;
  language: PlanLanguage;
  communicationNeeds: string;
  largePrint: boolean;
  /** Ids of option grids sent before the meeting. */
  gridsSentInAdvance: string[];
  knownGoals: string;
}

export interface AgendaItem {
  id: string;
  text: string;
  owner: AgendaOwner;
}

export type AgendaOwner = (typeof AGENDA_OWNERS)[number];

/** Four-level clinician estimate; never the licensed PAM items (docs/framework.md, "Tools and measures"). */
export type ActivationLevel = (typeof ACTIVATION_LEVELS)[number];

export interface AgendaSetting {
  /** Patient's and clinician's items; array order is the agreed priority order. */
  items: AgendaItem[];
  whatMatters: string;
  alreadyDoing: string;
  importanceAbout: string;
  importance: number | null;
  confidenceAbout: string;
  confidence: number | null;
  activation: ActivationLevel | null;
}

export interface InformationNeed {
  id: string;
  what: string;
  who: string;
  byWhen: string;
}

export interface InformationGathering {
  needed: InformationNeed[];
  dailyImpact: string;
  nextStep: InformationNextStep;
}

export type InformationNextStep = (typeof INFORMATION_NEXT_STEPS)[number];

export type CareAim = (typeof CARE_AIMS)[number];

export interface OptionDiscussed {
  id: string;
  label: string;
  pros: string;
  cons: string;
  /** True for "wait / do nothing": the plan says it was a real choice (framework.md §4). */
  isDoNothing: boolean;
}

export interface DiscussingOptions {
  problem: string;
  careAims: CareAim[];
  /** Option grid used, if any (id, version and title are copied so the note survives grid edits). */
  grid: { id: string; version: string; title: string } | null;
  options: OptionDiscussed[];
  /** Grid question (row) ids or free text of the patient's questions that mattered. */
  questionsThatMattered: string[];
  /** Option ids the patient leans to. */
  leaning: string[];
  whatMattered: string;
}

export interface Barrier {
  id: string;
  barrier: string;
  wayRound: string;
}

export type ResponsiblePerson = (typeof RESPONSIBLE_PEOPLE)[number];

export interface Responsibility {
  id: string;
  who: ResponsiblePerson;
  otherName: string;
  task: string;
}

export interface Baseline {
  patientMeasureLabel: string;
  patientMeasure: number | null;
  clinicalLabel: string;
  clinicalValue: string;
  clinicalUnit: string;
}

export interface AgreeingWayForward {
  chosenOptionIds: string[];
  /** Fully informed choice of no treatment: a valid outcome (framework.md §5). */
  noTreatment: boolean;
  /** Why, in the patient's own words where possible. */
  rationale: string;
  goal: string;
  firstAction: string;
  when: string;
  howOften: string;
  barriers: Barrier[];
  confidence: number | null;
  baseline: Baseline;
  responsibilities: Responsibility[];
  followUpDate: string;
  contact: string;
  /** The clinician's condition-specific "when to get help" advice for this patient, one line each. */
  safetyNet?: string;
  /**
   * The third outcome: not decided yet (time to think, or to talk to family), to decide by
   * `decideBy` (yyyy-mm-dd). Excludes a chosen option and an informed choice of no treatment.
   */
  notDecided?: boolean;
  decideBy?: string;
  /** Teach-back done: the patient said in their own words what they will do and when (lib/plan/understanding.ts). Absent on older records. */
  teachBack?: boolean;
  /** The patient's commitment statement, in their own words (Brief Action Planning). Absent on older records. */
  commitment?: string;
  /** SURE answers (true = yes), in SURE_ITEMS order; null = not asked. Absent on older records. */
  sure?: SureAnswers;
}

export type SureAnswers = [boolean | null, boolean | null, boolean | null, boolean | null];

export interface Implementation {
  referrals: string;
  interventions: string;
  support: string;
  wayBackIn: string;
  /**
   * Brief interventions picked (smoking, activity, weight, alcohol): each a copy of the
   * practice's list entry at the time, so the record reads the same after the list changes
   * (docs/brief-interventions.md). Absent on records saved before this field existed.
   */
  briefInterventions?: BriefInterventionPick[];
}

/** One brief intervention offered: the service for the note and the patient's line in each language. */
export interface BriefInterventionPick {
  /** The list entry's id ("smoking"), so picking it again takes it away. */
  id: string;
  /** What it is about, in the clinician's words ("Smoking"). */
  topic: string;
  /** The service, for the implementation section and the clinician note. */
  service: string;
  /** The patient's plan line in English and Welsh ('' when the practice gave no Welsh). */
  en: string;
  cy: string;
}

export type GoalAttainment = (typeof GOAL_ATTAINMENTS)[number];
export type ReviewNextStep = (typeof REVIEW_NEXT_STEPS)[number];

export interface Review {
  /** The earlier consultation whose plan this one reviews. */
  previousConsultationId: string | null;
  attainment: GoalAttainment;
  patientMeasureNow: number | null;
  confidenceNow: number | null;
  clinicalValueNow: string;
  helped: string;
  gotInTheWay: string;
  nextStep: ReviewNextStep;
  /**
   * collaboRATE as earlier versions recorded it: entered by the clinician in the review step.
   * No longer written (the patient answers privately: Consultation.collaborate); still read by
   * the audit for records that have it.
   */
  collaborate: [number | null, number | null, number | null];
}
