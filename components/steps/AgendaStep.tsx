import { patientPrompts } from '../../lib/i18n/patient-prompts';
import { asClause } from '../../lib/domain/question-text';
import { useModel } from '../app-context';
import { ActivationChoice } from '../fields/ActivationChoice';
import { AgendaItems } from '../fields/AgendaItems';
import { AppointmentTypeChoice } from '../fields/AppointmentTypeChoice';
import { Ruler } from '../fields/Ruler';
import { TextField } from '../fields/TextField';
import { BelowTheFold } from '../ui/BelowTheFold';
import { LazyAgendaGrids } from './LazyAgendaGrids';
import { StepFrame } from './StepFrame';
import { useSection, useStrings } from '../ui/use-section';

/**
 * Element 2 (framework.md §2): both agendas, what matters, the rulers and
 * activation. The appointment type (element 1) is here too, one click, so a
 * telephone consultation on the quick path needs no detour (docs/quick-path.md).
 */
export function AgendaStep() {
  const [agenda, set] = useSection('agenda');
  const [preparation, setPreparation] = useSection('preparation');
  const strings = useStrings();
  const path = useModel().consultation.value?.path;
  // The patient reads the rulers in Welsh when their plan is in Welsh.
  const welsh = patientPrompts(preparation.language);
  return (
    <StepFrame id="agenda">
      <AppointmentTypeChoice
        value={preparation.appointmentType}
        onChange={(appointmentType) => setPreparation({ appointmentType })}
        words={strings.choices.appointmentType}
      />
      <AgendaItems
        items={agenda.items}
        onChange={(items) => set({ items })}
        owners={strings.choices.agendaOwner}
      />
      <LazyAgendaGrids />
      <TextField
        label="What matters to the patient"
        value={agenda.whatMatters}
        onChange={(whatMatters) => set({ whatMatters })}
        rows={3}
      />
      <TextField
        label="What they are already doing that helps"
        value={agenda.alreadyDoing}
        onChange={(alreadyDoing) => set({ alreadyDoing })}
        rows={2}
      />
      <BelowTheFold>
        <details class="step__more" open={agenda.importance !== null || agenda.confidence !== null}>
          <summary>Importance and confidence rulers</summary>
          <TextField
            label="The change the rulers are about"
            hint="e.g. take a walk every day"
            value={agenda.importanceAbout}
            onChange={(importanceAbout) => set({ importanceAbout, confidenceAbout: importanceAbout })}
          />
          <Ruler
            question={`How important is it to you to ${asClause(agenda.importanceAbout, '…')}?`}
            welsh={welsh && { ...welsh, question: welsh.importance }}
            value={agenda.importance}
            onChange={(importance) => set({ importance })}
          />
          <Ruler
            question={`How confident are you that you could ${asClause(agenda.confidenceAbout, '…')}?`}
            welsh={welsh && { ...welsh, question: welsh.confidence }}
            value={agenda.confidence}
            onChange={(confidence) => set({ confidence })}
          />
        </details>
        {/* Folded on the quick path (docs/quick-path.md, "One screen"); open on the full path. */}
        <details class="step__more" open={agenda.activation !== null || path === 'full'}>
          <summary>Activation (your estimate)</summary>
          <ActivationChoice
            value={agenda.activation}
            onChange={(activation) => set({ activation })}
            strings={strings.activation}
          />
        </details>
      </BelowTheFold>
    </StepFrame>
  );
}
