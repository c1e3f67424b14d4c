import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Choice } from './ChoiceGroup';

interface ChipGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/**
 * Any-of-several as compact chips (docs/quick-path.md, "Care aims as chips"):
 * the names only, in one or two rows; a chip's description shows under the
 * row while it has focus or the pointer, and is its accessible description.
 * Native checkboxes inside, so Space toggles and Tab moves as everywhere else.
 */
export function ChipGroup<T extends string>({ legend, choices, value, onChange }: ChipGroupProps<T>) {
  const id = useId();
  const [shown, setShown] = useState<T | null>(null);
  const described = choices.find((c) => c.value === shown);
  function toggle(item: T, on: boolean) {
    const next = new Set(value);
    if (on) next.add(item);
    else next.delete(item);
    onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  }
  return (
    <fieldset class="chip-group">
      <legend class="field__label">{legend}</legend>
      <div class="chip-group__chips">
        {choices.map((choice, index) => (
          <Fragment key={choice.value}>
            <label
              class={`chip${value.includes(choice.value) ? ' chip--on' : ''}`}
              onMouseEnter={() => setShown(choice.value)}
              onMouseLeave={() => setShown(null)}
            >
              <input
                type="checkbox"
                autocomplete="off"
                checked={value.includes(choice.value)}
                aria-describedby={choice.description ? `${id}-d${index}` : undefined}
                onFocus={() => setShown(choice.value)}
                onBlur={() => setShown(null)}
                onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
              />
              <span>{choice.label}</span>
            </label>
            {/* Outside the label, so the description is not part of the chip's name. */}
            {choice.description ? (
              <span id={`${id}-d${index}`} class="visually-hidden">
                {choice.description}
              </span>
            ) : null}
          </Fragment>
        ))}
      </div>
      <p class="field__hint chip-group__hint" aria-hidden="true">
        {described?.description ?? ' '}
      </p>
    </fieldset>
  );
}
