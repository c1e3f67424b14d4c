import type { Chosen } from '../../lib/domain/choice-values';
import type { AppointmentType } from '../../lib/domain/consultation';
import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { ChoiceGroup } from './ChoiceGroup';
import { choicesOf } from './choices-of';

/** Face to face, telephone or video (framework.md §1): one click, on "Preparation" and on the quick path. */
export function AppointmentTypeChoice(props: {
  value: AppointmentType;
  onChange: (value: Chosen<AppointmentType>) => void;
  /** The panel's words for each type (lib/i18n, `choices.appointmentType`). */
  words: Readonly<Record<Chosen<AppointmentType>, string>>;
}) {
  return (
    <ChoiceGroup
      legend="Appointment type"
      inline
      choices={choicesOf(ELEMENT_REGISTRY.preparation.kinds.appointmentType.values, props.words)}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
