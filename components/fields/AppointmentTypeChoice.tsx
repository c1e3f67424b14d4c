import type { AppointmentType } from '../../lib/domain/consultation';
import { ChoiceGroup, type Choice } from './ChoiceGroup';

const APPOINTMENT_TYPES: readonly Choice<Exclude<AppointmentType, ''>>[] = [
  { value: 'face-to-face', label: 'Face to face' },
  { value: 'telephone', label: 'Telephone' },
  { value: 'video', label: 'Video' },
];

/** Face to face, telephone or video (framework.md §1): one click, on "Preparation" and on the quick path. */
export function AppointmentTypeChoice(props: {
  value: AppointmentType;
  onChange: (value: Exclude<AppointmentType, ''>) => void;
}) {
  return (
    <ChoiceGroup
      legend="Appointment type"
      inline
      choices={APPOINTMENT_TYPES}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
