import { useState } from 'preact/hooks';
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

/**
 * One option discussed: whether the patient leans to it (which is also their
 * choice, docs/quick-path.md "One click chooses") first, then its name and main
 * pros and cons in plain words. An option read from a grid already has them,
 * so they fold away; a typed one shows its boxes.
 */
export function OptionCard({ option, number, leaning, onChange, onLeaning, onRemove }: OptionCardProps) {
  // Decided once, so the boxes do not fold away while the clinician types in them.
  const [open] = useState(option.pros.trim() === '' && option.cons.trim() === '');
  return (
    <fieldset class="item-card option-card">
      <legend>
        Option {number}: {option.label}
      </legend>
      <CheckboxField
        label="The patient leans to this (their choice)"
        checked={leaning}
        onChange={onLeaning}
      />
      <details class="option-card__more" open={open}>
        <summary>Name, pros and cons</summary>
        <TextField label="Name" value={option.label} onChange={(label) => onChange({ label })} />
        <TextField label="Pros" value={option.pros} onChange={(pros) => onChange({ pros })} rows={2} />
        <TextField label="Cons" value={option.cons} onChange={(cons) => onChange({ cons })} rows={2} />
        <CheckboxField
          label="This is doing nothing / waiting"
          checked={option.isDoNothing}
          onChange={(isDoNothing) => onChange({ isDoNothing })}
        />
        <button type="button" onClick={onRemove}>
          Remove option
        </button>
      </details>
    </fieldset>
  );
}
