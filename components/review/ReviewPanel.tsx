import { Ruler } from '../fields/Ruler';
import { TextField } from '../fields/TextField';
import { useModel } from '../app-context';
import { CollaborateFields } from './CollaborateFields';
import { EarlierPlanSummary } from './EarlierPlanSummary';
import { SinceLastTime } from './SinceLastTime';
import { useEarlierPlan } from './use-earlier-plan';
import './review.css';

/**
 * The comparison half of element 7 (framework.md §7): the earlier goal, first
 * step, confidence and baseline, and the same measures now. Attainment, what
 * helped and the next step sit beside it in the review step.
 */
export function ReviewPanel() {
  const model = useModel();
  const current = model.consultation.value;
  const earlier = useEarlierPlan();
  if (!current) return null;
  if (!current.review.previousConsultationId) {
    return (
      <p class="field__hint">
        No earlier plan is linked. Type the patient reference: if they have an agreed plan, the sidebar offers
        to review it.
      </p>
    );
  }
  if (!earlier) return <p class="field__hint">Loading the earlier plan…</p>;

  const review = current.review;
  const set = (patch: Partial<typeof review>) =>
    model.update((c) => ({ ...c, review: { ...c.review, ...patch } }));
  const baseline = earlier.agreement.baseline;
  const measureName = baseline.patientMeasureLabel ? ` (${baseline.patientMeasureLabel})` : '';
  const was = (value: number | null) => (value === null ? '' : ` Last time: ${value}.`);
  const clinicalName = baseline.clinicalLabel || 'Clinical value';
  return (
    <div class="review-panel">
      <EarlierPlanSummary plan={earlier} />
      <Ruler
        question={`Where would you put yourself now, 0–10${measureName}?${was(baseline.patientMeasure)}`}
        value={review.patientMeasureNow}
        onChange={(patientMeasureNow) => set({ patientMeasureNow })}
      />
      <Ruler
        question={`How confident are you now, 0–10?${was(earlier.agreement.confidence)}`}
        value={review.confidenceNow}
        onChange={(confidenceNow) => set({ confidenceNow })}
      />
      <TextField
        label={`${clinicalName} now${baseline.clinicalUnit ? ` (${baseline.clinicalUnit})` : ''}`}
        hint={
          baseline.clinicalValue
            ? `Baseline: ${baseline.clinicalValue} ${baseline.clinicalUnit}`.trim()
            : undefined
        }
        value={review.clinicalValueNow}
        onChange={(clinicalValueNow) => set({ clinicalValueNow })}
      />
      <CollaborateFields value={review.collaborate} onChange={(collaborate) => set({ collaborate })} />
      <SinceLastTime earlier={earlier} current={current} />
    </div>
  );
}
