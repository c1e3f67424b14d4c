import type { Choice } from './ChoiceGroup';

interface SelectFieldProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A labelled drop-down for choices too many or too wordy for radio buttons in a narrow panel. */
export function SelectField<T extends string>({ label, choices, value, onChange }: SelectFieldProps<T>) {
  return (
    <label class="field">
      <span class="field__label">{label}</span>
      <select
        autocomplete="off"
        value={value}
        onChange={(event) => {
          const picked = choices.find((c) => String(c.value) === event.currentTarget.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
