import type { GoalAttainment, ReviewNextStep } from '../../lib/domain/consultation';
import { useModel } from '../app-context';
import { ChoiceGroup, type Choice } from '../fields/ChoiceGroup';
import { TextField } from '../fields/TextField';
import { CollaborateHandOver } from '../collaborate/CollaborateHandOver';
import { ReviewMeasures } from '../review/ReviewMeasures';
import { ReviewNextActions } from '../review/ReviewNextActions';
import { ReviewPanel } from '../review/ReviewPanel';
import { SinceLastTime } from '../review/SinceLastTime';
import { useEarlierPlan } from '../review/use-earlier-plan';
import { StepFrame } from './StepFrame';
import { useSection } from '../ui/use-section';

const ATTAINMENT: readonly Choice<Exclude<GoalAttainment, ''>>[] = [
  { value: 'achieved', label: 'Goal achieved' },
  { value: 'partly', label: 'Partly achieved' },
  { value: 'not-yet', label: 'Not yet' },
  { value: 'changed', label: 'Goal changed' },
];

const NEXT: readonly Choice<Exclude<ReviewNextStep, ''>>[] = [
  { value: 'continue', label: 'Keep going' },
  { value: 'new-cycle', label: 'New plan (another cycle)' },
  { value: 'discharge', label: 'Discharge, with a way back in' },
  { value: 'refer', label: 'Refer on' },
];

/**
 * Element 7 (framework.md §7), in the order of the conversation: the earlier
 * plan read back, how it went, the measures now against baseline, what helped
 * and what got in the way, what changed (as the plan will say it), the next
 * step, and last the patient's private collaboRATE about this consultation.
 */
export function ReviewStep() {
  const current = useModel().consultation.value;
  const [review, set] = useSection('review');
  const earlier = useEarlierPlan();
  return (
    <StepFrame id="review">
      <ReviewPanel />
      <ChoiceGroup
        legend="How did it go"
        choices={ATTAINMENT}
        value={review.attainment}
        onChange={(attainment) => set({ attainment })}
      />
      {earlier ? <ReviewMeasures earlier={earlier} review={review} onChange={set} /> : null}
      <TextField label="What helped" value={review.helped} onChange={(helped) => set({ helped })} rows={2} />
      <TextField
        label="What got in the way"
        value={review.gotInTheWay}
        onChange={(gotInTheWay) => set({ gotInTheWay })}
        rows={2}
      />
      {earlier && current ? <SinceLastTime earlier={earlier} current={current} /> : null}
      <ChoiceGroup
        legend="Next step"
        choices={NEXT}
        value={review.nextStep}
        onChange={(nextStep) => set({ nextStep })}
      />
      <ReviewNextActions />
      <CollaborateHandOver />
    </StepFrame>
  );
}
