import { useEffect } from 'preact/hooks';
import { carryForward } from '../../lib/review/carry-forward';
import { consultationRepository } from '../../lib/storage/consultations';
import { useApp } from '../app-context';
import { useEarlierPlan } from './use-earlier-plan';

/**
 * Acts on the review's next step. Discharge, refer on or a new cycle end the
 * earlier plan's cycle ('closed', so it is no longer offered for review);
 * "keep going" leaves it agreed. A new cycle starts a new consultation with
 * the earlier plan carried forward, so nothing is retyped.
 */
export function ReviewNextActions() {
  const { db, model } = useApp();
  const current = model.consultation.value;
  const earlier = useEarlierPlan();
  const nextStep = current?.review.nextStep ?? '';
  const earlierId = earlier?.id;

  useEffect(() => {
    if (!earlierId || nextStep === '') return;
    // Status of another stored consultation, not of the open one: a plain write, no undo entry.
    void db.then((opened) =>
      consultationRepository(opened).setStatus(earlierId, nextStep === 'continue' ? 'agreed' : 'closed'),
    );
  }, [db, earlierId, nextStep]);

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
        onClick={() => void model.startNew(current.patientRef, carryForward(earlier, current))}
      >
        Start the new plan cycle
      </button>
      <span class="field__hint">
        Opens a new consultation with the earlier plan filled in, ready to adjust.
      </span>
    </div>
  );
}
