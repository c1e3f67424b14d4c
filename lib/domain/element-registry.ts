import type { Consultation } from './consultation';
import { ELEMENT_IDS, QUICK_PATH, type ConsultationPath, type ElementId } from './elements';
import * as CHOICES from './choice-values';
import { choice, type FieldSpecs } from './field-kinds';
import { newConsultation } from './new-consultation';

/**
 * The one list of the seven elements (docs/framework.md, "The seven elements").
 * Each element's captured data lives in the consultation section with the same
 * name, so `consultation[id]` is always that element's section, and the element's
 * name and prompts are `catalogue(language).elements[id]` (lib/i18n, English and
 * Welsh). Every field of a section has a kind (field-kinds.ts); purge, the
 * unsaved-text copy, "element used" and the patient's-words list are derived from
 * them. A choice field carries its values (choice-values.ts), and each list of
 * records the shape of its items (`each`). tests/unit/domain/element-registry.test.ts fails when an element lacks
 * its strings or its step component, or a field of Consultation lacks a kind.
 */
export interface ElementDefinition<K extends ElementId = ElementId> {
  id: K;
  /** 1-based position, also the Alt+number shortcut. */
  number: number;
  /** The kind of every field of `consultation[id]`. */
  kinds: FieldSpecs<Consultation[K]>;
  /** Fields of `consultation[id]` this element captures, in order (the keys of `kinds`). */
  fields: readonly (keyof Consultation[K])[];
  inQuickPath: boolean;
}

type Registry = { [K in ElementId]: ElementDefinition<K> };

function define<K extends ElementId>(id: K, kinds: FieldSpecs<Consultation[K]>): ElementDefinition<K> {
  return {
    id,
    number: ELEMENT_IDS.indexOf(id) + 1,
    kinds,
    fields: Object.keys(kinds) as (keyof Consultation[K])[],
    inQuickPath: QUICK_PATH.includes(id),
  };
}

const LIST_OF_TEXT = 'free-text';

export const ELEMENT_REGISTRY: Registry = {
  preparation: define('preparation', {
    appointmentType: choice(CHOICES.APPOINTMENT_TYPES),
    plannedMinutes: { kind: 'number', presetBy: 'the practice setting for appointment length' },
    present: choice(CHOICES.PRESENT_PEOPLE),
    presentNote: 'free-text',
    language: choice(CHOICES.PLAN_LANGUAGES, 'the practice setting for plan language'),
    communicationNeeds: 'free-text',
    largePrint: 'choice',
    gridsSentInAdvance: 'id',
    knownGoals: 'free-text',
  }),
  agenda: define('agenda', {
    items: { each: { id: 'id', text: 'patient-words', owner: choice(CHOICES.AGENDA_OWNERS) } },
    whatMatters: 'patient-words',
    alreadyDoing: 'patient-words',
    importanceAbout: 'free-text',
    importance: 'number',
    confidenceAbout: 'free-text',
    confidence: 'number',
    activation: choice(CHOICES.ACTIVATION_LEVELS),
  }),
  information: define('information', {
    needed: { each: { id: 'id', what: 'free-text', who: 'free-text', byWhen: 'free-text' } },
    dailyImpact: 'free-text',
    nextStep: choice(CHOICES.INFORMATION_NEXT_STEPS),
  }),
  options: define('options', {
    problem: 'free-text',
    careAims: choice(CHOICES.CARE_AIMS),
    grid: 'choice',
    options: {
      each: { id: 'id', label: 'free-text', pros: 'free-text', cons: 'free-text', isDoNothing: 'choice' },
    },
    // Grid question ids or the patient's questions as typed: treated as text either way.
    questionsThatMattered: LIST_OF_TEXT,
    leaning: 'id',
    whatMattered: 'patient-words',
  }),
  agreement: define('agreement', {
    chosenOptionIds: 'id',
    noTreatment: 'choice',
    rationale: 'patient-words',
    goal: 'patient-words',
    firstAction: 'free-text',
    when: 'free-text',
    howOften: 'free-text',
    barriers: { each: { id: 'id', barrier: 'free-text', wayRound: 'free-text' } },
    confidence: 'number',
    baseline: {
      fields: {
        patientMeasureLabel: 'clinical-value',
        patientMeasure: 'number',
        clinicalLabel: 'clinical-value',
        clinicalValue: 'clinical-value',
        clinicalUnit: 'clinical-value',
      },
    },
    responsibilities: {
      each: { id: 'id', who: choice(CHOICES.RESPONSIBLE_PEOPLE), otherName: 'free-text', task: 'free-text' },
    },
    followUpDate: 'date',
    contact: 'free-text',
    safetyNet: 'free-text',
    notDecided: 'choice',
    decideBy: 'date',
    teachBack: 'choice',
    commitment: 'patient-words',
    sure: 'choice',
  }),
  implementation: define('implementation', {
    referrals: 'free-text',
    interventions: 'free-text',
    support: 'free-text',
    wayBackIn: 'free-text',
    briefInterventions: {
      each: { id: 'id', topic: 'free-text', service: 'free-text', en: 'free-text', cy: 'free-text' },
    },
  }),
  review: define('review', {
    previousConsultationId: { kind: 'id', presetBy: 'the review offer, before anything is discussed' },
    attainment: choice(CHOICES.GOAL_ATTAINMENTS),
    patientMeasureNow: 'number',
    confidenceNow: 'number',
    clinicalValueNow: 'clinical-value',
    helped: 'patient-words',
    gotInTheWay: 'patient-words',
    nextStep: choice(CHOICES.REVIEW_NEXT_STEPS),
    collaborate: 'number',
  }),
};

