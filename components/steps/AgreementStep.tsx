import { patientPrompts } from '../../lib/i18n/patient-prompts';
import { markAgreed } from '../../lib/domain/consultation-actions';
import { chooseNoTreatment, chooseOption } from '../../lib/domain/choice';
import { asClause } from '../../lib/domain/question-text';
import { suggestedReview } from '../../lib/agreement/suggested-review';
import { newId } from '../../lib/ids/new-id';
import { TimingSuggestions } from '../agreement/TimingSuggestions';
import { UnderstandingCheck } from '../agreement/UnderstandingCheck';
import { useModel } from '../app-context';
import { BarrierList } from '../fields/BarrierList';
import { BaselineFields } from '../fields/BaselineFields';
import { CheckboxField } from '../fields/CheckboxField';
import { ConfidencePrompt } from '../fields/ConfidencePrompt';
import { FollowUpField } from '../fields/FollowUpField';
import { OptionChoice } from '../fields/OptionChoice';
import { Ruler } from '../fields/Ruler';
import { TextField } from '../fields/TextField';
import { CarriedItems } from '../plan/CarriedItems';
import { NoDecisionNote } from '../plan/NoDecisionNote';
import { NotDecidedField } from '../plan/NotDecidedField';
import { PlanBar } from '../plan/PlanBar';
import { PlanPanel } from '../plan/PlanPanel';
import { CollaborateHandOver } from '../collaborate/CollaborateHandOver';
import { SafetyNetField } from '../plan/SafetyNetField';
import { AgreementNextSteps } from './AgreementNextSteps';
import { StepFrame } from './StepFrame';
import { useSection } from '../ui/use-section';
import './quick-path.css';

/**
 * Element 5 (framework.md §5), in the order of a ten-minute conversation
 * (docs/quick-path.md): the choice (the same decision as the leaning, or an
 * informed choice of no treatment), the goal and first step, confidence with
 * its problem-solving right under it, who does what (with referral and
 * information still needed), follow-up; <PlanPanel> shows the plan at the end.
 */
export function AgreementStep() {
  const model = useModel();
  const consultation = model.consultation.value;
  const [agreement, set] = useSection('agreement');
  if (!consultation) return null;
  const agreed = consultation.status !== 'open';
  // The patient reads the ruler and the confidence question in Welsh when their plan is in Welsh.
  const welsh = patientPrompts(consultation.preparation.language);

  return (
    <StepFrame id="agreement">
      <CarriedItems />
      <OptionChoice
        options={consultation.options.options}
        chosen={agreement.chosenOptionIds}
        onChoose={(id, on) => model.update((c) => chooseOption(c, id, on))}
        onAddChosen={(label) =>
          model.update((c) => {
            const id = newId();
            const option = { id, label, pros: '', cons: '', isDoNothing: false };
            const added = { ...c, options: { ...c.options, options: [...c.options.options, option] } };
            return chooseOption(added, id, true);
          })
        }
      />
      <CheckboxField
        label="Fully informed, the patient chooses no treatment"
        hint="A valid outcome: the plan records it respectfully."
        checked={agreement.noTreatment}
        onChange={(on) => model.update((c) => chooseNoTreatment(c, on))}
      />
      <NotDecidedField />
      <TextField
        label="Why (in the patient's words)"
        value={agreement.rationale}
        onChange={(rationale) => set({ rationale })}
        rows={2}
      />
      <TextField
        label="Goal"
        hint="Specific, measurable, achievable, realistic, timed, meaningful to them, reviewed"
        value={agreement.goal}
        onChange={(goal) => set({ goal })}
        rows={2}
      />
      <TextField
        label="First action"
        value={agreement.firstAction}
        onChange={(firstAction) => set({ firstAction })}
      />
      <div class="field-row">
        <TextField label="When" value={agreement.when} onChange={(when) => set({ when })} />
        <TextField label="How often" value={agreement.howOften} onChange={(howOften) => set({ howOften })} />
      </div>
      <TimingSuggestions
        agreement={agreement}
        language={consultation.preparation.language}
        onPick={(field, value) => set({ [field]: value })}
      />
      <Ruler
        question={`How confident are you that you will ${asClause(agreement.firstAction, 'do this')}?`}
        welsh={welsh && { ...welsh, question: welsh.firstStepConfidence }}
        value={agreement.confidence}
        onChange={(confidence) => set({ confidence })}
      />
      <ConfidencePrompt confidence={agreement.confidence} welsh={welsh?.toSeven} />
      <BarrierList barriers={agreement.barriers} onChange={(barriers) => set({ barriers })} />
      <AgreementNextSteps />
      <FollowUpField
        value={agreement.followUpDate}
        onChange={(followUpDate) => set({ followUpDate })}
        suggested={consultation.options.grid ? suggestedReview(consultation.options.grid.id) : null}
      />
      <TextField
        label="How to get back in touch"
        value={agreement.contact}
        onChange={(contact) => set({ contact })}
      />
      <BaselineFields baseline={agreement.baseline} onChange={(baseline) => set({ baseline })} />
      <SafetyNetField />
      <UnderstandingCheck agreement={agreement} onChange={set} />
      <NoDecisionNote consultation={consultation} />
      <PlanPanel />
      <CollaborateHandOver />
      <PlanBar agreed={agreed} onAgreed={(on) => model.apply(markAgreed, on)} />
    </StepFrame>
  );
}
