import type { AgendaItem, Consultation, ConsultationStatus } from './consultation';
import type { ConsultationPath, ElementId } from './elements';

/**
 * The named changes to a consultation: pure functions the model applies with
 * `model.apply(action, ...args)` (lib/state/consultation-model.ts), so the rules that
 * hold across sections live here and not in components. Each returns a new
 * consultation and leaves its input alone.
 */
export type ConsultationAction<A extends unknown[]> = (
  consultation: Consultation,
  ...args: A
) => Consultation;

/** Adds an item to the end of the agenda: the patient's or the clinician's, in their words. */
export const addAgendaItem: ConsultationAction<[item: AgendaItem]> = (c, item) => ({
  ...c,
  agenda: { ...c.agenda, items: [...c.agenda.items, item] },
});

/** Removes an option; a removed option can no longer be leaned to or chosen. */
export const removeOption: ConsultationAction<[optionId: string]> = (c, id) => ({
  ...c,
  options: {
    ...c.options,
    options: c.options.options.filter((o) => o.id !== id),
    leaning: c.options.leaning.filter((l) => l !== id),
  },
  agreement: { ...c.agreement, chosenOptionIds: c.agreement.chosenOptionIds.filter((o) => o !== id) },
});

// Choosing an option or no treatment is one decision with its own rules: choice.ts, imported from
// there so its code loads with the steps that choose, not with the panel.

/** Marks the plan agreed, or open again. */
export const markAgreed: ConsultationAction<[agreed: boolean]> = (c, agreed) => ({
  ...c,
  status: (agreed ? 'agreed' : 'open') satisfies ConsultationStatus,
});

export const goToElement: ConsultationAction<[element: ElementId]> = (c, currentElement) => ({
  ...c,
  currentElement,
});

export const setPath: ConsultationAction<[path: ConsultationPath]> = (c, path) => ({ ...c, path });

export const setPatientRef: ConsultationAction<[patientRef: string]> = (c, patientRef) => ({
  ...c,
  patientRef,
});

export const setPlannedMinutes: ConsultationAction<[minutes: number]> = (c, plannedMinutes) => ({
  ...c,
  preparation: { ...c.preparation, plannedMinutes },
});

/** Starts the appointment clock again from `nowMs`. */
export const restartClock: ConsultationAction<[nowMs: number]> = (c, clockStartedAt) => ({
  ...c,
  clockStartedAt,
});

/**
 * Merges a patch into one element's section: what a field of that element types. The model keeps
 * it in the undo list and saves it like every other action.
 */
export const editSection = <K extends ElementId>(
  c: Consultation,
  key: K,
  patch: Partial<Consultation[K]>,
): Consultation => ({ ...c, [key]: { ...c[key], ...patch } });

/**
 * Links the open consultation to the earlier plan it reviews and goes to the review (framework.md
 * §7). An empty patient reference takes the plan's when given, so at a review it is carried, not
 * typed again.
 */
export const linkReview: ConsultationAction<[plan: { id: string; patientRef?: string }]> = (c, plan) => ({
  ...c,
  patientRef: c.patientRef || plan.patientRef || '',
  currentElement: 'review',
  review: { ...c.review, previousConsultationId: plan.id },
});
