import type { Consultation } from '../../lib/domain/consultation';
import { formatLongDate } from '../../lib/i18n/format-date';
import './review.css';

/**
 * "Is this the same person?" with the earlier plan's date, goal and reference (framework.md §7): a
 * local reference can belong to two people, so only "Yes" links the plan.
 */
export function ReviewOfferQuestion({
  plan,
  onAccept,
  onRefuse,
}: {
  plan: Consultation;
  onAccept: () => void;
  onRefuse: () => void;
}) {
  return (
    <div class="review-offer" role="group" aria-labelledby="review-offer-question">
      <p id="review-offer-question">
        <strong>Is this the same person?</strong> An earlier plan has a matching reference:
      </p>
      <dl class="review-offer__facts">
        <dt>Date</dt>
        <dd>{formatLongDate(plan.createdAt)}</dd>
        <dt>Goal</dt>
        <dd>{plan.agreement.goal.trim() || '(no goal written)'}</dd>
        <dt>Reference</dt>
        <dd>{plan.patientRef}</dd>
      </dl>
      <button type="button" data-variant="primary" onClick={onAccept}>
        Yes, same person: review the plan from {formatLongDate(plan.createdAt)}
      </button>{' '}
      <button type="button" onClick={onRefuse}>
        No, a different person
      </button>
    </div>
  );
}
