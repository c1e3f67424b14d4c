import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { linkReview } from '../../lib/domain/consultation-actions';
import { formatLongDate } from '../../lib/i18n/format-date';
import { useApp } from '../app-context';
import './review.css';

/**
 * Under the patient reference: when this reference has an earlier agreed plan,
 * offer to review it (framework.md §7). A local reference (initials and year of
 * birth) can belong to two people, so the offer first asks "Is this the same
 * person?" with the earlier plan's date, goal and reference; only "Yes" links
 * the plan (and so lets anything be carried forward). "No" hides the offer for
 * that plan. Nothing is offered once a plan is linked.
 */
export function ReviewOffer({ patientRef }: { patientRef: string }) {
  const { model } = useApp();
  const current = model.consultation.value;
  const currentId = current?.id ?? '';
  const linked = current?.review.previousConsultationId ?? null;
  const [plan, setPlan] = useState<Consultation | null>(null);
  const [refused, setRefused] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    setPlan(null);
    if (linked) return;
    // A short pause so the lookup does not run on every keystroke of the reference.
    const timer = setTimeout(() => {
      void model.findPlanToReview(patientRef, currentId).then((found) => {
        if (live) setPlan(found);
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, patientRef, currentId, linked]);

  if (!plan || linked || refused.includes(plan.id)) return null;
  const accept = () => model.apply(linkReview, { id: plan.id });
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
      <button type="button" data-variant="primary" onClick={accept}>
        Yes, same person: review the plan from {formatLongDate(plan.createdAt)}
      </button>{' '}
      <button type="button" onClick={() => setRefused((ids) => [...ids, plan.id])}>
        No, a different person
      </button>
    </div>
  );
}
