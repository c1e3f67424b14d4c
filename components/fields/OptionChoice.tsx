import type { OptionDiscussed } from '../../lib/domain/consultation';
import { AddBox } from './AddBox';

interface OptionChoiceProps {
  options: readonly OptionDiscussed[];
  chosen: readonly string[];
  onChoose: (optionId: string, on: boolean) => void;
  /** Adds an option of the clinician's own words and chooses it, in one Enter. */
  onAddChosen: (label: string) => void;
}

/**
 * The option(s) chosen (framework.md §5), the same decision as the leaning in
 * "Discussing options" (docs/quick-path.md, "One click chooses"). More than one
 * may be ticked, and a combination no grid has ("healthy changes first, with
 * two weeks of home readings") is typed once and chosen with Enter.
 */
export function OptionChoice({ options, chosen, onChoose, onAddChosen }: OptionChoiceProps) {
  return (
    <fieldset class="choice-group option-choice">
      <legend class="field__label">Option chosen</legend>
      {options.length === 0 ? (
        <p class="field__hint">Options added in “Discussing options” appear here to choose from.</p>
      ) : null}
      {options.map((option) => (
        <label key={option.id} class="choice">
          <input
            type="checkbox"
            autocomplete="off"
            checked={chosen.includes(option.id)}
            onChange={(event) => onChoose(option.id, event.currentTarget.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <AddBox
        label="Or in your own words"
        hint="e.g. healthy changes first, with home readings"
        onAdd={onAddChosen}
      />
    </fieldset>
  );
}
