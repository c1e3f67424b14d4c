import { carryForward } from '../../lib/review/carry-forward';
import { useApp } from '../app-context';
import { useEarlierPlan } from './use-earlier-plan';

/**
 * Acts on the review's next step (the application model settles the earlier plan's cycle, see
 * lib/app/side-panel-app.ts). A new cycle starts a new consultation with the earlier plan carried
 * forward, so nothing is retyped.
 */
export function ReviewNextActions() {
  const { model } = useApp();
  const current = model.consultation.value;
  const earlier = useEarlierPlan();
  const nextStep = current?.review.nextStep ?? '';

  if (!current || !earlier) return null;
  if (nextStep === 'discharge' || nextStep === 'refer') {
    return (
      <p class="field__hint">Make sure the patient knows how to get back in touch (see “Who to contact”).</p>
    );
  }
  if (nextStep !== 'new-cycle') return null;
  return (
    <div class="review-next">
      <button
        type="button"
        data-variant="primary"
        onClick={() => void model.startNewCycle(current.patientRef, carryForward(earlier, current))}
      >
        Start the new plan cycle
      </button>
      <span class="field__hint">
        Opens a new consultation with the earlier plan filled in, ready to adjust.
      </span>
    </div>
  );
}
