import type { GoalAttainment, ReviewNextStep } from '../../lib/domain/consultation';
import { ChoiceGroup, type Choice } from '../fields/ChoiceGroup';
import { TextField } from '../fields/TextField';
import { ReviewNextActions } from '../review/ReviewNextActions';
import { ReviewPanel } from '../review/ReviewPanel';
import { StepFrame } from './StepFrame';
import { useSection } from './use-section';

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
 * Element 7 (framework.md §7). <ReviewPanel> compares with the earlier plan and
 * baseline; the outcome and next step are captured here.
 */
export function ReviewStep() {
  const [review, set] = useSection('review');
  return (
    <StepFrame id="review">
      <ReviewPanel />
      <ChoiceGroup
        legend="How did it go"
        choices={ATTAINMENT}
        value={review.attainment}
        onChange={(attainment) => set({ attainment })}
      />
      <TextField label="What helped" value={review.helped} onChange={(helped) => set({ helped })} rows={2} />
      <TextField
        label="What got in the way"
        value={review.gotInTheWay}
        onChange={(gotInTheWay) => set({ gotInTheWay })}
        rows={2}
      />
      <ChoiceGroup
        legend="Next step"
        choices={NEXT}
        value={review.nextStep}
        onChange={(nextStep) => set({ nextStep })}
      />
      <ReviewNextActions />
    </StepFrame>
  );
}
