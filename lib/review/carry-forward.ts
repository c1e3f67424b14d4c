import type { Consultation } from '../domain/consultation';
import { allItems } from './carried-items';

/**
 * The seed for a new plan cycle (framework.md §7: "keep going, adjust, try
 * something else"): the earlier plan comes forward so nothing is retyped, the
 * measures recorded at review become the new baseline, and the review itself
 * travels with it so the new plan can say what changed since last time.
 * Confidence and the follow-up date are left blank: they belong to the new
 * plan and must be asked again.
 */
export function carryForward(
  earlierPlan: Consultation,
  review: Consultation,
): (fresh: Consultation) => Consultation {
  return (fresh) => {
    const earlier = earlierPlan.agreement;
    const now = review.review;
    const seeded: Consultation = {
      ...fresh,
      path: 'full',
      currentElement: 'agreement',
      preparation: { ...earlierPlan.preparation, plannedMinutes: fresh.preparation.plannedMinutes },
      agenda: earlierPlan.agenda,
      information: earlierPlan.information,
      options: earlierPlan.options,
      agreement: {
        ...earlier,
        confidence: null,
        followUpDate: '',
        baseline: {
          ...earlier.baseline,
          patientMeasure: now.patientMeasureNow ?? earlier.baseline.patientMeasure,
          clinicalValue: now.clinicalValueNow.trim() || earlier.baseline.clinicalValue,
        },
      },
      implementation: earlierPlan.implementation,
      // collaboRATE belongs to the consultation it was answered about, never to the next one.
      review: {
        ...now,
        previousConsultationId: earlierPlan.id,
        nextStep: 'new-cycle',
        collaborate: [null, null, null],
      },
      // Nothing carried prints silently: each item waits for the clinician to keep or drop it.
      carriedForward: [],
    };
    return { ...seeded, carriedForward: allItems(seeded).map((item) => item.path) };
  };
}
