import type { Choice } from './ChoiceGroup';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Lay short choices side by side instead of one per line. */
  inline?: boolean;
}

/** Any-of-several choice; the stored order follows `choices`, not the order of clicking. */
export function CheckboxGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  inline = false,
}: CheckboxGroupProps<T>) {
  function toggle(item: T, on: boolean) {
    const next = new Set(value);
    if (on) next.add(item);
    else next.delete(item);
    onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  }
  return (
    <fieldset class={`choice-group${inline ? ' choice-group--inline' : ''}`}>
      <legend class="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            autocomplete="off"
            type="checkbox"
            checked={value.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
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
