import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { useModel } from '../app-context';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { choicesOf } from '../fields/choices-of';
import { TextField } from '../fields/TextField';
import { CollaborateHandOver } from '../collaborate/CollaborateHandOver';
import { ReviewMeasures } from '../review/ReviewMeasures';
import { ReviewNextActions } from '../review/ReviewNextActions';
import { ReviewPanel } from '../review/ReviewPanel';
import { SinceLastTime } from '../review/SinceLastTime';
import { useEarlierPlan } from '../review/use-earlier-plan';
import { StepFrame } from './StepFrame';
import { useSection, useStrings } from '../ui/use-section';

const ATTAINMENT = ELEMENT_REGISTRY.review.kinds.attainment.values;
const NEXT = ELEMENT_REGISTRY.review.kinds.nextStep.values;

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
  const words = useStrings().choices;
  return (
    <StepFrame id="review">
      <ReviewPanel />
      <ChoiceGroup
        legend="How did it go"
        choices={choicesOf(ATTAINMENT, words.attainment)}
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
        choices={choicesOf(NEXT, words.reviewNextStep)}
        value={review.nextStep}
        onChange={(nextStep) => set({ nextStep })}
      />
      <ReviewNextActions />
      <CollaborateHandOver />
    </StepFrame>
  );
}
