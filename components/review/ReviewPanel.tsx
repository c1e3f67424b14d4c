import { useModel } from '../app-context';
import { EarlierPlanSources } from '../continuity/EarlierPlanSources';
import { EarlierPlanSummary } from './EarlierPlanSummary';
import { useEarlierPlan } from './use-earlier-plan';
import './review.css';

/**
 * The opening of element 7 (framework.md §7): the earlier goal, first step,
 * confidence and baseline, read back together before asking how it went; or,
 * with no plan linked, how to link one.
 */
export function ReviewPanel() {
  const model = useModel();
  const current = model.consultation.value;
  const earlier = useEarlierPlan();
  if (!current) return null;
  if (!current.review.previousConsultationId) {
    return (
      <>
        <p class="field__hint">
          No earlier plan is linked. Type the patient reference: if they have an agreed plan, the sidebar
          offers to review it.
        </p>
        <EarlierPlanSources />
      </>
    );
  }
  if (!earlier) return <p class="field__hint">Loading the earlier plan…</p>;
  return <EarlierPlanSummary plan={earlier} />;
}
