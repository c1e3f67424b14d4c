import { computed, effect, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { Consultation } from '../domain/consultation';
import type { ConsultationRepository } from '../storage/consultations';

/**
 * The earlier plan the open consultation reviews (framework.md §7), for the side panel's model
 * (lib/app/side-panel-app.ts): read once per link, so every view of the review shows the same
 * record; and its cycle settled by the review's next step. Discharge, refer on or a new cycle close
 * it (no longer offered for review); "keep going" leaves it agreed. That is another record's status,
 * so it is a plain write, with no undo entry.
 */
export function followReview(
  consultation: ReadonlySignal<Consultation | null>,
  repository: () => Promise<ConsultationRepository>,
  earlierPlan: Signal<Consultation | null>,
): void {
  // Computed, so the effects below run when the link or the next step changes, not at every keystroke.
  const previousId = computed(() => consultation.value?.review.previousConsultationId ?? null);
  const nextStep = computed(() => consultation.value?.review.nextStep ?? '');

  effect(() => {
    const id = previousId.value;
    earlierPlan.value = null;
    if (!id) return;
    void repository()
      .then((consultations) => consultations.get(id))
      .then((found) => {
        if (previousId.value === id) earlierPlan.value = found ?? null;
      });
  });

  effect(() => {
    const id = earlierPlan.value?.id;
    const step = nextStep.value;
    if (!id || step === '') return;
    void repository().then((consultations) =>
      consultations.setStatus(id, step === 'continue' ? 'agreed' : 'closed'),
    );
  });
}
