import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { dateAfter } from '../../lib/domain/follow-up';
import { formatLongDate } from '../../lib/i18n/format-date';
import { findPlansDueForReview } from '../../lib/review/due-for-review';
import { consultationRepository } from '../../lib/storage/consultations';
import { useApp } from '../app-context';
import './review.css';

/**
 * Under an empty patient reference: the plans whose follow-up is due about now. One click on one
 * brings its reference and links it for review (framework.md §7), so at a review the reference is
 * carried, not typed again. Each shows its reference, goal and date, so the clinician picks the
 * person, not just a reference that two people could share.
 */
export function DueReviews() {
  const { db, model } = useApp();
  const current = model.consultation.value;
  const currentId = current?.id ?? '';
  const [due, setDue] = useState<Consultation[]>([]);

  useEffect(() => {
    let live = true;
    const today = dateAfter(new Date(), { count: 0, unit: 'weeks' });
    void db
      .then((opened) => findPlansDueForReview(consultationRepository(opened), today, currentId))
      .then((found) => {
        if (live) setDue(found);
      });
    return () => {
      live = false;
    };
  }, [db, currentId]);

  if (due.length === 0 || !current || current.patientRef !== '' || current.review.previousConsultationId) {
    return null;
  }
  const review = (plan: Consultation) =>
    model.update((c) => ({
      ...c,
      patientRef: plan.patientRef,
      currentElement: 'review',
      review: { ...c.review, previousConsultationId: plan.id },
    }));
  return (
    <div class="due-reviews" role="group" aria-labelledby="due-reviews-title">
      <p id="due-reviews-title" class="field__label">
        Reviews due about now
      </p>
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
  );
}
