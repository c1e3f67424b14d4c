import type { GridSignOff } from '../../lib/option-grids/grid';
import { REGISTRATION_BODIES } from '../../lib/option-grids/sign-off-policy';
import { TextField } from '../fields/TextField';

interface Props {
  value: GridSignOff;
  onChange: (value: GridSignOff) => void;
}

/**
 * Reviewer, role, professional register and number, date and next review date: the only way
 * a grid gets a "last reviewed" date.
 */
export function SignOffFields({ value, onChange }: Props) {
  const set = (key: keyof GridSignOff) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <div class="field-row">
      <TextField label="Reviewer name" value={value.reviewerName} onChange={set('reviewerName')} />
      <TextField label="Reviewer role" value={value.reviewerRole} onChange={set('reviewerRole')} />
      <TextField
        label="Professional register"
        hint={`${REGISTRATION_BODIES.join(', ')}`}
        value={value.registrationBody ?? ''}
        onChange={set('registrationBody')}
      />
      <TextField
        label="Registration number"
        value={value.registrationNumber ?? ''}
        onChange={set('registrationNumber')}
      />
      <TextField label="Signed off on" type="date" value={value.date} onChange={set('date')} />
      <TextField
        label="Next review date"
        type="date"
        value={value.nextReviewDate}
        onChange={set('nextReviewDate')}
      />
    </div>
  );
}
