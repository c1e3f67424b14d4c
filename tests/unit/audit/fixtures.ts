import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';

/** A blank consultation created at `createdAt`, changed by `edit`. */
export function consultation(
  id: string,
  createdAt: string,
  edit: (c: Consultation) => Consultation = (c) => c,
): Consultation {
  const blank = newConsultation({ id, now: new Date(createdAt), path: 'quick', plannedMinutes: 10 });
  return edit(blank);
}

export const asthmaGrid = { id: 'asthma-inhalers', version: '1.0', title: 'Asthma inhalers' };
export const kneeGrid = { id: 'knee-oa', version: '2.1', title: 'Knee osteoarthritis' };

/** An agreed plan with a goal, confidence and baseline. */
export function agreedPlan(
  id: string,
  createdAt: string,
  options: {
    confidence?: number | null;
    baseline?: number | null;
    grid?: typeof asthmaGrid | null;
    noTreatment?: boolean;
    path?: 'quick' | 'full';
  } = {},
): Consultation {
  return consultation(id, createdAt, (c) => ({
    ...c,
    patientRef: `AB${id}`,
    path: options.path ?? 'quick',
    status: 'agreed',
    agenda: { ...c.agenda, whatMatters: 'Walking the dog' },
    options: { ...c.options, grid: options.grid === undefined ? asthmaGrid : options.grid },
    agreement: {
      ...c.agreement,
      goal: 'Walk to the park',
      firstAction: 'Walk to the corner daily',
      noTreatment: options.noTreatment ?? false,
      confidence: options.confidence === undefined ? 6 : options.confidence,
      baseline: {
        ...c.agreement.baseline,
        patientMeasureLabel: 'breathing',
        patientMeasure: options.baseline === undefined ? 3 : options.baseline,
        clinicalLabel: 'Peak flow',
        clinicalValue: '320',
        clinicalUnit: 'L/min',
      },
    },
  }));
}

/** A review of `previousId`. */
export function reviewOf(
  id: string,
  createdAt: string,
  previousId: string,
  review: Partial<Consultation['review']> = {},
): Consultation {
  return consultation(id, createdAt, (c) => ({
    ...c,
    path: 'full',
    review: { ...c.review, previousConsultationId: previousId, ...review },
  }));
}
