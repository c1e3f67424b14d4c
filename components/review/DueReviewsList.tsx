import type { Consultation } from '../../lib/domain/consultation';
import { formatLongDate } from '../../lib/i18n/format-date';
import './review.css';

/**
 * The plans due for review about now, folded: other patients' references and goals stay off the
 * screen the patient may be looking at until the clinician opens the list (docs/privacy.md, "On
 * screen"). Each shows its reference, goal and date, so the clinician picks the person.
 */
export function DueReviewsList({
  due,
  onReview,
}: {
  due: readonly Consultation[];
  onReview: (plan: Consultation) => void;
}) {
  return (
    <details class="due-reviews">
      <summary class="field__label">Reviews due about now ({due.length})</summary>
      <div role="group" aria-label="Reviews due about now">
        <ul class="due-reviews__list">
          {due.map((plan) => (
            <li key={plan.id}>
              <button type="button" onClick={() => onReview(plan)}>
                Review {plan.patientRef}: {plan.agreement.goal.trim() || '(no goal written)'}, due{' '}
                {formatLongDate(plan.agreement.followUpDate)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
