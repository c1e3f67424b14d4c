import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { linkReview } from '../../lib/domain/consultation-actions';
import { useApp } from '../app-context';
import { lazyView } from '../lazy-view';

/** Most references have no earlier plan: the question's code loads when one has. */
export const reviewOfferQuestion = lazyView(() =>
  import('./ReviewOfferQuestion').then((module) => module.ReviewOfferQuestion),
);

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

  const offered = plan && !linked && !refused.includes(plan.id) ? plan : null;
  const Question = reviewOfferQuestion.useView(offered !== null);
  if (!offered || !Question) return null;
  return (
    <Question
      plan={offered}
      onAccept={() => model.apply(linkReview, { id: offered.id })}
      onRefuse={() => setRefused((ids) => [...ids, offered.id])}
    />
  );
}
