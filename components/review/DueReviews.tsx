import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { linkReview } from '../../lib/domain/consultation-actions';
import { useApp } from '../app-context';
import { lazyView } from '../lazy-view';

/** Most openings have no review due: the list's code loads when one is. */
export const dueReviewsList = lazyView(() =>
  import('./DueReviewsList').then((module) => module.DueReviewsList),
);

/**
 * Under an empty patient reference: the plans whose follow-up is due about now. One click on one
 * brings its reference and links it for review (framework.md §7), so at a review the reference is
 * carried, not typed again. The list stays folded until asked for.
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

  // The list shows only while the reference is empty: linking takes the plan's reference.
  const shown =
    due.length > 0 && current !== null && current.patientRef === '' && !current.review.previousConsultationId;
  const List = dueReviewsList.useView(shown);
  if (!shown || !List) return null;
  return <List due={due} onReview={(plan) => model.apply(linkReview, plan)} />;
}
