import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { linkReview } from '../../lib/domain/consultation-actions';
import { formatLongDate } from '../../lib/i18n/format-date';
import { useApp } from '../app-context';
import './review.css';

/**
 * Under an empty patient reference: the plans whose follow-up is due about now. One click on one
 * brings its reference and links it for review (framework.md §7), so at a review the reference is
 * carried, not typed again. Each shows its reference, goal and date, so the clinician picks the
 * person, not just a reference that two people could share; the list stays folded until asked for.
 */
export function DueReviews() {
  const { model } = useApp();
  const current = model.consultation.value;
  const currentId = current?.id ?? '';
  const [due, setDue] = useState<Consultation[]>([]);

  useEffect(() => {
    let live = true;
    void model.plansDueForReview(currentId).then((found) => {
      if (live) setDue(found);
    });
    return () => {
      live = false;
    };
  }, [model, currentId]);

  if (due.length === 0 || !current || current.patientRef !== '' || current.review.previousConsultationId) {
    return null;
  }
  // The list shows only while the reference is empty: linking takes the plan's reference.
  const review = (plan: Consultation) => model.apply(linkReview, plan);
  // Folded: other patients' references and goals stay off the screen the patient may be looking at
  // until the clinician opens the list (docs/privacy.md, "On screen").
  return (
    <details class="due-reviews">
      <summary class="field__label">Reviews due about now ({due.length})</summary>
      <div role="group" aria-label="Reviews due about now">
        <ul class="due-reviews__list">
          {due.map((plan) => (
            <li key={plan.id}>
              <button type="button" onClick={() => review(plan)}>
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
