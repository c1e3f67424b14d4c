import type { OptionDiscussed } from '../../lib/domain/consultation';
import { CheckboxField } from './CheckboxField';
import { TextField } from './TextField';

interface OptionCardProps {
  option: OptionDiscussed;
  number: number;
  leaning: boolean;
  onChange: (patch: Partial<OptionDiscussed>) => void;
  onLeaning: (on: boolean) => void;
  onRemove: () => void;
}

/** One option discussed: its name, main pros and cons in plain words, and whether the patient leans to it. */
export function OptionCard({ option, number, leaning, onChange, onLeaning, onRemove }: OptionCardProps) {
  return (
    <fieldset class="item-card">
      <legend>
        Option {number}: {option.label}
      </legend>
      <TextField label="Name" value={option.label} onChange={(label) => onChange({ label })} />
      <TextField label="Pros" value={option.pros} onChange={(pros) => onChange({ pros })} rows={2} />
      <TextField label="Cons" value={option.cons} onChange={(cons) => onChange({ cons })} rows={2} />
      <CheckboxField
        label="This is doing nothing / waiting"
        checked={option.isDoNothing}
        onChange={(isDoNothing) => onChange({ isDoNothing })}
      />
      <CheckboxField label="The patient leans to this" checked={leaning} onChange={onLeaning} />
      <button type="button" onClick={onRemove}>
        Remove option
      </button>
    </fieldset>
  );
}
