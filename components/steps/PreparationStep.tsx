import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { AppointmentTypeChoice } from '../fields/AppointmentTypeChoice';
import { CheckboxField } from '../fields/CheckboxField';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { choicesOf } from '../fields/choices-of';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { PreparationAnswersToggle } from '../preparation/PreparationAnswersToggle';
import { PreparationSheetLink } from '../preparation/PreparationSheetLink';
import { StepFrame } from './StepFrame';
import { useSection, useStrings } from '../ui/use-section';

const PRESENT = ELEMENT_REGISTRY.preparation.kinds.present.values;
const LANGUAGES = ELEMENT_REGISTRY.preparation.kinds.language.values;

/** Element 1 (framework.md §1): who, how, and what might make taking part hard. */
export function PreparationStep() {
  const [prep, set] = useSection('preparation');
  const words = useStrings().choices;
  return (
    <StepFrame id="preparation">
      <AppointmentTypeChoice
        value={prep.appointmentType}
        onChange={(appointmentType) => set({ appointmentType })}
        words={words.appointmentType}
      />
      <CheckboxGroup
        legend="Who else is present"
        inline
        choices={choicesOf(PRESENT, words.present)}
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
        choices={choicesOf(LANGUAGES, words.planLanguage)}
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