/** The fields of a consultation outside the seven sections: the record's own bookkeeping. */
export const RECORD_FIELDS: FieldSpecs<Omit<Consultation, ElementId>> = {
  id: 'id',
  patientRef: 'patient-ref',
  createdAt: 'timestamp',
  updatedAt: 'timestamp',
  clockStartedAt: 'timestamp',
  path: choice(CHOICES.CONSULTATION_PATHS),
  currentElement: choice(ELEMENT_IDS),
  status: choice(CHOICES.CONSULTATION_STATUSES),
  purgedAt: 'timestamp',
  // Jargon terms accepted for the patient's rendering (docs/plan-truth.md).
  plainWords: 'id',
  copiesGiven: {
    each: { how: choice(CHOICES.COPY_WAYS), languages: choice(CHOICES.PATIENT_LANGUAGES), at: 'timestamp' },
  },
  preparationSheetsGiven: {
    each: {
      how: choice(CHOICES.SHEET_WAYS),
      languages: choice(CHOICES.PATIENT_LANGUAGES),
      gridId: 'id',
      gridTitle: 'choice',
      at: 'timestamp',
    },
  },
  carriedForward: 'id',
  importedFrom: {
    fields: {
      source: choice(CHOICES.IMPORT_SOURCES),
      formatVersion: 'id',
      importedAt: 'timestamp',
      patientRef: 'patient-ref',
      otherPatient: 'choice',
      integrity: choice(CHOICES.IMPORT_INTEGRITIES),
      signature: choice(CHOICES.IMPORT_SIGNATURES),
    },
  },
  // The patient's private collaboRATE answers (docs/collaborate.md).
  collaborate: {
    fields: { answers: 'number', language: choice(CHOICES.PATIENT_LANGUAGES), answeredAt: 'timestamp' },
  },
  collaborateLater: {
    each: { answers: 'number', language: choice(CHOICES.PATIENT_LANGUAGES), answeredAt: 'timestamp' },
  },
  handOversEndedEarly: 'timestamp',
};

/** In framework order. */
export type AnyElementDefinition = Registry[ElementId];
export const ELEMENTS: readonly AnyElementDefinition[] = ELEMENT_IDS.map((id) => ELEMENT_REGISTRY[id]);

/**
 * The two threads under every element (framework.md, "Underneath every element").
 * They have no step in the consultation; the audit view and PDSA log use them.
 */
export const THREAD_IDS = ['reflective-learning', 'service-improvement'] as const;
export type ThreadId = (typeof THREAD_IDS)[number];

/** The elements a path walks through with "Next"; the others stay one click away in the navigator. */
export function pathElements(path: ConsultationPath): readonly ElementId[] {
  return path === 'quick' ? QUICK_PATH : ELEMENT_IDS;
}

/** The element after (step 1) or before (step -1) `current` on `path`, or null at either end. */
export function stepAlong(path: ConsultationPath, current: ElementId, step: 1 | -1): ElementId | null {
  const order = pathElements(path);
  const index = order.indexOf(current);
  // An element off the quick path continues from its place in the full order.
  if (index === -1) {
    const full = ELEMENT_IDS.indexOf(current);
    const next = step === 1 ? order.find((id) => ELEMENT_IDS.indexOf(id) > full) : undefined;
    const prev = step === -1 ? [...order].reverse().find((id) => ELEMENT_IDS.indexOf(id) < full) : undefined;
    return next ?? prev ?? null;
  }
  return order[index + step] ?? null;
}

const BLANK = newConsultation({ id: '', now: new Date(0), path: 'quick', plannedMinutes: 0 });

/** Whether a section differs from a blank one (the planned length comes from settings, so it does not count). */
function differsFromBlank(consultation: Consultation, id: ElementId): boolean {
  if (id === 'preparation') {
    return (
      JSON.stringify({ ...consultation.preparation, plannedMinutes: 0 }) !== JSON.stringify(BLANK.preparation)
    );
  }
  // A record saved before a field existed lacks it: read the blank's value in its place.
  return JSON.stringify({ ...BLANK[id], ...consultation[id] }) !== JSON.stringify(BLANK[id]);
}

/**
 * True when the clinician has typed or chosen anything at all (used before starting a new one),
 * even a choice that does not count as using an element, such as the plan language.
 */
export function hasAnyContent(consultation: Consultation): boolean {
  return (
    consultation.patientRef.trim() !== '' || ELEMENT_IDS.some((id) => differsFromBlank(consultation, id))
  );
}
