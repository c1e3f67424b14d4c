import { useId } from 'preact/hooks';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  description?: string;
}

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | '' | null;
  onChange: (value: T) => void;
  /** Lay short choices side by side instead of one per line. */
  inline?: boolean;
}

/** One-of-several choice as native radio buttons: arrows move between them, Tab leaves the group. */
export function ChoiceGroup<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
  inline = false,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset class={`choice-group${inline ? ' choice-group--inline' : ''}`}>
      <legend class="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            autocomplete="off"
            type="radio"
            name={name}
            value={String(choice.value)}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.description ? <span class="field__hint">{choice.description}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
