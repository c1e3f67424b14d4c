import type { Consultation } from './consultation';
import { ELEMENT_IDS, QUICK_PATH, type ConsultationPath, type ElementId } from './elements';
import { newConsultation } from './new-consultation';

/**
 * The one list of the seven elements (shared/framework.md, "The seven elements").
 * Each element's captured data lives in the consultation section with the same
 * name, so `consultation[id]` is always that element's section. Names, prompts
 * and "why this matters" live in lib/i18n (English and Welsh);
 * tests/unit/domain/element-registry.test.ts fails when an element lacks its
 * strings or its step component.
 */
export interface ElementDefinition<K extends ElementId = ElementId> {
  id: K;
  /** 1-based position, also the Alt+number shortcut. */
  number: number;
  /** Fields of `consultation[id]` this element captures (the audit issue reads these). */
  fields: readonly (keyof Consultation[K])[];
  inQuickPath: boolean;
}

type Registry = { [K in ElementId]: ElementDefinition<K> };

function define<K extends ElementId>(
  id: K,
  fields: readonly (keyof Consultation[K])[],
): ElementDefinition<K> {
  return { id, number: ELEMENT_IDS.indexOf(id) + 1, fields, inQuickPath: QUICK_PATH.includes(id) };
}

export const ELEMENT_REGISTRY: Registry = {
  preparation: define('preparation', [
    'appointmentType',
    'plannedMinutes',
    'present',
    'presentNote',
    'language',
    'communicationNeeds',
    'largePrint',
    'gridsSentInAdvance',
    'knownGoals',
  ]),
  agenda: define('agenda', [
    'items',
    'whatMatters',
    'alreadyDoing',
    'importanceAbout',
    'importance',
    'confidenceAbout',
    'confidence',
    'activation',
  ]),
  information: define('information', ['needed', 'dailyImpact', 'nextStep']),
  options: define('options', [
    'problem',
    'careAims',
    'grid',
    'options',
    'questionsThatMattered',
    'leaning',
    'whatMattered',
  ]),
  agreement: define('agreement', [
    'chosenOptionIds',
    'noTreatment',
    'rationale',
    'goal',
    'firstAction',
    'when',
    'howOften',
    'barriers',
    'confidence',
    'baseline',
    'responsibilities',
    'followUpDate',
    'contact',
    'safetyNet',
    'notDecided',
    'decideBy',
  ]),
  implementation: define('implementation', ['referrals', 'interventions', 'support', 'wayBackIn']),
  review: define('review', [
    'previousConsultationId',
    'attainment',
    'patientMeasureNow',
    'confidenceNow',
    'clinicalValueNow',
    'helped',
    'gotInTheWay',
    'nextStep',
    'collaborate',
  ]),
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

/**
 * Whether anything was captured in an element: its section differs from a blank one.
 * The planned length is set from settings, not by the clinician, so it does not count.
 */
export function isCaptured(consultation: Consultation, id: ElementId): boolean {
  // A record saved before a field existed lacks it: read the blank's value in its place.
  const section: unknown = { ...BLANK[id], ...consultation[id] };
  const blank: unknown = BLANK[id];
  if (id === 'preparation') {
    return (
      JSON.stringify({ ...consultation.preparation, plannedMinutes: 0 }) !== JSON.stringify(BLANK.preparation)
    );
  }
  return JSON.stringify(section) !== JSON.stringify(blank);
}

/** True when the clinician has typed or chosen anything at all (used before starting a new one). */
export function hasAnyContent(consultation: Consultation): boolean {
  return consultation.patientRef.trim() !== '' || ELEMENT_IDS.some((id) => isCaptured(consultation, id));
}
