import type {
  AppointmentType,
  CareAim,
  InformationNeed,
  PlanLanguage,
  PresentPerson,
  Responsibility,
  Review,
} from '../domain/consultation';

/** The shared decision as the bundle states it. */
export type EarlierDecision = 'chosen' | 'noTreatment' | 'notDecided' | 'none';

/** One option discussed: its benefits (the clinician's pros) and risks (cons), '' when not given. */
export interface EarlierPlanOption {
  label: string;
  benefits: string;
  risks: string;
  chosen: boolean;
  /** Doing nothing, offered as a real choice. */
  doNothing: boolean;
}

/** The review that plan's consultation made of the plan before it (its goal attainment and findings). */
export type EarlierPlanReview = Pick<
  Review,
  | 'attainment'
  | 'patientMeasureNow'
  | 'confidenceNow'
  | 'clinicalValueNow'
  | 'helped'
  | 'gotInTheWay'
  | 'nextStep'
>;

/**
 * The rest of an earlier plan that a FHIR bundle carries beyond the summary both readers share:
 * the options with their risks and benefits, the decision's status, the agenda's rulers and what
 * matters, the care aims, tasks and barriers. Read, checked, shown and stored like the summary.
 * Empty string or null means "not in the bundle": nothing is guessed.
 */
export interface EarlierPlanDetails {
  decision: EarlierDecision;
  /** ISO date to decide by when not decided yet, or ''. */
  decideBy: string;
  problem: string;
  careAims: CareAim[];
  /** The option grid's title, where the bundle names the grid as its decision support tool. */
  gridTitle: string;
  options: EarlierPlanOption[];
  whatMattered: string;
  rationale: string;
  whatMatters: string;
  importance: number | null;
  importanceAbout: string;
  /** Confidence at agenda setting (the agreed confidence is the summary's). */
  agendaConfidence: number | null;
  confidenceAbout: string;
  /** When the first step is done, as typed. */
  firstStepWhen: string;
  /** How often the first step is done, as typed. */
  howOften: string;
  /** The clinician's own "when to get help" lines (not the nation's or the grid's), one per line. */
  safetyNet: string[];
  /** How the consultation was held (SDM consultation method), '' when not given. */
  appointmentType: AppointmentType;
  /** Who took part beside the patient (SDM people involved in making the decision). */
  present: PresentPerson[];
  /** The clinician's note on who took part, as typed. */
  presentNote: string;
  /** The language the patient asked for their plan in ('en', the default, when not said). */
  language: PlanLanguage;
  /** How the patient communicates and how to communicate with them, as typed. */
  communicationNeeds: string;
  /** Whether the patient asked for large print. */
  largePrint: boolean;
  /** Information still needed before deciding: what, who gets it and by when, each as typed. */
  informationNeeded: Omit<InformationNeed, 'id'>[];
  /** What each side wanted to talk about, in the order raised (SDM shared agenda setting). */
  agenda: { owner: 'patient' | 'clinician'; text: string }[];
  /** What the patient already does for their health, as typed. */
  alreadyDoing: string;
  barriers: { barrier: string; wayRound: string }[];
  tasks: Pick<Responsibility, 'who' | 'otherName' | 'task'>[];
  /** Brief interventions offered: topic, service and the patient's line in English. */
  briefInterventions: { topic: string; service: string; en: string }[];
  /** Referrals, other interventions and support agreed, each as typed. */
  referrals: string;
  interventions: string;
  support: string;
  contact: string;
  /** The patient's commitment, in their own words. */
  commitment: string;
  /** How to come back if things change, as typed. */
  wayBackIn: string;
  review: EarlierPlanReview | null;
}
