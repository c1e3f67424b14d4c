import type { PlanLanguage, PresentPerson } from '../../lib/domain/consultation';
import { AppointmentTypeChoice } from '../fields/AppointmentTypeChoice';
import { CheckboxField } from '../fields/CheckboxField';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import type { Choice } from '../fields/ChoiceGroup';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { PreparationAnswersToggle } from '../preparation/PreparationAnswersToggle';
import { PreparationSheetLink } from '../preparation/PreparationSheetLink';
import { StepFrame } from './StepFrame';
import { useSection } from '../ui/use-section';

const PRESENT: readonly Choice<PresentPerson>[] = [
  { value: 'carer', label: 'Carer' },
  { value: 'family', label: 'Family member' },
  { value: 'interpreter', label: 'Interpreter' },
  { value: 'other', label: 'Someone else' },
];

const LANGUAGES: readonly Choice<PlanLanguage>[] = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg (Welsh)' },
  { value: 'both', label: 'English and Welsh' },
];

/** Element 1 (framework.md §1): who, how, and what might make taking part hard. */
export function PreparationStep() {
  const [prep, set] = useSection('preparation');
  return (
    <StepFrame id="preparation">
      <AppointmentTypeChoice
        value={prep.appointmentType}
        onChange={(appointmentType) => set({ appointmentType })}
      />
      <CheckboxGroup
        legend="Who else is present"
        inline
        choices={PRESENT}
        value={prep.present}
        onChange={(present) => set({ present })}
      />
      <TextField
        label="Who is present (names or roles)"
        value={prep.presentNote}
        onChange={(presentNote) => set({ presentNote })}
      />
      <SelectField
        label="Preferred language"
        choices={LANGUAGES}
        value={prep.language}
        onChange={(language) => set({ language })}
      />
      <TextField
        label="Reading or communication needs"
        value={prep.communicationNeeds}
        onChange={(communicationNeeds) => set({ communicationNeeds })}
        rows={2}
      />
      <CheckboxField
        label="Large print plan"
        checked={prep.largePrint}
        onChange={(largePrint) => set({ largePrint })}
      />
      <TextField
        label="What I already know about their goals"
        value={prep.knownGoals}
        onChange={(knownGoals) => set({ knownGoals })}
        rows={2}
      />
      <PreparationSheetLink />
      {/* Here rather than in element 2: the quick path opens on the agenda, and the form must not
          add to what the panel loads at open (docs/performance.md). */}
      <PreparationAnswersToggle />
    </StepFrame>
  );
}
