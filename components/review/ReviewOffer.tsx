import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { findPlanToReview } from '../../lib/review/find-previous';
import { formatLongDate } from '../../lib/i18n/format-date';
import { useApp } from '../app-context';
import './review.css';

/**
 * Under the patient reference: when this reference has an earlier agreed plan,
 * offer to review it (framework.md §7). Accepting links the plan and moves to
 * the review element; nothing is offered once a plan is linked.
 */
export function ReviewOffer({ patientRef }: { patientRef: string }) {
  const { db, model } = useApp();
  const current = model.consultation.value;
  const currentId = current?.id ?? '';
  const linked = current?.review.previousConsultationId ?? null;
  const [plan, setPlan] = useState<Consultation | null>(null);

  useEffect(() => {
    let live = true;
    setPlan(null);
    if (linked) return;
    // A short pause so the lookup does not run on every keystroke of the reference.
    const timer = setTimeout(() => {
      void findPlanToReview(db, patientRef, currentId).then((found) => {
        if (live) setPlan(found);
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, patientRef, currentId, linked]);

  if (!plan || linked) return null;
  const accept = () =>
    model.update((c) => ({
      ...c,
      currentElement: 'review',
      review: { ...c.review, previousConsultationId: plan.id },
    }));
  return (
    <div class="review-offer" role="status">
      <button type="button" data-variant="primary" onClick={accept}>
        Review the plan from {formatLongDate(plan.createdAt)}
      </button>
      {plan.agreement.goal ? <span class="field__hint">Goal: {plan.agreement.goal}</span> : null}
    </div>
  );
}
