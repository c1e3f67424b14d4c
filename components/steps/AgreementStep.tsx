import { asClause } from '../../lib/domain/question-text';
import { useModel } from '../app-context';
import { BarrierList } from '../fields/BarrierList';
import { BaselineFields } from '../fields/BaselineFields';
import { CheckboxField } from '../fields/CheckboxField';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { ConfidencePrompt } from '../fields/ConfidencePrompt';
import { FollowUpField } from '../fields/FollowUpField';
import { ResponsibilityList } from '../fields/ResponsibilityList';
import { Ruler } from '../fields/Ruler';
import { TextField } from '../fields/TextField';
import { CarriedItems } from '../plan/CarriedItems';
import { NotDecidedField } from '../plan/NotDecidedField';
import { PlanPanel } from '../plan/PlanPanel';
import { SafetyNetField } from '../plan/SafetyNetField';
import { StepFrame } from './StepFrame';
import { useSection } from './use-section';

/**
 * Element 5 (framework.md §5): the choice (including an informed choice of no
 * treatment), the SMARTER goal, the first step, barriers, confidence, who does
 * what and follow-up; <PlanPanel> shows the plan at the end.
 */
export function AgreementStep() {
  const model = useModel();
  const consultation = model.consultation.value;
  const [agreement, set] = useSection('agreement');
  if (!consultation) return null;
  const options = consultation.options.options;
  const agreed = consultation.status !== 'open';

  return (
    <StepFrame id="agreement">
      <CarriedItems />
      {options.length > 0 ? (
        <CheckboxGroup
          legend="Option chosen"
          choices={options.map((o) => ({ value: o.id, label: o.label }))}
          value={agreement.chosenOptionIds}
          // Choosing an option and an informed choice of no treatment exclude each other.
          onChange={(chosenOptionIds) => set({ chosenOptionIds, noTreatment: false, notDecided: false })}
        />
      ) : (
        <p class="field__hint">Options added in “Discussing options” appear here to choose from.</p>
      )}
      <CheckboxField
        label="Fully informed, the patient chooses no treatment"
        hint="A valid outcome: the plan records it respectfully."
        checked={agreement.noTreatment}
        onChange={(noTreatment) =>
          set(noTreatment ? { noTreatment, chosenOptionIds: [], notDecided: false } : { noTreatment })
        }
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
      <BarrierList barriers={agreement.barriers} onChange={(barriers) => set({ barriers })} />
      <Ruler
        question={`How confident are you that you will ${asClause(agreement.firstAction, 'do this')}?`}
        value={agreement.confidence}
        onChange={(confidence) => set({ confidence })}
      />
      <ConfidencePrompt confidence={agreement.confidence} />
      <BaselineFields baseline={agreement.baseline} onChange={(baseline) => set({ baseline })} />
      <ResponsibilityList
        items={agreement.responsibilities}
        onChange={(responsibilities) => set({ responsibilities })}
      />
      <FollowUpField value={agreement.followUpDate} onChange={(followUpDate) => set({ followUpDate })} />
      <TextField
        label="How to get back in touch"
        value={agreement.contact}
        onChange={(contact) => set({ contact })}
      />
      <SafetyNetField />
      <CheckboxField
        label="Plan agreed with the patient"
        checked={agreed}
        onChange={(on) => model.update((c) => ({ ...c, status: on ? 'agreed' : 'open' }))}
      />
      <PlanPanel />
    </StepFrame>
  );
}
