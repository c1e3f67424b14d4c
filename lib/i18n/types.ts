import type { Chosen } from '../domain/choice-values';
import type {
  ActivationLevel,
  AgendaOwner,
  AppointmentType,
  CareAim,
  GoalAttainment,
  InformationNextStep,
  PlanLanguage,
  PresentPerson,
  ResponsiblePerson,
  ReviewNextStep,
} from '../domain/consultation';
import type { ElementId } from '../domain/elements';
import type { ThreadId } from '../domain/element-registry';

/** Languages the element names and prompts exist in (the issue asks for English and Welsh). */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the sidebar shows for one element: a name, a purpose, one-line prompts and "why this matters". */
export interface ElementStrings {
  name: string;
  purpose: string;
  /** Nudges to glance at, one line each (docs/framework.md, "Who it serves"). */
  prompts: readonly string[];
  why: string;
}

export interface ThreadStrings {
  name: string;
  purpose: string;
  prompts: readonly string[];
}

/** Everything in one language; `satisfies` on each catalogue makes a missing key a type error. */
export interface Catalogue {
  elements: Record<ElementId, ElementStrings>;
  threads: Record<ThreadId, ThreadStrings>;
  careAims: Record<CareAim, { name: string; description: string }>;
  activation: Record<ActivationLevel, string>;
  choices: ChoiceWords;
}

/**
 * The panel's words for each value a clinician picks, keyed by the value (lib/domain/choice-values.ts),
 * so a value without its words is a type error here; `CHOICE_WORDS_FIELDS` names the registry field
 * each list words (tests/unit/i18n/choice-words.test.ts).
 */
export interface ChoiceWords {
  appointmentType: Record<Chosen<AppointmentType>, string>;
  present: Record<PresentPerson, string>;
  planLanguage: Record<PlanLanguage, string>;
  /** The heading of each item in the agenda list: whose item it is. */
  agendaOwner: Record<AgendaOwner, string>;
  informationNextStep: Record<Chosen<InformationNextStep>, string>;
  responsible: Record<ResponsiblePerson, string>;
  attainment: Record<Chosen<GoalAttainment>, string>;
  reviewNextStep: Record<Chosen<ReviewNextStep>, string>;
}

/** The registry field ("section.field", "section.list.*.field") whose values each list of words names. */
export const CHOICE_WORDS_FIELDS: Record<keyof ChoiceWords, string> = {
  appointmentType: 'preparation.appointmentType',
  present: 'preparation.present',
  planLanguage: 'preparation.language',
  agendaOwner: 'agenda.items.*.owner',
  informationNextStep: 'information.nextStep',
  responsible: 'agreement.responsibilities.*.who',
  attainment: 'review.attainment',
  reviewNextStep: 'review.nextStep',
};
